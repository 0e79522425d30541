import { z } from 'zod';
import { GENERATED, hasStableHook, POSITIONAL } from './selector-rules';
import { FORMAT_NAMES, TRAIT_VALUES } from '../formats';
import { FIELD_PARTS, isProfileKey } from '../profile/keys';

// A provider mapping file is pure data. Everything a mapping can say is listed here; anything else
// (functions, unknown keys, wildcard or non-https origins, unknown formats) is rejected.

export const PROVIDER_CATEGORIES = [
  'electricity',
  'gas',
  'water',
  'post',
  'nhk',
  'phone',
  'internet',
  'bank',
  'card',
  'insurance',
  'city',
  'moving',
  'housing',
  'other',
] as const;

function isPastCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== value) return false;
  // A day of slack for time zones: a file written today in Japan is still "today" in UTC-12.
  return date.getTime() <= Date.now() + 86_400_000;
}

const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost):\d{2,5}$/;

function isExactOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.origin === value && !value.includes('*');
}

const origin = z.string().refine(isExactOrigin, {
  error: 'must be an exact origin such as "https://www.example.co.jp" (scheme + host [+ port], no path, no wildcard)',
});

const text = z.object({ ja: z.string().min(1), en: z.string().min(1).optional() }).strict();

// Selectors are plain CSS; positional (:nth-*) and presentational-class selectors break as soon as a
// site restyles, so they are refused outright.
const selector = z
  .string()
  .min(1)
  .max(300)
  .refine((s) => !POSITIONAL.test(s), {
    error: 'positional selectors (:nth-child, :first-of-type…) are not allowed; use name, id or autocomplete',
  })
  .refine(hasStableHook, {
    error: 'each selector needs an id (#x) or an attribute such as [name="x"] / [autocomplete="x"]; class names and tag paths change with every redesign',
  })
  .refine((s) => !GENERATED.test(s), {
    error: 'generated ids (ember123, :r1:, mui-5…) and class attribute matches are not stable; use name or autocomplete',
  });

// Each trait of a field's format on its own (lib/formats/traits.ts); a trait set here wins over the
// named format and over what the fill reads from the page.
function trait<K extends keyof typeof TRAIT_VALUES>(name: K) {
  const values = TRAIT_VALUES[name];
  return z.enum(values, { error: `unknown ${name} trait; one of: ${values.join(', ')}` }).optional();
}

const traitsSchema = z
  .object({
    script: trait('script'),
    width: trait('width'),
    padding: trait('padding'),
    separator: trait('separator'),
    spacing: trait('spacing'),
    calendar: trait('calendar'),
    era: trait('era'),
    firstYear: trait('firstYear'),
    prefecture: trait('prefecture'),
    town: trait('town'),
    block: trait('block'),
    chomeNumerals: trait('chomeNumerals'),
  })
  .strict()
  .refine((t) => Object.keys(t).length > 0, { error: 'traits must set at least one trait' });

export const providerFieldSchema = z
  .object({
    selector: z.union([selector, z.array(selector).min(1).max(5)]),
    key: z.string().refine(isProfileKey, { error: 'unknown profile key (see ../shared/spec/profile-keys.md)' }),
    part: z.literal([...FIELD_PARTS]).optional(),
    format: z.enum(FORMAT_NAMES, { error: 'unknown format (see lib/formats)' }).optional(),
    traits: traitsSchema.optional(),
    label: z.string().optional(),
  })
  .strict();

// The matcher treats "/a/", "/a" and "/a/index.php" as one page (lib/match/match-url.ts); a mapping
// writes the plain form so that two spellings of one page cannot both be registered.
const pagePath = z
  .string()
  .regex(/^\/[^?#*]*$/, { error: 'must be an exact path starting with "/" (no query, no wildcard)' })
  .refine((p) => p === '/' || !p.endsWith('/'), { error: 'write the path without its trailing slash ("/moving", not "/moving/"); both spellings match' })
  .refine((p) => !/\/index\.(?:php|html?)$/.test(p), { error: 'write the folder ("/moving"), not its index file ("/moving/index.php"); both match' });

export const providerPageSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    path: pagePath,
    title: text,
    form: selector.optional(),
    /** Platform providers only: selectors that must each match exactly one element for a page on any
     * https origin to count as this page of the platform (the template's own form names). */
    signature: z.array(selector).min(3).optional(),
    fields: z.array(providerFieldSchema).min(1),
  })
  .strict()
  .superRefine((page, ctx) => {
    const seen = new Map<string, number>();
    page.fields.forEach((f, i) => {
      const slot = `${f.key}${f.part === undefined ? '' : ` part ${f.part}`}`;
      const first = seen.get(slot);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'key'], message: `fields[${first}] already fills ${slot}; two fields cannot share a key and part` });
      } else seen.set(slot, i);
    });
  });

