import { noteDiagnostic, noteError } from '../diagnostics/log';
import { channelFailure } from './channel-failure';
import type { PageMatch } from '../match/match-url';
import { localText } from '../providers/local-text';
import { buildFillPlan, type FieldSpec, type Plan } from '../plan/build-plan';
import type { CollectedField, CollectRequest, FieldOutcome, FieldReport, FillReport } from '../plan/types';
import type { Profile } from '../profile/schema';
import type { PageChannel } from './page-channel';

export type FillError =
  | 'no-tab'
  | 'no-provider'
  | 'profile-empty'
  | 'profile-unreadable'
  | 'profile-locked'
  | 'inject-failed'
  | 'no-permission'
  | 'page-refused'
  | 'page-closed'
  | 'agent-error'
  | 'wrong-page'
  | 'framed'
  | 'no-form'
  | 'navigated'
  | 'frames-other-site'
  | 'page-changed'
  | 'deleted-by-retention';

export type FillResult = { ok: true; report: FillReport } | { ok: false; error: FillError };

export interface FillTarget {
  /** Where the page should be; the agent refuses to act anywhere else. */
  expected: { origin: string; path: string };
  providerId: string | null;
  /** Whose numbers (provider.customerNumber…) the plan uses when not the provider's own. */
  numbersId?: string | null;
  providerLabel: string;
  pageTitle: string;
  form?: string;
  fields: (FieldSpec & { selectors: string[] })[];
}

export function targetForMatch(url: string, match: PageMatch, uiLanguage = 'ja'): FillTarget {
  return {
    expected: { origin: new URL(url).origin, path: match.page.path },
    providerId: match.provider.id,
    providerLabel: localText(match.provider.label, uiLanguage),
    pageTitle: localText(match.page.title, uiLanguage),
    ...(match.page.form ? { form: match.page.form } : {}),
    fields: match.page.fields.map((f, i) => ({
      id: `f${i}`,
      key: f.key,
      ...(f.part !== undefined ? { part: f.part } : {}),
      ...(f.format ? { format: f.format } : {}),
      ...(f.traits ? { traits: f.traits } : {}),
      selectors: Array.isArray(f.selector) ? f.selector : [f.selector],
    })),
  };
}

function countOutcomes(fields: FieldReport[]): Record<FieldOutcome, number> {
  const counts: Record<FieldOutcome, number> = { filled: 0, skipped: 0, 'not-found': 0 };
  for (const f of fields) counts[f.outcome] += 1;
  return counts;
}

/** A refusal or malformed answer of the agent, as the fill's error. */
export function refusalError(error: string): FillError {
  if (error === 'stale') return 'navigated';
  return error === 'framed' || error === 'no-form' || error === 'wrong-page' || error === 'frames-other-site' ? error : 'agent-error';
}

/** A thrown exchange with the page, logged under what it means and returned as the fill's error. */
export async function exchangeFailed(where: string, err: unknown): Promise<FillError> {
  const failure = channelFailure(err);
  await noteError(where, err);
  await noteDiagnostic(where, failure);
  return failure;
}

export interface PreparedFill {
  target: FillTarget;
  plan: Plan;
  collected: CollectedField[];
  /** The collecting document's token; insert is refused by any other document. */
  token: string;
  documentId?: string;
}

/** collect → plan: finds the target's fields on the page and plans each from the profile. */
export async function prepareFill(
  target: FillTarget,
  profile: Profile,
  channel: PageChannel,
): Promise<{ ok: true; prepared: PreparedFill } | { ok: false; error: FillError }> {
  const collectRequest: CollectRequest = {
    op: 'collect',
    expected: target.expected,
    ...(target.form ? { form: target.form } : {}),
    fields: target.fields.map((f) => ({ id: f.id, selectors: f.selectors })),
  };
  let collected;
  try {
    collected = await channel.send(collectRequest);
  } catch (err) {
    return { ok: false, error: await exchangeFailed('fill.collect', err) };
  }
  const found = collected.response;
  // The agent ran but gave no answer.
  if (!found) return { ok: false, error: 'agent-error' };
  if (!found.ok) return { ok: false, error: refusalError(found.error) };
  const plan = buildFillPlan({ providerId: target.numbersId ?? target.providerId, specs: target.fields, collected: found.fields, profile });
  const prepared: PreparedFill = { target, plan, collected: found.fields, token: found.token };
  if (collected.documentId) prepared.documentId = collected.documentId;
  return { ok: true, prepared };
}

/** insert: sends only the planned fields to the document that was collected. */
export async function insertPrepared(prepared: PreparedFill, channel: PageChannel, url: string, overwrite: string[] = []): Promise<FillResult> {
  const { target, plan } = prepared;
  let inserted;
  try {
    inserted = await channel.send(
      {
        op: 'insert',
        expected: target.expected,
        token: prepared.token,
        ...(target.form ? { form: target.form } : {}),
        fields: plan.fields,
        ...(overwrite.length ? { overwrite } : {}),
      },
      prepared.documentId,
    );
  } catch (err) {
    // Pinned to the collected document: the usual cause is a page that navigated or closed since.
    const error = await exchangeFailed('fill.insert', err);
    return { ok: false, error: error === 'inject-failed' ? 'navigated' : error };
  }
  const written = inserted.response;
  if (!written) return { ok: false, error: 'navigated' };
  if (!written.ok) return { ok: false, error: written.error === 'wrong-page' ? 'navigated' : refusalError(written.error) };

  const outcomes = new Map(written.fields.map((f) => [f.id, f]));
  const fields = plan.reports.map((report) => {
    if (report.outcome !== 'filled') return report;
    const result = outcomes.get(report.id);
    // A planned field the agent did not answer for was not written.
    if (!result) return { ...report, outcome: 'skipped' as const, reason: 'changed' as const };
    const merged: FieldReport = { ...report, outcome: result.outcome };
    if (result.reason) merged.reason = result.reason;
    if (result.limit !== undefined) merged.limit = result.limit;
    return merged;
  });
  return {
    ok: true,
    report: {
      providerId: target.providerId,
      providerLabel: target.providerLabel,
      pageTitle: target.pageTitle,
      url,
      at: new Date().toISOString(),
      fields,
      counts: countOutcomes(fields),
      leftEmpty: written.leftEmpty,
    },
  };
}

/** collect → plan → insert on one page. The profile stays here; the page gets only the plan. */
export async function fillPage(target: FillTarget, profile: Profile, channel: PageChannel, url: string, overwrite: string[] = []): Promise<FillResult> {
  const prepared = await prepareFill(target, profile, channel);
  if (!prepared.ok) return prepared;
  return insertPrepared(prepared.prepared, channel, url, overwrite);
}
