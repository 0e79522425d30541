import { z } from 'zod';
import { fieldPartSchema, fillReportSchema, reviewReasonSchema, skipReasonSchema } from '../plan/schemas';
import { FIELD_PARTS, isProfileKey } from '../profile/keys';
import type { FillError } from '../fill/fill-page';
import type { RecordError, Replies, ReplyOf, RequestType } from '.';

// The validators of the protocol in lib/messages/index.ts: the background checks every request with
// `requestSchema`, the pages check replies with `parseReply`. Kept apart from the protocol's types so
// that a page can draw its first view before zod is loaded (the popup's opening reply is checked in
// lib/messages/opening-reply.ts).

/** Replies checked here: all but the popup's opening reply. */
export type ZodCheckedType = Exclude<RequestType, 'popup-open'>;

const tabId = z.number().int().nonnegative();

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('popup-open'), tabId: tabId.optional() }),
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


const RECORD_ERRORS = ['no-tab', 'inject-failed', 'framed', 'nothing-to-save', 'nothing-recorded'] as const satisfies readonly RecordError[];

const recordedMappingSchema = z.object({
  title: z.string(),
  fields: z.array(z.object({ selector: z.string(), key: z.string(), part: fieldPartSchema.optional(), label: z.string() })),
  recordedAt: z.string(),
});
const pickedFieldSchema = z.object({ selector: z.string(), label: z.string(), tag: z.string(), type: z.string() });

const consentNeededSchema = z.object({
  ok: z.literal(false),
  error: z.literal('consent-needed'),
  consent: z.object({ origin: z.string(), label: z.string(), items: z.array(z.object({ key: z.string(), masked: z.string() })) }),
});

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
} satisfies { [T in ZodCheckedType]: z.ZodType<Replies[T]> };

const refusalSchema = z.object({ ok: z.literal(false), error: z.enum(['refused', 'bad-request', 'no-answer']) });

/** Reads a reply to a request of type `type`: the reply, a refusal, or 'no-answer' for anything else. */
export function parseReply<T extends ZodCheckedType>(type: T, raw: unknown): ReplyOf<T> {
  const reply = replySchemas[type].safeParse(raw);
  if (reply.success) return reply.data as Replies[T];
  const refusal = refusalSchema.safeParse(raw);
  return refusal.success ? refusal.data : { ok: false, error: 'no-answer' };
}

