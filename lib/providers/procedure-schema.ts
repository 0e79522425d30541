import { z } from 'zod';

// A procedure catalog entry is pure data, like a provider file: what the procedure is, whom it
// concerns, how and where it is done, what to bring, and when it is due relative to the event date
// (the move date for 引越し).

export const PROCEDURE_CATEGORIES = [
  'government', // 行政
  'children', // 子育て
  'police-car', // 警察・車
  'post', // 郵便
  'electricity', // 電気
  'gas', // ガス
  'water', // 水道
  'broadcast', // 放送
  'telecom', // 通信
  'finance', // 金融
  'insurance', // 保険
  'employer', // 勤務先
  'housing', // 住まい
  'living', // 生活
] as const;
export type ProcedureCategory = (typeof PROCEDURE_CATEGORIES)[number];

export const PURPOSES = ['move', 'marriage', 'birth'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The questions that select entries. Each entry may require answers (all must match). */
export const QUESTIONS = ['otherCity', 'children', 'car', 'motorbike', 'dog', 'foreignResident', 'nationalInsurance', 'renting', 'employed'] as const;
export type Question = (typeof QUESTIONS)[number];

export const METHODS = ['online-mapped', 'online', 'in-person', 'phone', 'mail', 'automatic'] as const;
export type Method = (typeof METHODS)[number];

export const BRING_ITEMS = [
  'id-document', // 本人確認書類
  'my-number-card', // マイナンバーカード
  'seal', // 印鑑
  'moving-out-certificate', // 転出証明書
  'customer-number', // お客さま番号
  'supply-point-id', // 供給地点特定番号
  'contract-number', // 契約番号
  'health-insurance-card', // 保険証
  'pension-book', // 基礎年金番号
  'driver-license', // 運転免許証
  'vehicle-inspection', // 車検証
  'parking-certificate', // 車庫証明
  'residence-card', // 在留カード
  'bankbook', // 通帳・キャッシュカード
  'school-certificates', // 在学証明書・教科書給与証明書
  'dog-certificate', // 鑑札・注射済票
  'contract', // 契約書
  'pin-codes', // 暗証番号
  'birth-certificate', // 出生証明書
  'mother-child-handbook', // 母子健康手帳
] as const;
export type BringItem = (typeof BRING_ITEMS)[number];

const text = z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict();
const offset = z.number().int().min(-120).max(120);

/**
 * - deadline: due `by` days after the event (counted from the day after it, so "within 14 days" is
 *   by: 14); `opens` days relative to the event when it can first be done; `officeDays` moves a
 *   deadline on a closed office day (土日祝・12/29–1/3) to the next open day.
 * - guide: a 目安, `offset` days relative to the event (negative = before); never a deadline.
 * - promptly: 速やかに, a legal duty without a number of days.
 * - none: nothing to do by a date (automatic, or whenever convenient).
 */
export const dueRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('deadline'), by: offset, opens: offset.optional(), officeDays: z.boolean(), basis: text }).strict(),
  z.object({ type: z.literal('guide'), offset }).strict(),
  z.object({ type: z.literal('promptly'), basis: text }).strict(),
  z.object({ type: z.literal('none') }).strict(),
]);
export type DueRule = z.output<typeof dueRuleSchema>;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https address' });

export const procedureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case (a-z, 0-9, -)' }),
    name: text,
    category: z.enum(PROCEDURE_CATEGORIES),
    purposes: z.array(z.enum(PURPOSES)).min(1),
    /** Required answers; an entry without any applies to everyone. */
    appliesIf: z.partialRecord(z.enum(QUESTIONS), z.boolean()).optional(),
    /** Companies and offices the user ticks only when they have a contract there. */
    optional: z.boolean().optional(),
    where: text,
    methods: z.array(z.enum(METHODS)).min(1),
    bring: z.array(z.enum(BRING_ITEMS)).default([]),
    due: dueRuleSchema,
    note: text.optional(),
    /** Only an address known for certain; otherwise none. */
    officialUrl: httpsUrl.optional(),
    /** Provider files (providers/<id>.ts) that fill this procedure's online form. */
    providers: z.array(z.string()).optional(),
    /** A printable counter sheet for this procedure (entrypoints/counter-sheet). */
    counterSheet: z.enum(['tennyu', 'tenkyo', 'tenshutsu']).optional(),
  })
  .strict()
  .refine((p) => !(p.methods.includes('online-mapped') && !p.providers?.length), {
    error: 'method "online-mapped" needs at least one provider',
    path: ['providers'],
  });

export type Procedure = z.output<typeof procedureSchema>;
export type ProcedureInput = z.input<typeof procedureSchema>;

export const catalogModuleSchema = z.array(procedureSchema).min(1);

/** Identity helper for catalog modules: typed data, validated by lib/procedures/validate. */
export function defineProcedures(entries: ProcedureInput[]): ProcedureInput[] {
  return entries;
}
