import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest } from '../../../lib/background/handle-request';
import type { FillResult } from '../../../lib/fill/fill-page';
import { parseAgentReply, type AgentReplyOf, type PageChannel } from '../../../lib/fill/page-channel';
import { parseReply } from '../../../lib/messages/schemas';
import {
  askBackground,
  type GuessPreview,
  type GuessResult,
  type Refusal,
  type ConsentNeeded,
  type ReplyOf,
  type OpeningState,
} from '../../../lib/messages';
import { readOpeningReply } from '../../../lib/messages/opening-reply';
import { collectResultSchema, fillReportSchema, insertResultSchema, recogniseResultSchema } from '../../../lib/plan/schemas';
import type { AgentRefusal, CollectRequest, CollectResult, FillReport, InsertResult, RecogniseRequest, RecogniseResult } from '../../../lib/plan/types';
import { storageItems } from '../../../lib/storage/items';

// Locks the protocol's types: a request names its reply, replies are told apart by `ok`, and the
// validators give exactly the types the code uses.

describe('the types of the protocol', () => {
  it('validators produce the types the code uses', () => {
    expectTypeOf<z.output<typeof fillReportSchema>>().toEqualTypeOf<FillReport>();
    expectTypeOf<z.output<typeof collectResultSchema>>().toEqualTypeOf<CollectResult>();
    expectTypeOf<z.output<typeof insertResultSchema>>().toEqualTypeOf<InsertResult>();
    expectTypeOf<z.output<typeof recogniseResultSchema>>().toEqualTypeOf<RecogniseResult>();
  });

  it('each request type has its own reply, or a refusal', () => {
    expectTypeOf<ReplyOf<'popup-open'>>().toEqualTypeOf<OpeningState | Refusal>();
    expectTypeOf<ReplyOf<'fill'>>().toEqualTypeOf<FillResult | ConsentNeeded | Refusal>();
    expectTypeOf<ReplyOf<'recognise'>>().toEqualTypeOf<GuessResult | Refusal>();
    expectTypeOf(askBackground<'last-report'>).returns.resolves.toEqualTypeOf<{ ok: true; report: FillReport | null } | Refusal>();
  });

  it('rejects malformed requests and unchecked reads at compile time', () => {
    const never = (): void => {
      // @ts-expect-error a request without its tab
      void askBackground({ type: 'fill' });
      // @ts-expect-error an unknown request type
      void askBackground({ type: 'read-profile', tabId: 1 });
      // @ts-expect-error fill-guessed carries the confirmed fields
      void askBackground({ type: 'fill-guessed', tabId: 1 });
      void askBackground({ type: 'recognise', tabId: 1 }).then((reply) => {
        // @ts-expect-error the preview exists only once `ok` is checked
        void reply.preview;
        if (reply.ok) expectTypeOf(reply.preview).toEqualTypeOf<GuessPreview>();
      });
    };
    expect(typeof never).toBe('function');
  });

  it('the agent channel gives the reply of the op that was sent', () => {
    expectTypeOf<AgentReplyOf<CollectRequest>>().toEqualTypeOf<CollectResult | AgentRefusal | { ok: false; error: 'malformed-reply' }>();
    expectTypeOf<AgentReplyOf<RecogniseRequest>>().toEqualTypeOf<RecogniseResult | AgentRefusal | { ok: false; error: 'malformed-reply' }>();
    const never = async (channel: PageChannel): Promise<void> => {
      const reply = (await channel.send({ op: 'recognise', expected: { origin: 'https://a.test', path: '/' } })).response;
      // @ts-expect-error a recognise reply has no url
      if (reply?.ok) void reply.url;
    };
    expect(typeof never).toBe('function');
  });

  it('storage items take and give their own type', () => {
    expectTypeOf(storageItems.report(1).get).returns.resolves.toEqualTypeOf<FillReport | null>();
    const never = (): void => {
      // @ts-expect-error a report is not a draft
      void storageItems.report(1).set({ values: {}, savedAt: '' });
    };
    expect(typeof never).toBe('function');
  });
});

