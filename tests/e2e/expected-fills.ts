// What each demo page must hold after a fill with the sample profile (lib/demo/sample-profile.ts):
// read from the test cases each provider file carries (`tests`), so that `npm run providers:check`
// and the end-to-end tests through the extension hold the same expectations.

import { demoProviders } from '../../providers/demo';

export interface PageExpectation {
  providerId: string;
  path: string;
  port: number;
  /** name attribute → exact value after the fill ('' = empty). Radios: the checked value. */
  values: Record<string, string>;
  /** Fields that must keep their initial state (unmapped, hidden, disabled). */
  untouched: Record<string, string>;
  unchecked?: string[];
  /** Report outcome per provider field key/part, in mapping order. */
  outcomes: { key: string; outcome: 'filled' | 'skipped' | 'not-found'; reason?: string }[];
}

/** The demo providers a person would try (test-only and benchmark providers have suites of their own). */
export const EXPECTED: PageExpectation[] = demoProviders
  .filter((p) => !/^(test|bench)-/.test(p.id))
  .flatMap((provider) =>
    (provider.tests ?? []).map((t) => {
      const page = provider.pages.find((pg) => pg.id === t.page)!;
      return {
        providerId: provider.id,
        path: page.path,
        port: Number(new URL(provider.origins[0]).port),
        values: t.values,
        untouched: t.untouched ?? {},
        ...(t.unchecked ? { unchecked: t.unchecked } : {}),
        outcomes: page.fields.map((f) => {
          const miss = t.notFilled?.find((m) => m.key === f.key && m.part === f.part);
          return miss ? { key: f.key, outcome: miss.outcome, ...(miss.reason ? { reason: miss.reason } : {}) } : { key: f.key, outcome: 'filled' as const };
        }),
      };
    }),
  );
