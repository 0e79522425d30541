import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { noteDiagnostic, noteError } from '../diagnostics/log';
import type { FillError, FillResult } from '../fill/fill-page';
import type { requestSchema } from './schemas';
import { readOpeningReply } from './opening-reply';
import type { FillReport, PickedField, SkipReason } from '../plan/types';
import type { FieldPart } from '../profile/keys';
import type { ReviewReason } from '../recognise/types';
import type { StoredState } from '../vault/opening-check';

// The one protocol between the extension's own pages (popup, options) and the background: every
// request, the reply each one gets, and the validators both sides run. The background answers only
// senders that are pages of this extension (never content or page scripts); the page validates what
// comes back. Replies are told apart by `ok`, statuses by `kind`. (The background ↔ page-agent
// protocol is lib/fill/page-channel.) The validators live in lib/messages/schemas.ts, loaded when the
// first reply other than the popup's opening one comes back.

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export type GuessChoice = RequestOf<'fill-guessed'>['fields'][number];

/** One recognised field as the popup shows it: label, key, and the value it would get. */
export interface GuessedField {
  selector: string;
  label: string;
  key: string | null;
  part?: FieldPart;
  confidence: number;
  /** Ticked in advance by the classifier's calibrated decision. */
  preselect?: boolean;
  /** Why the guess is listed as 要確認 (not ticked in advance). */
  review?: ReviewReason;
  /** The key comes from the user's earlier correction on this page. */
  remembered: boolean;
  /** What would be written (shown to the user only), or null. */
  preview: string | null;
  skip?: SkipReason;
}

export interface GuessPreview {
  title: string;
  fields: GuessedField[];
  /** The page is a known platform's form (「EC-CUBE 4 のフォームとして認識」). */
  platform?: string;
  site: SiteIdentity;
}

/** How the guess panel names the site a guessed fill would write into. */
export interface SiteIdentity {
  /** The registrable domain as a person reads it (punycode decoded). */
  domain: string;
  /** The host as a person reads it. */
  host: string;
  /** The host is written in punycode (xn--): shown decoded and flagged. */
  punycode: boolean;
  /** Plain http: one more confirmation before filling. */
  insecure: boolean;
  /** A registered provider's or official domain this host imitates, if any. */
  imitates: string | null;
}

export type TabStatus =
  | {
      kind: 'provider';
      providerId: string;
      providerLabel: string;
      pageTitle: string;
      step: number;
      steps: number;
      fieldCount: number;
      origin: string;
    }
  /** No provider, but the user recorded a mapping for this page. */
  | { kind: 'recorded'; pageTitle: string; fieldCount: number; recording: boolean }
  | { kind: 'none'; origin: string; recording: boolean; site: SiteIdentity }
  /** `browser-page`: not a web page (chrome://, about:, a file); `store`: an extension store, where
   * browsers let no extension act; `no-page`: the tab could not be read. */
  | { kind: 'unsupported'; reason: UnsupportedReason };

export type UnsupportedReason = 'browser-page' | 'store' | 'no-page';

/** The background would not act: the sender is not a page of this extension, or the request does
 * not validate. The page side also uses it when no valid reply came back at all. */
export type Refusal = { ok: false; error: 'refused' | 'bad-request' | 'no-answer' };

export type GuessResult = { ok: true; preview: GuessPreview } | { ok: false; error: FillError };

export type RecordError = 'no-tab' | 'inject-failed' | 'framed' | 'nothing-to-save' | 'nothing-recorded';

export interface RecordedMappingReply {
  title: string;
  fields: { selector: string; key: string; part?: FieldPart; label: string }[];
  recordedAt: string;
}

/** A first fill on a site waits for the user's consent to what the site receives (keys, masked values). */
export interface ConsentNeeded {
  ok: false;
  error: 'consent-needed';
  consent: { origin: string; label: string; items: { key: string; masked: string }[] };
}

export type ProcedureStatusName = 'todo' | 'filled' | 'done' | 'not-applicable';

export interface ProcedureOfPage {
  id: string;
  name: string;
  status: ProcedureStatusName;
}

/** What the popup needs to draw itself, asked once as it opens: the tab's status and the stored
 * data's state (retention check, vault, whether a profile is stored). */
export interface OpeningState extends StoredState {
  ok: true;
  status: TabStatus;
}

/** The reply to each request type. */
export interface Replies {
  'popup-open': OpeningState;
  fill: FillResult | ConsentNeeded;
  'grant-consent': { ok: boolean; error?: string };
  'procedure-status': { ok: true; procedure: ProcedureOfPage | null };
  'last-report': { ok: true; report: FillReport | null };
  recognise: GuessResult;
  'fill-guessed': FillResult | ConsentNeeded;
  record: { ok: true; recording: boolean; picked: PickedField[]; saved: RecordedMappingReply | null } | { ok: false; error: RecordError };
  'record-save': { ok: true; saved: RecordedMappingReply } | { ok: false; error: RecordError };
  'record-export': { ok: true; fileName: string; text: string } | { ok: false; error: RecordError };
  'drift-report': { ok: true; text: string } | { ok: false; error: 'no-report' | 'inject-failed' };
}

export type ReplyOf<T extends RequestType> = Replies[T] | Refusal;

/** Sends a request to the background and validates its reply. Never throws: a background that is
 * gone or answers nonsense gives 'no-answer'. */
export async function askBackground<T extends RequestType>(request: RequestOf<T>): Promise<ReplyOf<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (err) {
    await noteError(`messages.${request.type}`, err);
    return { ok: false, error: 'no-answer' };
  }
  const reply = request.type === 'popup-open' ? (readOpeningReply(raw) as ReplyOf<T>) : (await import('./schemas')).parseReply(request.type as Exclude<T, 'popup-open'>, raw);
  if (!reply.ok && reply.error === 'no-answer') await noteDiagnostic(`messages.${request.type}`, 'no-answer');
  return reply;
}
