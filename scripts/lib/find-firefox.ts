import { existsSync } from 'node:fs';

// Where the tests find a Firefox: $FIREFOX_PATH, then the system's firefox-esr / firefox.
// WebDriver BiDi with extension install needs Firefox 128 or later; Debian bookworm's security
// suite ships firefox-esr 153.
const SYSTEM_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const FIREFOX_INSTALL_HELP = [
  'No Firefox found. Install one, or set FIREFOX_PATH to its executable:',
  '  Debian:   sudo apt-get install -y firefox-esr firefox-esr-l10n-ja   (bookworm-security has 153 ESR)',
  '  Ubuntu:   sudo apt-get install -y firefox firefox-locale-ja',
  '  macOS:    brew install --cask firefox',
].join('\n');

export function findFirefox(): string | null {
  const env = process.env.FIREFOX_PATH;
  if (env && existsSync(env)) return env;
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return candidate;
  return null;
}