/** Where a test case's page lives: a path in the repository (`tests/fixtures/sites/...`) or, for a
 * provider kept outside it, relative to the provider file (`./page.html`). */
const fixturePath = z
  .string()
  .regex(/^(?:tests\/fixtures\/sites\/|\.\.?\/)[^\0]*\.html?$/, { error: 'must be an .html fixture under tests/fixtures/sites/ (or ./file.html beside the provider file)' })
  .refine((p) => !p.split('/').slice(1).includes('..'), { error: 'must not climb out of its folder with ".."' });

const expectedMiss = z
  .object({
    key: z.string(),
    part: z.literal([...FIELD_PARTS]).optional(),
    outcome: z.enum(['skipped', 'not-found']),
    reason: z.string().optional(),
  })
  .strict();

/** A provider's own test case (the file's `tests` export, kept out of the extension): its page is loaded from the fixture at the provider's origin, filled
 * from the sample profile (lib/demo/sample-profile.ts) and compared. `values` and `untouched` name
 * fields by their `name` attribute (a radio group: the checked value). */
export const providerTestSchema = z
  .object({
    page: z.string(),
    fixture: fixturePath,
    values: z.record(z.string(), z.string()).refine((v) => Object.keys(v).length > 0, { error: 'name at least one expected value' }),
    untouched: z.record(z.string(), z.string()).optional(),
    unchecked: z.array(z.string()).optional(),
    /** Mapped fields the fill must leave alone (by key and part), with the report's outcome and
     * reason; every other mapped field must be reported as filled. */
    notFilled: z.array(expectedMiss).optional(),
  })
  .strict();

const platformSchema = z
  .object({
    /** Shown to the user: 「EC-CUBE 4 のフォームとして認識」. */
    name: z.string().min(1),
  })
  .strict();

export const providerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case (a-z, 0-9, -)' }),
    label: text,
    category: z.enum(PROVIDER_CATEGORIES),
    /** Exact origins; empty for a platform provider, which matches by page signature instead. */
    origins: z.array(origin),
    /** Shop or member software used by many sites (EC-CUBE…): matched by the page's form, on any
     * https origin, and always filled as a guessed fill the user confirms. */
    platform: platformSchema.optional(),
    pages: z.array(providerPageSchema).min(1),
    /** The day a maintainer last checked the mapping against the live page. */
    updated: z.string().refine(isPastCalendarDate, { error: 'must be a real date YYYY-MM-DD, not in the future' }),
    notes: z.string().optional(),
    /** Demo and test providers may use loopback http origins; they never ship in production builds. */
    demo: z.boolean().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.platform && p.origins.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['origins'], message: 'a platform provider matches by signature: leave origins empty' });
    }
    if (!p.platform && p.origins.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['origins'], message: 'name at least one origin (or declare a platform with a signature)' });
    }
    p.pages.forEach((page, i) => {
      if (p.platform && !page.signature) ctx.addIssue({ code: 'custom', path: ['pages', i, 'signature'], message: 'a platform page needs a signature (three or more selectors of the template)' });
      if (!p.platform && page.signature) ctx.addIssue({ code: 'custom', path: ['pages', i, 'signature'], message: 'only platform providers match by signature' });
    });
    p.origins.forEach((o, i) => {
      const ok = o.startsWith('https://') || (p.demo === true && LOOPBACK_ORIGIN.test(o));
      if (!ok) {
        ctx.addIssue({
          code: 'custom',
          path: ['origins', i],
          message: p.demo
            ? 'demo providers may use https or http://127.0.0.1:PORT origins only'
            : 'real providers must use https origins',
        });
      }
    });
    const seen = new Set<string>();
    p.pages.forEach((page, i) => {
      if (seen.has(page.id)) ctx.addIssue({ code: 'custom', path: ['pages', i, 'id'], message: 'duplicate page id' });
      seen.add(page.id);
    });
  });

export type Provider = z.output<typeof providerSchema>;
export type ProviderPage = z.output<typeof providerPageSchema>;
export type ProviderField = z.output<typeof providerFieldSchema>;
export type ProviderTest = z.output<typeof providerTestSchema>;

export const providerTestsSchema = z.array(providerTestSchema);
export type ProviderCategory = (typeof PROVIDER_CATEGORIES)[number];
