import type { z } from 'zod';
import type { providerSchema, providerTestSchema } from './schema';

/** Identity helper for provider files: gives the data its type; validation runs in
 * `validateProvider` (build, tests) so that a broken file names itself. */
export function defineProvider<const T extends z.input<typeof providerSchema>>(provider: T): T {
  return provider;
}

/** Identity helper for a provider file's `tests` export: expected fills of its pages from the sample
 * profile. A separate export, so that no test value ends up in the extension's bundle. */
export function defineTests<const T extends z.input<typeof providerTestSchema>[]>(tests: T): T {
  return tests;
}
