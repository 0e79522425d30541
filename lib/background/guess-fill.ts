import { browser } from 'wxt/browser';
import { providers } from '../../providers';
import { insertPrepared, prepareFill, type FillError, type FillResult, type FillTarget } from '../fill/fill-page';
import { tabChannel } from '../fill/page-channel';
import { loadCorrections, saveCorrections, type LocalCorrection } from '../local-mappings/store';
import { matchUrl } from '../match/match-url';
import type { GuessChoice, GuessPreview, GuessedField } from '../messages';
import type { FillAction, RecognisedField } from '../plan/types';
import type { FieldPart } from '../profile/keys';
import type { Profile } from '../profile/schema';
import { profileForFill, sameOrigin, tabUrl } from './fill-tab';
import { guardedOrigins, siteIdentity } from './site-identity';

// Pages without a mapping: the classifier's guesses are shown to the user with the values they
// would get; only what the user confirms is filled, and a key the user changes is remembered for
// that page (a local mapping on the device).

const GUESS_PREFIX = 'tp:guess:';

interface StoredGuess {
  origin: string;
  path: string;
  title: string;
  fields: RecognisedField[];
}

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

function targetFor(url: URL, title: string, fields: (RecognisedField & { key: string })[]): FillTarget {
  return {
    expected: { origin: url.origin, path: url.pathname },
    providerId: null,
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

function previewText(action: FillAction, options: { value: string; text: string }[] | undefined): string {
  if (action.kind === 'text') return action.value;
  if (action.kind === 'checkbox') return action.checked ? '✓' : '';
  return options?.find((o) => o.value === action.value)?.text || action.value;
}

/** Recognises the page's fields, applies the user's earlier corrections, and previews the values. */
export async function previewGuesses(tabId: number, shownOrigin?: string): Promise<{ ok: true; preview: GuessPreview } | { ok: false; error: FillError }> {
  const loaded = await load(tabId, shownOrigin);
  if (!loaded.ok) return loaded;
  const { url, profile } = loaded;
  const channel = tabChannel(tabId);
  let reply;
  try {
    reply = await channel.send({ op: 'recognise', expected: { origin: url.origin, path: url.pathname }, guardedOrigins: guardedOrigins() });
  } catch {
    return { ok: false, error: 'inject-failed' };
  }
  const result = reply.response;
  if (!result) return { ok: false, error: 'inject-failed' };
  if (!result.ok) {
    const known = ['framed', 'frames-other-site', 'wrong-page'] as const;
    const error = known.find((e) => e === result.error);
    return { ok: false, error: error === 'wrong-page' ? 'page-changed' : (error ?? 'inject-failed') };
  }
  if (!('title' in result)) return { ok: false, error: 'inject-failed' };
  await browser.storage.session.set({
    [GUESS_PREFIX + tabId]: { origin: url.origin, path: url.pathname, title: result.title, fields: result.fields } satisfies StoredGuess,
  });

  const corrections = new Map((await loadCorrections(url.origin, url.pathname)).map((c) => [c.selector, c]));
  const fields: GuessedField[] = result.fields.map((f) => {
    const remembered = corrections.get(f.selector);
    const field: GuessedField = { selector: f.selector, label: f.label, key: f.key, confidence: f.confidence, remembered: !!remembered, preview: null };
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
    const target = targetFor(url, result.title, keyed);
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
  return { ok: true, preview: { title: result.title, fields, site: siteIdentity(url) } };
}

/** Fills the fields the user confirmed and remembers the keys the user changed. */
export async function fillGuessed(
  tabId: number,
  choices: GuessChoice[],
  options: { origin?: string; overwrite?: string[] } = {},
): Promise<FillResult> {
  const stored = (await browser.storage.session.get(GUESS_PREFIX + tabId))[GUESS_PREFIX + tabId] as StoredGuess | undefined;
  // The page must still be the one the user confirmed on: same top origin as shown, same page.
  const loaded = await load(tabId, options.origin ?? stored?.origin);
  if (!loaded.ok) return loaded.error === 'no-provider' ? { ok: false, error: 'page-changed' } : loaded;
  const { url, profile } = loaded;
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
  const target = targetFor(url, stored.title, confirmed);
  const channel = tabChannel(tabId);
  const prepared = await prepareFill(target, profile, channel);
  if (!prepared.ok) return prepared;
  return insertPrepared(prepared.prepared, channel, url.href, options.overwrite ?? []);
}
