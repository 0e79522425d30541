import type { z } from 'zod';
import type { providerSchema } from './schema';

/** Identity helper for provider files: gives the data its type; validation runs in
 * `validateProvider` (build, tests) so that a broken file names itself. */
export function defineProvider<const T extends z.input<typeof providerSchema>>(provider: T): T {
  return provider;
}
