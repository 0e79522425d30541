import { describe, expect, it } from 'vitest';
import { fillPage, targetForMatch, type FillTarget } from '../../../lib/fill/fill-page';
import { parseAgentReply, type AgentReplyOf, type ChannelReply, type PageChannel } from '../../../lib/fill/page-channel';
import { matchUrl } from '../../../lib/match/match-url';
import type { AgentRequest, CollectedField, InsertedField, LeftEmptyField } from '../../../lib/plan/types';
import { demoProviders } from '../../../providers/demo';
import { sampleProfile, stringLeaves } from './sample';

const URL_STEP1 = 'http://127.0.0.1:27811/moving/step1?from=mail';

type Reply = { response: unknown; documentId?: string } | (() => never);

/** Answers collect and insert with canned replies and records what it was sent. */
class FakeChannel implements PageChannel {
  readonly sent: { request: AgentRequest; documentId?: string }[] = [];

  constructor(
    private readonly onCollect: Reply,
    private readonly onInsert: Reply = { response: { ok: true, fields: [], leftEmpty: [] } },
  ) {}

  // Validates like the real channel: the fill sees only what parseAgentReply lets through.
  async send<R extends AgentRequest>(request: R, documentId?: string): Promise<ChannelReply<AgentReplyOf<R>>> {
    this.sent.push({ request: structuredClone(request), ...(documentId ? { documentId } : {}) });
    const reply = request.op === 'collect' ? this.onCollect : this.onInsert;
    const raw = typeof reply === 'function' ? reply() : reply;
    return { response: parseAgentReply<R>(request.op, raw.response), ...(raw.documentId ? { documentId: raw.documentId } : {}) };
  }
}

function collectReply(fields: CollectedField[], documentId = 'doc-1'): Reply {
  return { response: { ok: true, url: 'http://127.0.0.1:27811/moving/step1', token: 'tok-1', fields }, documentId };
}

function insertReply(fields: InsertedField[], leftEmpty: LeftEmptyField[] = []): Reply {
  return { response: { ok: true, fields, leftEmpty } };
}

function refusal(error: string): Reply {
  return { response: { ok: false, error } };
}

const throws = (): never => {
  throw new Error('Frame with ID 0 was removed.');
};

const textField = (id: string): CollectedField => ({
  id,
  status: 'found',
  selector: `#${id}`,
  control: 'text',
  traits: { tag: 'input', type: 'text', hint: '' },
});

const target: FillTarget = {
  expected: { origin: 'http://127.0.0.1:27811', path: '/moving/step1' },
  providerId: 'demo-denki',
  providerLabel: 'でもでんき',
  pageTitle: '1/2 現在のご住所',
  form: 'form#moveOutForm',
  fields: [
    { id: 'f0', key: 'name.family', selectors: ['#sei'] },
    { id: 'f1', key: 'name.given', selectors: ['#mei', 'input[name="mei"]'] },
    { id: 'f2', key: 'phone', part: 1, selectors: ['#tel1'] },
    { id: 'f3', key: 'oldAddress.city', selectors: ['#city'] },
    { id: 'f4', key: 'provider.customerNumber', selectors: ['#customerNo'] },
  ],
};

describe('targetForMatch', () => {
  it('describes the matched page with selectors and keys only', () => {
    const url = 'http://127.0.0.1:27811/moving/step1/?x=1';
    const t = targetForMatch(url, matchUrl(url, demoProviders)!);
    expect(t.expected).toEqual({ origin: 'http://127.0.0.1:27811', path: '/moving/step1' });
    expect(t.providerId).toBe('demo-denki');
    expect(t.form).toBe('form#moveOutForm');
    expect(t.fields[5]).toEqual({ id: 'f5', key: 'phone', part: 1, selectors: ['#tel1'] });
    expect(t.fields).toHaveLength(15);
  });
});

