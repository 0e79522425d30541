import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// The production builds (npm run build) carry nothing of the demo or the tests: no loopback
// origins, no demo providers, no sample data, no test hooks, and only the permissions a fill needs.

const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((b) => resolve('.output', b));
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
// Loopback as an origin; the bare word "localhost" is legitimately in the bundle (reserved names that
// are never look-alikes, and http://localhost counted as a secure page).
const FORBIDDEN_IN_BUNDLE = ['127.0.0.1', '//localhost', 'demo-denki', 'demo-gas', 'demo-suido', 'demo-tenkyo', 'デモ郵便', 'test-hostile', 'tetsuzukiPadDemo', 'サンプルマンション', 'hanako.yamada', 'get("tabId")'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const dir of BUILDS) {
  test.describe(`production build ${dir.split('/').pop()}`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

    test('requests only activeTab, scripting and storage', () => {
      expect(manifest.permissions).toEqual(ALLOWED_PERMISSIONS);
      expect(manifest).not.toHaveProperty('host_permissions');
      expect(manifest).not.toHaveProperty('optional_host_permissions');
      expect(manifest).not.toHaveProperty('content_scripts');
      expect(manifest).not.toHaveProperty('externally_connectable');
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
      expect(JSON.stringify(manifest)).not.toContain('*://');
    });

    test('has a CSP without unsafe-eval and Japanese as the default locale', () => {
      const csp = JSON.stringify(manifest.content_security_policy ?? '');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toContain('unsafe-inline');
      expect(manifest.default_locale).toBe('ja');
    });

    test('contains no demo provider, sample data, loopback origin or test hook', () => {
      const scripts = files(dir).filter((f) => /\.(js|html|json)$/.test(f) && !f.includes('_locales'));
      expect(scripts.length).toBeGreaterThan(3);
      for (const file of scripts) {
        const text = readFileSync(file, 'utf8');
        for (const needle of FORBIDDEN_IN_BUNDLE) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
      }
    });
  });
}

test('the demo build is the one with the demo providers and the loopback permission', () => {
  const dir = resolve('.output/chrome-mv3-demo');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://*.localhost/*', 'https://shop.example/*']);
  const background = readFileSync(join(dir, 'background.js'), 'utf8');
  expect(background).toContain('demo-denki');
});
