import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

// Where the tests and the demo find a Chromium: $CHROMIUM_PATH (or $CHROME_PATH), then the system's
// chromium / google-chrome, then Playwright's own download if one exists.
const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HELP = [
  'No Chromium found. Install one, or set CHROMIUM_PATH to its executable:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium   (Ubuntu: chromium-browser)',
  '  macOS:          brew install --cask chromium',
  '  Playwright:     npx playwright install chromium',
].join('\n');

export function findChromium(): string | null {
  for (const env of [process.env.CHROMIUM_PATH, process.env.CHROME_PATH]) {
    if (env && existsSync(env)) return env;
  }
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

export function requireChromium(): string {
  const found = findChromium();
  if (!found) {
    console.error(INSTALL_HELP);
    process.exit(2);
  }
  return found;
}

/** The languages the extension's UI comes in (public/_locales). */
export type UiLanguage = 'ja' | 'en';

/** Flags every launch uses: no background traffic, nothing but the extension under test. */
export function chromiumArgs(extensionDir: string, lang: UiLanguage = 'ja'): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--lang=${lang}`,
  ];
}
