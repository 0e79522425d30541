import { toolbarJourney } from '../journeys/toolbar';
import { FIREFOX_PRODUCTION_DIR, test } from './firefox-fixtures';

// The Chromium journey of toolbar-production.spec.ts in Firefox: the production build (no host
// permission, activeTab only) driven through the real toolbar button.

test.use({ firefoxExtensionDir: FIREFOX_PRODUCTION_DIR });

test('firefox production build: the toolbar button grants the page, opens the popup for it, and the guessed fill works after confirmation', async ({ driver, sites }) => {
  test.setTimeout(150_000);
  await toolbarJourney(driver, sites);
});
