import { typedProfileFills } from '../journeys/options-entry';
import { UNMAPPED_URL } from '../journeys/unmapped-page';
import { visibilityAsTheEyeSeesIt } from '../journeys/visibility';
import { test } from './firefox-fixtures';

// Profile entry with typed keys and the visibility cases of trust.spec.ts, in Firefox, on the journeys
// the Chromium suite runs too (journeys-shared.spec.ts).

test.describe('firefox: options entry and visibility', () => {
  test.describe.configure({ timeout: 150_000 });
  // The fixture sites, a worker fixture started on first use.
  test.beforeAll(async ({ sites }) => {
    test.expect(sites).toBeTruthy();
  });

  test('firefox: a profile typed into the options page is stored and fills a page', async ({ driver }) => {
    await typedProfileFills(driver, UNMAPPED_URL);
  });

  test('firefox: fields nobody sees are skipped, their controls filled', async ({ driver }) => {
    await visibilityAsTheEyeSeesIt(driver);
  });
});
