import { browser } from 'wxt/browser';
import type { ReviewReason } from './recognise/types';
import { z } from 'zod';
import { noteDiagnostic, noteError } from './diagnostics/log';
import type { FillError, FillResult } from './fill/fill-page';
import { fieldPartSchema, fillReportSchema, reviewReasonSchema, skipReasonSchema } from './plan/schemas';
import type { FillReport, PickedField, SkipReason } from './plan/types';
import { FIELD_PARTS, isProfileKey, type FieldPart } from './profile/keys';

// The one protocol between the extension's own pages (popup, options) and the background: every
// request, the reply each one gets, and the validators both sides run. The background answers only
// senders that are pages of this extension (never content or page scripts); the page validates what
// comes back. Replies are told apart by `ok`, statuses by `kind`. (The background ↔ page-agent
// protocol is lib/fill/page-channel.)

const tabId = z.number().int().nonnegative();

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-status'), tabId }),
  z.object({
    type: z.literal('fill'),
    tabId,
    /** The origin the popup showed; a tab that is elsewhere by now gets nothing. */
    origin: z.string().max(300).optional(),
    overwrite: z.array(z.string().max(20)).max(300).optional(),
  }),
  z.object({ type: z.literal('last-report'), tabId }),
  z.object({ type: z.literal('recognise'), tabId, origin: z.string().max(300).optional() }),
  // The checklist's part: the user agreed to what this site receives; the page's procedure state.
  z.object({ type: z.literal('grant-consent'), tabId, keys: z.array(z.string().refine(isProfileKey)).min(1).max(300) }),
  z.object({ type: z.literal('procedure-status'), tabId }),
  z.object({
    type: z.literal('fill-guessed'),
    tabId,
    origin: z.string().max(300).optional(),
    overwrite: z.array(z.string().max(20)).max(300).optional(),
    fields: z
      .array(
        z.object({
          selector: z.string().min(1).max(300),
          key: z.string().refine(isProfileKey).nullable(),
          part: z.literal([...FIELD_PARTS]).optional(),
          fill: z.boolean(),
          corrected: z.boolean(),
        }),
      )
      .max(300),
  }),
  z.object({ type: z.literal('record'), tabId, action: z.enum(['start', 'list', 'stop']), banner: z.string().max(300) }),
  z.object({
    type: z.literal('record-save'),
    tabId,
    banner: z.string().max(300),
    fields: z
      .array(
        z.object({
          selector: z.string().min(1).max(300),
          label: z.string().max(200),
          key: z.string().refine(isProfileKey),
          part: z.literal([...FIELD_PARTS]).optional(),
        }),
      )
      .max(300),
  }),
  z.object({ type: z.literal('record-export'), tabId }),
  z.object({ type: z.literal('drift-report'), tabId }),
]);

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
  | { kind: 'unsupported' };

/** The background would not act: the sender is not a page of this extension, or the request does
 * not validate. The page side also uses it when no valid reply came back at all. */
export type Refusal = { ok: false; error: 'refused' | 'bad-request' | 'no-answer' };

export type GuessResult = { ok: true; preview: GuessPreview } | { ok: false; error: FillError };

const RECORD_ERRORS = ['no-tab', 'inject-failed', 'framed', 'nothing-to-save', 'nothing-recorded'] as const;
export type RecordError = (typeof RECORD_ERRORS)[number];

const recordedMappingSchema = z.object({
  title: z.string(),
  fields: z.array(z.object({ selector: z.string(), key: z.string(), part: fieldPartSchema.optional(), label: z.string() })),
  recordedAt: z.string(),
});
export type RecordedMappingReply = z.output<typeof recordedMappingSchema>;

const pickedFieldSchema = z.object({ selector: z.string(), label: z.string(), tag: z.string(), type: z.string() });

/** A first fill on a site waits for the user's consent to what the site receives (keys, masked values). */
export interface ConsentNeeded {
  ok: false;
  error: 'consent-needed';
  consent: { origin: string; label: string; items: { key: string; masked: string }[] };
}

const consentNeededSchema = z.object({
  ok: z.literal(false),
  error: z.literal('consent-needed'),
  consent: z.object({ origin: z.string(), label: z.string(), items: z.array(z.object({ key: z.string(), masked: z.string() })) }),
});

export type ProcedureStatusName = 'todo' | 'filled' | 'done' | 'not-applicable';

export interface ProcedureOfPage {
  id: string;
  name: string;
  status: ProcedureStatusName;
}

