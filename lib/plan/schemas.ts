import { z } from 'zod';
import { FIELD_PARTS } from '../formats/parts';

// Validators of the data in ./types where it crosses a boundary: agent replies read back from the
// page's isolated world, reports and guesses read back from session storage, replies the popup gets
// from the background. A type test (tests/unit/house/protocol.test.ts) keeps each equal to its type.

const fieldPart = z.literal([...FIELD_PARTS]);
const skipReason = z.enum([
  'no-value',
  'no-option',
  'disabled',
  'read-only',
  'not-visible',
  'ambiguous',
  'outside-form',
  'unsupported',
  'not-confirmed',
  'changed',
  'user-value',
  'too-long',
  'pattern-mismatch',
]);
const fieldOutcome = z.enum(['filled', 'not-found', 'skipped']);

export const fieldTraitsSchema = z.object({
  tag: z.enum(['input', 'select', 'textarea']),
  type: z.string(),
  maxLength: z.number().optional(),
  pattern: z.string().optional(),
  inputMode: z.string().optional(),
  placeholder: z.string().optional(),
  hint: z.string(),
  options: z.array(z.object({ value: z.string(), text: z.string() })).optional(),
});

export const agentRefusalSchema = z.strictObject({
  ok: z.literal(false),
  error: z.enum(['wrong-page', 'framed', 'no-form', 'bad-request', 'stale', 'frames-other-site']),
});

export const collectResultSchema = z.strictObject({
  ok: z.literal(true),
  url: z.string(),
  token: z.string(),
  fields: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['found', 'not-found', 'ambiguous', 'outside-form']),
      selector: z.string().optional(),
      control: z.enum(['text', 'textarea', 'select', 'radio', 'checkbox', 'date', 'month']).optional(),
      blocked: z.enum(['disabled', 'read-only', 'not-visible', 'unsupported']).optional(),
      traits: fieldTraitsSchema.optional(),
    }),
  ),
});

export const leftEmptyFieldSchema = z.object({ caption: z.string(), required: z.boolean() });

export const insertResultSchema = z.strictObject({
  ok: z.literal(true),
  fields: z.array(z.object({ id: z.string(), outcome: fieldOutcome, reason: skipReason.optional(), limit: z.number().optional() })),
  leftEmpty: z.array(leftEmptyFieldSchema),
});

export const reviewReasonSchema = z.enum(['side-unknown', 'caption-unclear', 'person-unclear', 'asked-twice', 'low-confidence']);

export const recognisedFieldSchema = z.object({
  selector: z.string(),
  key: z.string().nullable(),
  part: fieldPart.optional(),
  confidence: z.number(),
  preselect: z.boolean().optional(),
  review: reviewReasonSchema.optional(),
  label: z.string(),
});

export const recogniseResultSchema = z.strictObject({
  ok: z.literal(true),
  title: z.string(),
  fields: z.array(recognisedFieldSchema),
});

export const outlineResultSchema = z.strictObject({
  ok: z.literal(true),
  outline: z.array(
    z.object({
      tag: z.string(),
      type: z.string(),
      name: z.string().optional(),
      id: z.string().optional(),
      form: z.string().optional(),
      caption: z.string(),
      required: z.boolean(),
    }),
  ),
});

export const recordResultSchema = z.strictObject({
  ok: z.literal(true),
  recording: z.boolean(),
  picked: z.array(z.object({ selector: z.string(), label: z.string(), tag: z.string(), type: z.string() })),
});

export const fieldReportSchema = z.object({
  id: z.string(),
  key: z.string(),
  part: fieldPart.optional(),
  pageLabel: z.string().optional(),
  outcome: fieldOutcome,
  reason: skipReason.optional(),
  limit: z.number().optional(),
  guessed: z.boolean().optional(),
});

export const fillReportSchema = z.object({
  providerId: z.string().nullable(),
  providerLabel: z.string(),
  pageTitle: z.string(),
  url: z.string(),
  at: z.string(),
  fields: z.array(fieldReportSchema),
  counts: z.object({ filled: z.number(), skipped: z.number(), 'not-found': z.number() }),
  leftEmpty: z.array(leftEmptyFieldSchema),
});

export { fieldPart as fieldPartSchema, skipReason as skipReasonSchema };
