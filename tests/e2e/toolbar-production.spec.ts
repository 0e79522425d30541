import { PRODUCTION_EXTENSION_DIR, test } from './fixtures';
import { toolbarJourney } from './journeys/toolbar';

// What users install: the production build (no host permission, activeTab only), driven through the
// real toolbar button. The same journey runs in Firefox (firefox/toolbar-production.firefox.spec.ts).

test.use({ extensionDir: PRODUCTION_EXTENSION_DIR });

test('chromium production build: the toolbar button grants the page, opens the popup for it, and the guessed fill works after confirmation', async ({ driver, sites }) => {
  await toolbarJourney(driver, sites);
});
