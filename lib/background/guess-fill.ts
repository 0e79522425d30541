import { platformProviders, providers } from '../../providers';
import { noteError } from '../diagnostics/log';
import { exchangeFailed, insertPrepared, prepareFill, refusalError, type FillError, type FillResult, type FillTarget } from '../fill/fill-page';
import { tabChannel } from '../fill/page-channel';
import { loadCorrections, saveCorrections, type LocalCorrection } from '../local-mappings/store';
import { matchUrl } from '../match/match-url';
import type { ConsentNeeded, GuessChoice, GuessPreview, GuessedField } from '../messages';
import type { FillAction, RecognisedField } from '../plan/types';
import type { FieldPart } from '../profile/keys';
import type { Profile } from '../profile/schema';
import type { ProviderPage } from '../providers/schema';
import { storageItems } from '../storage/items';
import { profileForFill, sameOrigin, tabUrl } from './fill-tab';
import { matchPlatform } from './platform-match';
import { gateFill, noteFillAfterAnswer, profileWithNumbers } from './procedure-gate';
import { guardedOrigins, siteIdentity } from './site-identity';

// Pages without a mapping: the classifier's guesses are shown to the user with the values they
// would get; only what the user confirms is filled, and a key the user changes is remembered for
// that page (a local mapping on the device).

type Loaded = { ok: true; url: URL; profile: Profile } | { ok: false; error: FillError };

async function load(tabId: number, shownOrigin?: string): Promise<Loaded> {
  const raw = await tabUrl(tabId);
  if (!raw || !/^https?:/.test(raw)) return { ok: false, error: 'no-tab' };
  if (!sameOrigin(raw, shownOrigin)) return { ok: false, error: 'page-changed' };
  if (matchUrl(raw, providers)) return { ok: false, error: 'no-provider' };
  const loaded = await profileForFill();
  return loaded.ok ? { ok: true, url: new URL(raw), profile: loaded.profile } : loaded;
}

