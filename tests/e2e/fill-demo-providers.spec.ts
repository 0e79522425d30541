import { EXPECTED } from './expected-fills';
import { test } from './fixtures';
import { fillDemoProvider } from './journeys/demo-providers';

// The demo providers filled from the sample profile: the journey is journeys/demo-providers.ts, shared
// with firefox/fill-demo-providers.firefox.spec.ts.

test.describe('fill the demo providers from the sample profile', () => {
  for (const expected of EXPECTED) {
    test(`${expected.providerId} ${expected.path}`, async ({ driver, sites }) => {
      await fillDemoProvider(driver, sites, expected);
    });
  }
});
