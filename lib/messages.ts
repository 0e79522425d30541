import { z } from 'zod';
import { FIELD_PARTS, isProfileKey, type FieldPart } from './profile/keys';
import type { SkipReason } from './plan/types';

// Every message the extension's own pages send to the background. The background validates each
// one and answers only senders that are pages of this extension (never content or page scripts).

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-status'), tabId: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('fill'),
    tabId: z.number().int().nonnegative(),
    /** The origin the popup showed; a tab that is elsewhere by now gets nothing. */
    origin: z.string().max(300).optional(),
    overwrite: z.array(z.string().max(20)).max(300).optional(),
  }),
  z.object({ type: z.literal('last-report'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('recognise'), tabId: z.number().int().nonnegative(), origin: z.string().max(300).optional() }),
  z.object({
    type: z.literal('fill-guessed'),
    tabId: z.number().int().nonnegative(),
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
]);

export type GuessChoice = Extract<Request, { type: 'fill-guessed' }>['fields'][number];

/** One recognised field as the popup shows it: label, key, and the value it would get. */
export interface GuessedField {
  selector: string;
  label: string;
  key: string | null;
  part?: FieldPart;
  confidence: number;
  /** The key comes from the user's earlier correction on this page. */
  remembered: boolean;
  /** What would be written (shown to the user only), or null. */
  preview: string | null;
  skip?: SkipReason;
}

export interface GuessPreview {
  title: string;
  fields: GuessedField[];
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

export type Request = z.infer<typeof requestSchema>;

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
  | { kind: 'none'; origin: string; site: SiteIdentity }
  | { kind: 'unsupported' };