describe('validation at the boundaries', () => {
  const report: FillReport = {
    providerId: null,
    providerLabel: 'www.example.co.jp',
    pageTitle: 'お引越し',
    url: 'https://www.example.co.jp/move',
    at: '2026-12-04T10:00:00.000Z',
    fields: [{ id: 'g0', key: 'name.full', outcome: 'skipped', reason: 'not-visible', guessed: true }],
    counts: { filled: 0, skipped: 1, 'not-found': 0 },
    leftEmpty: [],
  };

  it('a reply that is not the reply of its request reads as no answer', () => {
    expect(parseReply('fill', { ok: true, report })).toEqual({ ok: true, report });
    expect(parseReply('last-report', { ok: true, status: { kind: 'none' } })).toEqual({ ok: false, error: 'no-answer' });
    expect(readOpeningReply({ ok: true, report })).toEqual({ ok: false, error: 'no-answer' });
    expect(parseReply('fill', { ok: false, error: 'refused' })).toEqual({ ok: false, error: 'refused' });
    expect(parseReply('fill', { ok: false, error: 'shrug' })).toEqual({ ok: false, error: 'no-answer' });
    expect(parseReply('fill', undefined)).toEqual({ ok: false, error: 'no-answer' });
  });

  it('what the background answers passes the page-side validator', async () => {
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    await storageItems.report(7).set(report);
    const raw = await handleRequest({ type: 'last-report', tabId: 7 }, popup);
    expect(parseReply('last-report', raw)).toEqual({ ok: true, report });
    const opening = await handleRequest({ type: 'popup-open', tabId: 4242 }, popup);
    expect(readOpeningReply(opening)).toEqual({
      ok: true,
      status: { kind: 'unsupported', reason: 'no-page' },
      retention: { kind: 'none' },
      vault: 'off',
      profile: 'none',
    });
  });

  describe('the popup\'s opening reply, checked without zod', () => {
    const site = { domain: 'example.co.jp', host: 'www.example.co.jp', punycode: false, insecure: false, imitates: null };
    const opening: OpeningState = {
      ok: true,
      status: { kind: 'none', origin: 'https://www.example.co.jp', recording: false, site },
      retention: { kind: 'notice', deleteOn: '2027-03-01' },
      vault: 'unlocked',
      profile: 'stored',
    };
    const provider = { kind: 'provider', providerId: 'demo-gas', providerLabel: 'でもガス', pageTitle: '開始', step: 1, steps: 2, fieldCount: 9, origin: 'http://127.0.0.1:27812' };

    it('takes every kind of status and retention it can be', () => {
      expect(readOpeningReply(opening)).toEqual(opening);
      for (const status of [provider, { kind: 'recorded', pageTitle: 'x', fieldCount: 2, recording: true }, { kind: 'unsupported', reason: 'store' }]) {
        expect(readOpeningReply({ ...opening, status })).toEqual({ ...opening, status });
      }
      for (const retention of [{ kind: 'none' }, { kind: 'deleted' }]) expect(readOpeningReply({ ...opening, retention }).ok).toBe(true);
      expect(readOpeningReply({ ok: false, error: 'refused' })).toEqual({ ok: false, error: 'refused' });
    });

    it.each<[string, unknown]>([
      ['a status without its fields', { ...opening, status: { kind: 'provider' } }],
      ['a status of an unknown kind', { ...opening, status: { kind: 'secret', origin: 'x' } }],
      ['a number given as text', { ...opening, status: { ...provider, step: '1' } }],
      ['a field no status has', { ...opening, status: { ...provider, profile: { name: '山田' } } }],
      ['a site without its imitation flag', { ...opening, status: { ...opening.status, site: { ...site, imitates: undefined } } }],
      ['an unknown reason', { ...opening, status: { kind: 'unsupported', reason: 'because' } }],
      ['a notice without its day', { ...opening, retention: { kind: 'notice' } }],
      ['an unknown vault state', { ...opening, vault: 'open' }],
      ['a profile state missing', { ...opening, profile: undefined }],
      ['an extra field', { ...opening, values: ['山田'] }],
      ['ok false without an error it knows', { ok: false, error: 'shrug' }],
      ['nothing', undefined],
      ['an array', [opening]],
    ])('reads %s as no answer', (_label, raw) => {
      expect(readOpeningReply(raw)).toEqual({ ok: false, error: 'no-answer' });
    });
  });

  it('an agent answer of another op is malformed; nothing at all is no answer', () => {
    const collected = { ok: true, url: 'https://a.test/', token: 'tok-1', fields: [] };
    expect(parseAgentReply<CollectRequest>('collect', collected)).toEqual(collected);
    expect(parseAgentReply<RecogniseRequest>('recognise', collected)).toEqual({ ok: false, error: 'malformed-reply' });
    expect(parseAgentReply<CollectRequest>('collect', { ok: false, error: 'framed' })).toEqual({ ok: false, error: 'framed' });
    expect(parseAgentReply<CollectRequest>('collect', { ok: false, error: 'no-agent' })).toEqual({ ok: false, error: 'malformed-reply' });
    expect(parseAgentReply<CollectRequest>('collect', undefined)).toBeUndefined();
  });

  it('a stored value that does not validate reads as absent, and a valid one round-trips', async () => {
    await fakeBrowser.storage.session.set({ 'tp:vault': { key: '', lastActivity: 'now' } });
    expect(await storageItems.vault.get()).toBeNull();
    await storageItems.vault.set({ key: 'AAAA', lastActivity: 1, idleMinutes: 15 });
    expect(await storageItems.vault.get()).toEqual({ key: 'AAAA', lastActivity: 1, idleMinutes: 15 });
  });
});
