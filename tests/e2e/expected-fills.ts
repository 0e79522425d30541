// What each demo page must hold after a fill with the sample profile (lib/demo/sample-profile.ts):
// read from the test cases each provider file carries (`tests`), so that `npm run providers:check`
// and the end-to-end tests through the extension hold the same expectations.

import { demoProviders } from '../../providers/demo';
import { tests as denkiTests } from '../../providers/demo/demo-denki';
import { tests as gasTests } from '../../providers/demo/demo-gas';
import { tests as suidoTests } from '../../providers/demo/demo-suido';
import { tests as tenkyoTests } from '../../providers/demo/demo-tenkyo';
import type { ProviderTest } from '../../lib/providers/schema';

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
const TESTS: Record<string, readonly ProviderTest[]> = {
  'demo-denki': denkiTests,
  'demo-gas': gasTests,
  'demo-suido': suidoTests,
  'demo-tenkyo': tenkyoTests,
};

export const EXPECTED: PageExpectation[] = demoProviders
  .filter((p) => TESTS[p.id])
  .flatMap((provider) =>
    TESTS[provider.id].map((t) => {
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
