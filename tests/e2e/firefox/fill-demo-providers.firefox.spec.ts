import { EXPECTED } from '../expected-fills';
import { fillDemoProvider } from '../journeys/demo-providers';
import { test } from './firefox-fixtures';

// The Chromium suite's demo-provider journeys (fill-demo-providers.spec.ts) in Firefox: the same
// journey (journeys/demo-providers.ts), the same pages, exact values and report.

test.describe('firefox: fill the demo providers from the sample profile', () => {
  // Each test starts its own Firefox with a fresh profile (about 40 s on a busy 2-core machine).
  test.describe.configure({ timeout: 150_000 });
  for (const expected of EXPECTED) {
    test(`firefox ${expected.providerId} ${expected.path}`, async ({ driver, sites }) => {
      await fillDemoProvider(driver, sites, expected);
    });
  }
});
