import { test } from './fixtures';
import { typedProfileFills } from './journeys/options-entry';
import { UNMAPPED_URL } from './journeys/unmapped-page';

// Journeys shared with the Firefox suite (firefox/options-and-visibility.firefox.spec.ts) that no
// other Chromium spec runs as such; the visibility cases run in trust.spec.ts.

// The fixture sites, a worker fixture started on first use.
test.beforeAll(async ({ sites }) => {
  test.expect(sites).toBeTruthy();
});

test('a profile typed into the options page is stored and fills a page', async ({ driver }) => {
  await typedProfileFills(driver, UNMAPPED_URL);
});
