import { z } from 'zod';

// Every message the extension's own pages send to the background. The background validates each
// one and answers only senders that are pages of this extension (never content or page scripts).

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-status'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('fill'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('last-report'), tabId: z.number().int().nonnegative() }),
]);

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
    }
  | { kind: 'none'; origin: string }
  | { kind: 'unsupported' };