describe('fillPage requests', () => {
  it('collects with selectors only, then inserts only the planned fields', async () => {
    const channel = new FakeChannel(
      collectReply([textField('f0'), { id: 'f1', status: 'not-found' }, textField('f2'), { ...textField('f3'), blocked: 'disabled' }, textField('f4')]),
      insertReply([
        { id: 'f0', outcome: 'filled' },
        { id: 'f2', outcome: 'filled' },
        { id: 'f4', outcome: 'filled' },
      ]),
    );
    const result = await fillPage(target, sampleProfile(), channel, URL_STEP1);
    expect(result.ok).toBe(true);

    expect(channel.sent).toHaveLength(2);
    const [collect, insert] = channel.sent;
    expect(collect.request).toEqual({
      op: 'collect',
      expected: target.expected,
      form: 'form#moveOutForm',
      fields: [
        { id: 'f0', selectors: ['#sei'] },
        { id: 'f1', selectors: ['#mei', 'input[name="mei"]'] },
        { id: 'f2', selectors: ['#tel1'] },
        { id: 'f3', selectors: ['#city'] },
        { id: 'f4', selectors: ['#customerNo'] },
      ],
    });
    expect(collect.documentId).toBeUndefined();

    expect(insert.documentId).toBe('doc-1');
    expect(insert.request).toEqual({
      op: 'insert',
      expected: target.expected,
      token: 'tok-1',
      form: 'form#moveOutForm',
      fields: [
        { id: 'f0', selector: '#f0', action: { kind: 'text', value: '山田' } },
        { id: 'f2', selector: '#f2', action: { kind: 'text', value: '090' } },
        { id: 'f4', selector: '#f4', action: { kind: 'text', value: '1234-5678-90' } },
      ],
    });
  });

  it('never sends the profile to the page', async () => {
    const profile = sampleProfile();
    const channel = new FakeChannel(collectReply(target.fields.map((f) => textField(f.id))));
    await fillPage(target, profile, channel, URL_STEP1);
    const [collect, insert] = channel.sent.map((s) => JSON.stringify(s.request));
    const sentValues = ['山田', '花子', '新宿区', '1234-5678-90'];
    for (const value of stringLeaves(profile)) {
      expect(collect, value).not.toContain(value);
      if (!sentValues.includes(value)) expect(insert, value).not.toContain(value);
    }
    expect(insert).toContain('"090"');
  });

  it('sends the ids the user chose to overwrite, and only those', async () => {
    const channel = new FakeChannel(collectReply([textField('f0'), textField('f2')]));
    await fillPage(target, sampleProfile(), channel, URL_STEP1, ['f2']);
    expect(channel.sent[1].request).toMatchObject({ op: 'insert', overwrite: ['f2'] });
    const plain = new FakeChannel(collectReply([textField('f0')]));
    await fillPage(target, sampleProfile(), plain, URL_STEP1);
    expect('overwrite' in plain.sent[1].request).toBe(false);
  });

  it('omits the form when the target has none', async () => {
    const { form: _form, ...noForm } = target;
    const channel = new FakeChannel(collectReply([]));
    await fillPage(noForm, sampleProfile(), channel, URL_STEP1);
    expect(channel.sent.map((s) => 'form' in s.request)).toEqual([false, false]);
  });
});

describe('fillPage report', () => {
  it('merges the insert outcomes into the planned fields', async () => {
    const channel = new FakeChannel(
      collectReply([textField('f0'), textField('f1'), textField('f2'), { id: 'f3', status: 'ambiguous' }, { id: 'f4', status: 'not-found' }]),
      insertReply([
        { id: 'f0', outcome: 'filled' },
        { id: 'f1', outcome: 'skipped', reason: 'changed' },
        { id: 'f2', outcome: 'not-found' },
        // A page cannot turn a field that was never planned into a filled one.
        { id: 'f3', outcome: 'filled' },
        { id: 'f4', outcome: 'filled' },
      ]),
    );
    const result = await fillPage(target, sampleProfile(), channel, URL_STEP1);
    if (!result.ok) throw new Error(result.error);
    const { report } = result;
    expect(report.fields).toEqual([
      { id: 'f0', key: 'name.family', outcome: 'filled' },
      { id: 'f1', key: 'name.given', outcome: 'skipped', reason: 'changed' },
      { id: 'f2', key: 'phone', part: 1, outcome: 'not-found' },
      { id: 'f3', key: 'oldAddress.city', outcome: 'skipped', reason: 'ambiguous' },
      { id: 'f4', key: 'provider.customerNumber', outcome: 'not-found' },
    ]);
    expect(report.counts).toEqual({ filled: 1, skipped: 2, 'not-found': 2 });
    expect(report).toMatchObject({
      providerId: 'demo-denki',
      providerLabel: 'でもでんき',
      pageTitle: '1/2 現在のご住所',
      url: URL_STEP1,
    });
    expect(Number.isNaN(Date.parse(report.at))).toBe(false);
    expect(report.leftEmpty).toEqual([]);
  });

  it('carries the fields left empty (captions only) and the limit of a value that did not fit', async () => {
    const leftEmpty = [
      { caption: '住所１（必須）', required: true },
      { caption: '建物名', required: false },
    ];
    const channel = new FakeChannel(
      collectReply([textField('f0'), textField('f1')]),
      insertReply(
        [
          { id: 'f0', outcome: 'skipped', reason: 'too-long', limit: 1 },
          { id: 'f1', outcome: 'skipped', reason: 'user-value' },
        ],
        leftEmpty,
      ),
    );
    const result = await fillPage(target, sampleProfile(), channel, URL_STEP1);
    if (!result.ok) throw new Error(result.error);
    expect(result.report.fields.slice(0, 2)).toEqual([
      { id: 'f0', key: 'name.family', outcome: 'skipped', reason: 'too-long', limit: 1 },
      { id: 'f1', key: 'name.given', outcome: 'skipped', reason: 'user-value' },
    ]);
    expect(result.report.leftEmpty).toEqual(leftEmpty);
  });

  it('holds keys and outcomes, never values', async () => {
    const channel = new FakeChannel(
      collectReply(target.fields.map((f) => textField(f.id))),
      insertReply(target.fields.map((f) => ({ id: f.id, outcome: 'filled' as const }))),
    );
    const result = await fillPage(target, sampleProfile(), channel, URL_STEP1);
    if (!result.ok) throw new Error(result.error);
    expect(result.report.counts.filled).toBe(5);
    const json = JSON.stringify(result.report);
    for (const value of ['山田', '花子', '090', '新宿区', '1234-5678-90']) expect(json).not.toContain(value);
  });
});

