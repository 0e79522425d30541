import { z } from 'zod';
import { PREFECTURE_NAMES } from '../formats/prefecture';
import { localIsoDate } from '../formats/calendar-day';

// Stored shape of the profile (the pad). Every leaf is a string so that an empty profile is valid and
// the editor can hold partial input; rules apply only to non-empty values. Messages are i18n keys
// (public/_locales/*/messages.json) so that the UI shows them in the user's language.

export const PROFILE_SCHEMA_VERSION = 1;

const KATAKANA = /^[\u30A0-\u30FF\u3000 ]+$/u;
const DIGITS_7 = /^\d{7}$/;
const PHONE = /^0\d{9,10}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROMAJI = /^[A-Za-z' -]+$/;
const CUSTOMER_NUMBER = /^[0-9A-Za-z-]{1,30}$/;
const SUPPLY_POINT_ID = /^\d{22}$/;

function text(max: number) {
  return z.string().trim().max(max, { error: 'err_too_long' }).default('');
}

function matching(re: RegExp, error: string, max = 100) {
  return z
    .string()
    .trim()
    .max(max, { error: 'err_too_long' })
    .refine((v) => v === '' || re.test(v), { error })
    .default('');
}

function isRealDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const date = z
  .string()
  .trim()
  .refine((v) => v === '' || isRealDate(v), { error: 'err_date' })
  .default('');

/** The 47 prefectures in JIS X 0401 order (東京都, 大阪府…), as the profile stores them. */
export const PREFECTURES = PREFECTURE_NAMES;

export const GENDERS = ['', 'female', 'male', 'other'] as const;

export const addressSchema = z.object({
  postalCode: matching(DIGITS_7, 'err_postal'),
  prefecture: z
    .string()
    .refine((v) => v === '' || (PREFECTURES as readonly string[]).includes(v), {
      error: 'err_prefecture',
    })
    .default(''),
  city: text(60),
  town: text(80),
  block: text(60),
  building: text(80),
  buildingName: text(80),
  room: text(20),
  kana: matching(KATAKANA, 'err_kana', 200),
});

const personShape = {
  family: text(50),
  given: text(50),
  familyKana: matching(KATAKANA, 'err_kana', 50),
  givenKana: matching(KATAKANA, 'err_kana', 50),
  familyRomaji: matching(ROMAJI, 'err_romaji', 50),
  givenRomaji: matching(ROMAJI, 'err_romaji', 50),
};

export const householdMemberSchema = z.object({
  name: z.object(personShape),
  relationship: text(20),
  birthDate: date,
  gender: z.enum(GENDERS, { error: 'err_gender' }).default(''),
});

export const providerValuesSchema = z.object({
  customerNumber: matching(CUSTOMER_NUMBER, 'err_customer_number', 30),
  supplyPointId: matching(SUPPLY_POINT_ID, 'err_supply_point_id', 22),
});

export const profileSchema = z
  .object({
    schemaVersion: z.literal(PROFILE_SCHEMA_VERSION).default(PROFILE_SCHEMA_VERSION),
    name: z.object(personShape).prefault({}),
    birthDate: date,
    gender: z.enum(GENDERS, { error: 'err_gender' }).default(''),
    phone: matching(PHONE, 'err_phone'),
    phoneAlt: matching(PHONE, 'err_phone'),
    email: matching(EMAIL, 'err_email', 254),
    oldAddress: addressSchema.prefault({}),
    newAddress: addressSchema.prefault({}),
    move: z
      .object({ date, stopDate: date, startDate: date })
      .prefault({}),
    household: z.array(householdMemberSchema).max(10, { error: 'err_household_max' }).default([]),
    providers: z
      .record(z.string().regex(/^[a-z0-9-]+$/), providerValuesSchema)
      .default({}),
    updatedAt: z.string().default(''),
  })
  .superRefine((p, ctx) => {
    // The user's own calendar day: a birth date entered just after midnight in Japan is today, not
    // tomorrow in UTC.
    const today = localIsoDate();
    if (p.birthDate && p.birthDate > today) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'err_birth_future' });
    }
    if (p.move.stopDate && p.move.startDate && p.move.stopDate > p.move.startDate) {
      ctx.addIssue({ code: 'custom', path: ['move', 'startDate'], message: 'err_start_before_stop' });
    }
  });

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type Address = z.output<typeof addressSchema>;
export type HouseholdMember = z.output<typeof householdMemberSchema>;
export type ProviderValues = z.output<typeof providerValuesSchema>;

export function emptyProfile(): Profile {
  return profileSchema.parse({});
}

export interface ProfileIssue {
  /** Dotted path of the offending value, e.g. `oldAddress.postalCode` or `household.0.name.family`. */
  path: string;
  /** i18n message key. */
  message: string;
}

export type ProfileParseResult =
  | { ok: true; profile: Profile }
  | { ok: false; issues: ProfileIssue[] };

export function parseProfile(input: unknown): ProfileParseResult {
  const result = profileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message.startsWith('err_') ? issue.message : 'err_invalid',
    })),
  };
}

/** True when the user has entered nothing that a fill could use. */
export function isProfileEmpty(p: Profile): boolean {
  const values = [
    ...Object.values(p.name),
    p.birthDate,
    p.phone,
    p.email,
    ...Object.values(p.oldAddress),
    ...Object.values(p.newAddress),
    ...Object.values(p.move),
  ];
  return values.every((v) => v === '') && p.household.length === 0;
}