function samePart(a: FieldPart | undefined, b: string | number | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

function targetFor(url: URL, title: string, fields: (RecognisedField & { key: string })[], numbersId: string | null): FillTarget {
  return {
    expected: { origin: url.origin, path: url.pathname },
    providerId: null,
    numbersId,
    providerLabel: url.host,
    pageTitle: title,
    fields: fields.map((f, i) => ({
      id: `g${i}`,
      key: f.key,
      ...(f.part !== undefined ? { part: f.part } : {}),
      selectors: [f.selector],
      pageLabel: f.label,
      guessed: true,
    })),
  };
}

/** Platform pages on https sites (and the demo's loopback sites in demo/test builds). */
function platformAllowed(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return (import.meta.env.MODE === 'demo' || import.meta.env.MODE === 'test') && url.hostname === '127.0.0.1';
}

/** The platform mapping's keys replace the classifier's guesses for the fields it names (by the
 * mapping's own selector); a mapped field the classifier did not list is added. */
function withPlatformKeys(recognised: RecognisedField[], page: ProviderPage): RecognisedField[] {
  const bySelector = new Map(recognised.map((f) => [f.selector, f]));
  const mapped: RecognisedField[] = page.fields.map((m) => {
    const selector = Array.isArray(m.selector) ? m.selector[0] : m.selector;
    const seen = bySelector.get(selector);
    bySelector.delete(selector);
    const field: RecognisedField = { selector, key: m.key, confidence: 1, preselect: true, label: seen?.label ?? m.label ?? '' };
    if (m.part !== undefined) field.part = m.part;
    return field;
  });
  return [...mapped, ...bySelector.values()];
}

function previewText(action: FillAction, options: { value: string; text: string }[] | undefined): string {
  if (action.kind === 'text') return action.value;
  if (action.kind === 'checkbox') return action.checked ? '✓' : '';
  return options?.find((o) => o.value === action.value)?.text || action.value;
}

/** Recognises the page's fields, applies the user's earlier corrections, and previews the values. */
export async function previewGuesses(tabId: number, shownOrigin?: string): Promise<{ ok: true; preview: GuessPreview } | { ok: false; error: FillError }> {
  const loaded = await load(tabId, shownOrigin);
  if (!loaded.ok) return loaded;
  const { url } = loaded;
  const { profile, numbersId } = await profileWithNumbers(url.href, loaded.profile);
  const channel = tabChannel(tabId);
  let reply;
  try {
    reply = await channel.send({ op: 'recognise', expected: { origin: url.origin, path: url.pathname }, guardedOrigins: guardedOrigins() });
  } catch (err) {
    return { ok: false, error: await exchangeFailed('background.recognise', err) };
  }
  const result = reply.response;
  if (!result) return { ok: false, error: 'agent-error' };
  if (!result.ok) {
    const known = ['framed', 'frames-other-site', 'wrong-page'] as const;
    const error = known.find((e) => e === result.error);
    return { ok: false, error: error === 'wrong-page' ? 'page-changed' : (error ?? refusalError(result.error)) };
  }
  const expected = { origin: url.origin, path: url.pathname };
  const platform = platformAllowed(url) ? await matchPlatform(channel, expected, platformProviders) : null;
  const recognised = platform ? withPlatformKeys(result.fields, platform.page) : result.fields;
  await storageItems.guess(tabId).set({ origin: url.origin, path: url.pathname, title: result.title, fields: recognised });

  const corrections = new Map((await loadCorrections(url.origin, url.pathname)).map((c) => [c.selector, c]));
  const fields: GuessedField[] = recognised.map((f) => {
    const remembered = corrections.get(f.selector);
    const field: GuessedField = { selector: f.selector, label: f.label, key: f.key, confidence: f.confidence, preselect: f.preselect, remembered: !!remembered, preview: null };
    if (f.review) field.review = f.review;
    if (f.part !== undefined) field.part = f.part;
    if (remembered) {
      field.key = remembered.key;
      if (remembered.part !== undefined) field.part = remembered.part as FieldPart;
      else delete field.part;
    }
    return field;
  });

  const keyed = fields.filter((f): f is GuessedField & { key: string } => f.key !== null);
  if (keyed.length > 0) {
    const target = targetFor(url, result.title, keyed, numbersId);
    const prepared = await prepareFill(target, profile, channel);
    if (!prepared.ok) return prepared;
    const planned = new Map(prepared.prepared.plan.fields.map((p) => [p.id, p]));
    const collected = new Map(prepared.prepared.collected.map((c) => [c.id, c]));
    target.fields.forEach((spec, i) => {
      const action = planned.get(spec.id)?.action;
      const field = keyed[i];
      if (action) field.preview = previewText(action, collected.get(spec.id)?.traits?.options);
      else field.skip = prepared.prepared.plan.reports.find((r) => r.id === spec.id)?.reason ?? 'no-value';
    });
  }
  return {
    ok: true,
    preview: { title: result.title, fields, site: siteIdentity(url), ...(platform?.provider.platform ? { platform: platform.provider.platform.name } : {}) },
  };
}

/** Fills the fields the user confirmed and remembers the keys the user changed. */
export async function fillGuessed(
  tabId: number,
  choices: GuessChoice[],
  options: { origin?: string; overwrite?: string[] } = {},
): Promise<FillResult | ConsentNeeded> {
  const stored = await storageItems.guess(tabId).get();
  // The page must still be the one the user confirmed on: same top origin as shown, same page.
  const loaded = await load(tabId, options.origin ?? stored?.origin);
  if (!loaded.ok) return loaded.error === 'no-provider' ? { ok: false, error: 'page-changed' } : loaded;
  const { url } = loaded;
  if (!stored || stored.origin !== url.origin || stored.path !== url.pathname) return { ok: false, error: 'page-changed' };

  const guessed = new Map(stored.fields.map((f) => [f.selector, f]));
  const corrections: LocalCorrection[] = [];
  const confirmed: (RecognisedField & { key: string })[] = [];
  for (const choice of choices) {
    const original = guessed.get(choice.selector);
    if (!original) continue; // only selectors the page itself produced are ever used
    if (choice.corrected && (original.key !== choice.key || !samePart(original.part, choice.part))) {
      corrections.push({ selector: choice.selector, key: choice.key, ...(choice.part !== undefined ? { part: choice.part } : {}) });
    }
    if (choice.fill && choice.key !== null) {
      const entry: RecognisedField & { key: string } = { ...original, key: choice.key };
      if (choice.part !== undefined) entry.part = choice.part;
      else delete entry.part;
      confirmed.push(entry);
    }
  }
  await saveCorrections(url.origin, url.pathname, corrections);
  const gate = await gateFill(url.href, url.host, confirmed.map((f) => f.key), loaded.profile, null);
  if (!gate.ok) return gate;
  const target = targetFor(url, stored.title, confirmed, gate.numbersId);
  const channel = tabChannel(tabId);
  const prepared = await prepareFill(target, gate.profile, channel);
  if (!prepared.ok) return prepared;
  const result = await insertPrepared(prepared.prepared, channel, url.href, options.overwrite ?? []);
  if (result.ok) {
    noteFillAfterAnswer(result.report, gate.procedureId, true);
  }
  return result;
}