describe('fillPage errors', () => {
  it.each([
    ['wrong-page', 'wrong-page'],
    ['framed', 'framed'],
    ['no-form', 'no-form'],
    ['bad-request', 'agent-error'],
    ['no-agent', 'agent-error'],
  ])('a %s refusal on collect → %s, and nothing is inserted', async (error, expected) => {
    const channel = new FakeChannel(refusal(error));
    expect(await fillPage(target, sampleProfile(), channel, URL_STEP1)).toEqual({ ok: false, error: expected });
    expect(channel.sent.map((s) => s.request.op)).toEqual(['collect']);
  });

  it.each([
    ['wrong-page', 'navigated'],
    ['stale', 'navigated'],
    ['framed', 'framed'],
    ['no-form', 'no-form'],
    ['bad-request', 'agent-error'],
  ])('a %s refusal on insert → %s', async (error, expected) => {
    const channel = new FakeChannel(collectReply([textField('f0')]), refusal(error));
    expect(await fillPage(target, sampleProfile(), channel, URL_STEP1)).toEqual({ ok: false, error: expected });
    expect(channel.sent.map((s) => s.request.op)).toEqual(['collect', 'insert']);
  });

  it('a channel that throws on collect → what the browser said: navigated, no permission, page refused', async () => {
    const channel = new FakeChannel(throws);
    expect(await fillPage(target, sampleProfile(), channel, URL_STEP1)).toEqual({ ok: false, error: 'navigated' });
    expect(channel.sent).toHaveLength(1);
    const denied = new FakeChannel(() => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    expect(await fillPage(target, sampleProfile(), denied, URL_STEP1)).toEqual({ ok: false, error: 'no-permission' });
    const refused = new FakeChannel(() => {
      throw new Error('The extensions gallery cannot be scripted.');
    });
    expect(await fillPage(target, sampleProfile(), refused, URL_STEP1)).toEqual({ ok: false, error: 'page-refused' });
  });

  it('a channel that throws on insert (document gone) → navigated', async () => {
    const channel = new FakeChannel(collectReply([textField('f0')]), throws);
    expect(await fillPage(target, sampleProfile(), channel, URL_STEP1)).toEqual({ ok: false, error: 'navigated' });
  });

  it('no answer to collect → agent-error; no answer to insert → navigated', async () => {
    expect(await fillPage(target, sampleProfile(), new FakeChannel({ response: undefined }), URL_STEP1)).toEqual({
      ok: false,
      error: 'agent-error',
    });
    const silentInsert = new FakeChannel(collectReply([textField('f0')]), { response: undefined });
    expect(await fillPage(target, sampleProfile(), silentInsert, URL_STEP1)).toEqual({ ok: false, error: 'navigated' });
  });

  it('an answer of the wrong shape → agent-error', async () => {
    const insertShapedCollect = new FakeChannel(insertReply([]));
    expect(await fillPage(target, sampleProfile(), insertShapedCollect, URL_STEP1)).toEqual({ ok: false, error: 'agent-error' });
    const collectShapedInsert = new FakeChannel(collectReply([textField('f0')]), collectReply([]));
    expect(await fillPage(target, sampleProfile(), collectShapedInsert, URL_STEP1)).toEqual({ ok: false, error: 'agent-error' });
  });
});
