import { createContext, runInContext, type Context } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AGENT_GLOBAL, AGENT_PENDING } from '../../../lib/dom/agent-names';
import { registerAgent } from '../../../lib/dom/register-agent';
import { tabChannel } from '../../../lib/fill/page-channel';
import type { CollectRequest, InsertRequest } from '../../../lib/plan/types';

// The channel to the page agent, against a stand-in for Chrome's scripting API: each document is a
// fresh realm (its isolated world); functions go in as source, as Chrome serialises them.

interface FakeDocument {
  id: string;
  world: Context;
}

const COLLECT: CollectRequest = { op: 'collect', expected: { origin: 'https://example.jp', path: '/move' }, fields: [{ id: 'f0', selectors: ['#name'] }] };

// The agent as the injected file registers it: it answers every request with what it was asked.
const AGENT_FILE_SOURCE = `(${registerAgent.toString()})(${JSON.stringify(AGENT_GLOBAL)}, ${JSON.stringify(AGENT_PENDING)}, (request) => {
  globalThis.calls = (globalThis.calls || 0) + 1;
  return request.op === 'collect'
    ? { ok: true, url: 'https://example.jp/move', token: 'tok', fields: [{ id: 'f0', status: 'not-found' }] }
    : { ok: false, error: 'stale' };
})`;

let current: FakeDocument;
let roundTrips: string[];

function newDocument(id: string): FakeDocument {
  return { id, world: createContext({}) };
}

beforeEach(() => {
  current = newDocument('doc-1');
  roundTrips = [];
  fakeBrowser.scripting.executeScript = (async (injection: { target: { documentIds?: string[] }; func?: (...a: unknown[]) => unknown; args?: unknown[]; files?: string[] }) => {
    if (injection.target.documentIds && !injection.target.documentIds.includes(current.id)) throw new Error('No document with id');
    roundTrips.push(injection.files ? 'file' : 'func');
    const result = injection.files
      ? runInContext(AGENT_FILE_SOURCE, current.world)
      : runInContext(`(${injection.func!.toString()})(...${JSON.stringify(injection.args ?? [])})`, current.world);
    return [{ frameId: 0, documentId: current.id, result: result === undefined ? undefined : JSON.parse(JSON.stringify(result)) }];
  }) as unknown as typeof fakeBrowser.scripting.executeScript;
});

describe('tabChannel', () => {
  it('answers a document without the agent in two round trips: the request waits for the injected script', async () => {
    const reply = await tabChannel(1).send(COLLECT);
    expect(reply.response).toMatchObject({ ok: true, token: 'tok' });
    expect(reply.documentId).toBe('doc-1');
    expect(roundTrips).toEqual(['func', 'file']);
    // The request was answered once, and nothing is left waiting.
    expect(runInContext('globalThis.calls', current.world)).toBe(1);
    expect(runInContext(`Object.hasOwn(globalThis, ${JSON.stringify(AGENT_PENDING)})`, current.world)).toBe(false);
  });

  it('asks a document that has the agent in one round trip', async () => {
    await tabChannel(1).send(COLLECT);
    roundTrips = [];
    const again = await tabChannel(1).send(COLLECT);
    expect(again.response).toMatchObject({ ok: true });
    expect(roundTrips).toEqual(['func']);
  });

  it('injects again after the tab navigated (a new document has no agent)', async () => {
    await tabChannel(1).send(COLLECT);
    current = newDocument('doc-2');
    roundTrips = [];
    const reply = await tabChannel(1).send(COLLECT);
    expect(reply.documentId).toBe('doc-2');
    expect(roundTrips).toEqual(['func', 'file']);
  });

  it('never leaves an insert waiting: its values go only to the agent that collected', async () => {
    const insert = { op: 'insert', expected: COLLECT.expected, token: 'tok', fields: [{ id: 'f0', value: '山田' }] } as unknown as InsertRequest;
    const reply = await tabChannel(1).send(insert, 'doc-1');
    // The fresh document's agent refuses it (its token is not this document's); the value never waited.
    expect(reply.response).toEqual({ ok: false, error: 'stale' });
    expect(roundTrips).toEqual(['func', 'file', 'func']);
    expect(runInContext(`Object.hasOwn(globalThis, ${JSON.stringify(AGENT_PENDING)})`, current.world)).toBe(false);
  });

  it('sends nothing to a document other than the one it is pinned to', async () => {
    current = newDocument('doc-2');
    await expect(tabChannel(1).send(COLLECT, 'doc-1')).rejects.toThrow(/No document/);
    expect(roundTrips).toEqual([]);
  });
});
