import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no UI language; the extension's default is Japanese.
  fakeBrowser.i18n.getUILanguage = () => 'ja';
});
