import { z } from 'zod';
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
  'other',
] as const;

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
  .refine((s) => !/:nth-(child|of-type|last-child|last-of-type)|:(first|last|only)-(child|of-type)/.test(s), {
    error: 'positional selectors (:nth-child, :first-of-type…) are not allowed; use name, id or autocomplete',
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

export const providerPageSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    path: z.string().regex(/^\/[^?#*]*$/, { error: 'must be an exact path starting with "/" (no query, no wildcard)' }),
    title: text,
    form: selector.optional(),
    fields: z.array(providerFieldSchema).min(1),
  })
  .strict();

export const providerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case (a-z, 0-9, -)' }),
    label: text,
    category: z.enum(PROVIDER_CATEGORIES),
    origins: z.array(origin).min(1),
    pages: z.array(providerPageSchema).min(1),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' }),
    notes: z.string().optional(),
    /** Demo and test providers may use loopback http origins; they never ship in production builds. */
    demo: z.boolean().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
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
export type ProviderCategory = (typeof PROVIDER_CATEGORIES)[number];