/** The reply to each request type. */
export interface Replies {
  'tab-status': { ok: true; status: TabStatus };
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

const FILL_ERRORS = [
  'no-tab',
  'no-provider',
  'profile-empty',
  'profile-unreadable',
  'profile-locked',
  'inject-failed',
  'no-permission',
  'page-refused',
  'page-closed',
  'agent-error',
  'wrong-page',
  'framed',
  'no-form',
  'navigated',
  'frames-other-site',
  'page-changed',
  'deleted-by-retention',
] as const satisfies readonly FillError[];

const fillError = z.enum(FILL_ERRORS);

const siteIdentitySchema = z.object({
  domain: z.string(),
  host: z.string(),
  punycode: z.boolean(),
  insecure: z.boolean(),
  imitates: z.string().nullable(),
});

export const tabStatusSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('provider'),
    providerId: z.string(),
    providerLabel: z.string(),
    pageTitle: z.string(),
    step: z.number(),
    steps: z.number(),
    fieldCount: z.number(),
    origin: z.string(),
  }),
  z.object({ kind: z.literal('recorded'), pageTitle: z.string(), fieldCount: z.number(), recording: z.boolean() }),
  z.object({ kind: z.literal('none'), origin: z.string(), recording: z.boolean(), site: siteIdentitySchema }),
  z.object({ kind: z.literal('unsupported') }),
]);

const fillResultSchema = z.union([
  z.object({ ok: z.literal(true), report: fillReportSchema }),
  z.object({ ok: z.literal(false), error: fillError }),
]);

export const guessPreviewSchema = z.object({
  title: z.string(),
  fields: z.array(
    z.object({
      selector: z.string(),
      label: z.string(),
      key: z.string().nullable(),
      part: fieldPartSchema.optional(),
      confidence: z.number(),
      preselect: z.boolean().optional(),
      review: reviewReasonSchema.optional(),
      remembered: z.boolean(),
      preview: z.string().nullable(),
      skip: skipReasonSchema.optional(),
    }),
  ),
  platform: z.string().optional(),
  site: siteIdentitySchema,
});

export const replySchemas = {
  'tab-status': z.object({ ok: z.literal(true), status: tabStatusSchema }),
  fill: z.union([fillResultSchema, consentNeededSchema]),
  'grant-consent': z.object({ ok: z.boolean(), error: z.string().optional() }),
  'procedure-status': z.object({
    ok: z.literal(true),
    procedure: z.object({ id: z.string(), name: z.string(), status: z.enum(['todo', 'filled', 'done', 'not-applicable']) }).nullable(),
  }),
  'last-report': z.object({ ok: z.literal(true), report: fillReportSchema.nullable() }),
  recognise: z.union([z.object({ ok: z.literal(true), preview: guessPreviewSchema }), z.object({ ok: z.literal(false), error: fillError })]),
  'fill-guessed': z.union([fillResultSchema, consentNeededSchema]),
  record: z.union([
    z.object({ ok: z.literal(true), recording: z.boolean(), picked: z.array(pickedFieldSchema), saved: recordedMappingSchema.nullable() }),
    z.object({ ok: z.literal(false), error: z.enum(RECORD_ERRORS) }),
  ]),
  'record-save': z.union([z.object({ ok: z.literal(true), saved: recordedMappingSchema }), z.object({ ok: z.literal(false), error: z.enum(RECORD_ERRORS) })]),
  'record-export': z.union([
    z.object({ ok: z.literal(true), fileName: z.string(), text: z.string() }),
    z.object({ ok: z.literal(false), error: z.enum(RECORD_ERRORS) }),
  ]),
  'drift-report': z.union([z.object({ ok: z.literal(true), text: z.string() }), z.object({ ok: z.literal(false), error: z.enum(['no-report', 'inject-failed']) })]),
} satisfies { [T in RequestType]: z.ZodType<Replies[T]> };

const refusalSchema = z.object({ ok: z.literal(false), error: z.enum(['refused', 'bad-request', 'no-answer']) });

/** Reads a reply to a request of type `type`: the reply, a refusal, or 'no-answer' for anything else. */
export function parseReply<T extends RequestType>(type: T, raw: unknown): ReplyOf<T> {
  const reply = replySchemas[type].safeParse(raw);
  if (reply.success) return reply.data as Replies[T];
  const refusal = refusalSchema.safeParse(raw);
  return refusal.success ? refusal.data : { ok: false, error: 'no-answer' };
}

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
  const reply = parseReply(request.type as T, raw);
  if (!reply.ok && reply.error === 'no-answer') await noteDiagnostic(`messages.${request.type}`, 'no-answer');
  return reply;
}
