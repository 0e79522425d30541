import { guessedFillOnUnmappedPage } from '../journeys/unmapped-page';
import { test } from './firefox-fixtures';

// The guessed fill of fill-unmapped-page.spec.ts in Firefox (journeys/unmapped-page.ts): on a page no
// provider file maps, only what the user confirms is filled.

test.describe('firefox: a page without a mapping', () => {
  test.describe.configure({ timeout: 150_000 });

  test('firefox: the guessed fill writes only the confirmed fields', async ({ driver, sites }) => {
    await guessedFillOnUnmappedPage(driver, sites);
  });
});
