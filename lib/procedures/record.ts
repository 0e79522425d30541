import { z } from 'zod';
import { isProfileKey } from '../profile/keys';
import { providerValuesSchema } from '../profile/schema';
import { PROCEDURE_CATEGORIES, PURPOSES, QUESTIONS } from '../providers/procedure-schema';
import { STATUSES } from './state';

// Everything the checklist keeps: the chosen purpose and answers, each procedure's state, the
// user's own procedures, numbers per procedure, sites, consents per site and the fill history.
// The history and consents hold keys, sites and times — never profile values.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const origin = z.string().regex(/^https?:\/\/[^/]+$/);
export const HISTORY_MAX = 500;

export const procedureStateSchema = z.object({
  status: z.enum(STATUSES),
  receiptNumber: z.string().max(60).optional(),
  doneOn: day.optional(),
  filledAt: z.string().optional(),
});

export const ownProcedureSchema = z.object({
  id: z.string().regex(/^own-[a-z0-9]+$/),
  name: z.string().trim().min(1).max(80),
  category: z.enum(PROCEDURE_CATEGORIES),
  purpose: z.enum(PURPOSES),
  dueOn: day.optional(),
});

export const consentSchema = z.object({
  at: z.string(),
  label: z.string().max(200),
  keys: z.array(z.string().refine(isProfileKey)).max(300),
});

export const historyEntrySchema = z.object({
  at: z.string(),
  origin,
  path: z.string().max(2000),
  procedureId: z.string().nullable(),
  providerId: z.string().nullable(),
  guessed: z.boolean(),
  keys: z.array(z.string().refine(isProfileKey)).max(300),
  filled: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});

export const procedureRecordSchema = z.object({
  version: z.literal(1).default(1),
  purpose: z.enum(PURPOSES).default('move'),
  /** Event dates of purposes other than 引越し (whose date is the profile's move.date). */
  eventDates: z.partialRecord(z.enum(PURPOSES), day).default({}),
  answers: z.partialRecord(z.enum(QUESTIONS), z.boolean()).default({}),
  /** Optional entries (companies) the user ticked as having a contract. */
  picked: z.record(z.string(), z.boolean()).default({}),
  states: z.record(z.string(), procedureStateSchema).default({}),
  own: z.array(ownProcedureSchema).max(100).default([]),
  numbers: z.record(z.string().regex(/^[a-z0-9-]+$/), providerValuesSchema).default({}),
  /** The site where the user does a procedure (its origin), for procedures without a mapping. */
  sites: z.record(z.string(), origin).default({}),
  consents: z.record(origin, consentSchema).default({}),
  history: z.array(historyEntrySchema).max(HISTORY_MAX).default([]),
});

export type ProcedureRecord = z.output<typeof procedureRecordSchema>;
export type HistoryEntry = z.output<typeof historyEntrySchema>;
export type OwnProcedure = z.output<typeof ownProcedureSchema>;

export function emptyRecord(): ProcedureRecord {
  return procedureRecordSchema.parse({});
}

/** Appends to the history, dropping the oldest beyond the limit. */
export function withHistory(record: ProcedureRecord, entry: HistoryEntry): ProcedureRecord {
  return { ...record, history: [...record.history, entry].slice(-HISTORY_MAX) };
}
