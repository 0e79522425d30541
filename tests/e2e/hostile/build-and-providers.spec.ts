import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
import type * as Validate from '../../../lib/providers/validate';

// lib/providers/validate pulls in lib/formats, which imports a JSON file without an import attribute;
// Node's ESM loader (used by Playwright) refuses that, so the module is loaded through tsx, as
// scripts/validate-providers.ts is at build time.
const { ProviderValidationError, validateProvider } = (await tsImport('../../../lib/providers/validate.ts', import.meta.url)) as typeof Validate;

// What ships and what a provider file may contain. These tests read files only; no browser.

const PRODUCTION = resolve('.output/chrome-mv3');

function productionManifest(): Record<string, unknown> {
  const file = join(PRODUCTION, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first (it builds the production extension into .output/chrome-mv3).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

test('12 the production manifest requests no host permissions, no <all_urls>, no externally_connectable, exposes no UI to the web and has a CSP without unsafe-eval', () => {
  const manifest = productionManifest();
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
  for (const key of ['host_permissions', 'optional_host_permissions', 'optional_permissions', 'externally_connectable', 'content_scripts']) {
    expect(manifest, key).not.toHaveProperty(key);
  }
  const text = JSON.stringify(manifest);
  expect(text).not.toContain('<all_urls>');
  expect(text).not.toContain('://'); // no URL or match pattern anywhere
  expect(text).not.toContain('127.0.0.1');

  // The extension's UI pages exist, and none of them (nor anything else) is reachable from web pages.
  expect(existsSync(join(PRODUCTION, 'popup.html'))).toBe(true);
  expect(existsSync(join(PRODUCTION, 'options.html'))).toBe(true);
  const war = (manifest.web_accessible_resources ?? []) as { resources?: string[] }[];
  expect(war.flatMap((entry) => entry.resources ?? []), 'web_accessible_resources').toEqual([]);

  const csp = manifest.content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
  expect(csp?.extension_pages).toBeTruthy();
  for (const policy of [csp?.extension_pages, csp?.sandbox].filter((p): p is string => !!p)) {
    const directives = Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(directives['script-src'], policy).toEqual(["'self'"]);
    const sources = Object.values(directives).flat();
    expect(sources, policy).not.toContain("'unsafe-eval'");
    expect(sources, policy).not.toContain("'unsafe-inline'");
  }
});

test('12b the production build carries neither the hostile-test provider nor its origins', () => {
  productionManifest();
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const bundle = files(PRODUCTION).filter((f) => /\.(js|html|json)$/.test(f) && !f.includes('_locales'));
  expect(bundle.some((f) => f.endsWith('background.js'))).toBe(true);
  for (const file of bundle) {
    const text = readFileSync(file, 'utf8');
    for (const needle of ['test-hostile', '27820', '27821', 'テスト用 攻撃的なページ']) expect(text.includes(needle), `${needle} in ${file}`).toBe(false);
  }
  // …while the demo build, which the end-to-end tests load, does carry it.
  const demoBackground = resolve('.output/chrome-mv3-demo/background.js');
  if (existsSync(demoBackground)) expect(readFileSync(demoBackground, 'utf8')).toContain('test-hostile');
});

// A valid real provider file; each test breaks one thing in a copy.
const FILE = 'providers/example-denki.ts';

function provider(): Record<string, any> {
  return {
    id: 'example-denki',
    label: { ja: '例でんき（お引越し）' },
    category: 'electricity',
    origins: ['https://www.example.co.jp'],
    updated: '2026-11-27',
    pages: [
      {
        id: 'move-out',
        path: '/moving/step1',
        title: { ja: '1/2 現在のご住所' },
        form: 'form#moveOutForm',
        fields: [
          { selector: '#sei', key: 'name.family' },
          { selector: '#tel', key: 'phone', format: 'phoneHyphen' },
        ],
      },
    ],
  };
}

/** The validation error for `data`, asserting it names the file and each expected path. */
function expectRejected(data: unknown, file: string, problems: { path: string; message: string | RegExp }[]): void {
  let error: unknown;
  try {
    validateProvider(data, file);
  } catch (err) {
    error = err;
  }
  expect(error, 'validation must fail').toBeInstanceOf(ProviderValidationError);
  const e = error as Validate.ProviderValidationError;
  expect(e.file).toBe(file);
  expect(e.message).toContain(file);
  for (const p of problems) {
    const found = e.problems.find((q) => q.path === p.path);
    expect(found, `a problem at ${p.path} in ${JSON.stringify(e.problems)}`).toBeTruthy();
    if (typeof p.message === 'string') expect(found!.message).toBe(p.message);
    else expect(found!.message).toMatch(p.message);
    expect(e.message).toContain(`at ${p.path}: `);
  }
}

test.describe('13 a provider file with code, a wildcard or non-https origin, or an unknown format fails validation naming the file and path', () => {
  test('13 control: the unbroken provider file is valid', () => {
    expect(validateProvider(provider(), FILE).id).toBe('example-denki');
  });

  test('13a code: a function anywhere in the file', () => {
    const asValue = provider();
    asValue.pages[0].fields[1].format = () => 'phoneHyphen';
    expectRejected(asValue, FILE, [{ path: 'pages[0].fields[1].format', message: /provider files are data only: functions/ }]);

    const extraKey = provider();
    extraKey.pages[0].fields[0].transform = (v: string) => v.toUpperCase();
    expectRejected(extraKey, FILE, [{ path: 'pages[0].fields[0].transform', message: /functions, getters and setters are not allowed/ }]);

    const method = provider();
    method.match = function match(url: string) {
      return url.includes('example');
    };
    expectRejected(method, FILE, [{ path: 'match', message: /functions, getters and setters are not allowed/ }]);
  });

  test('13b code: a getter that computes a value when read', () => {
    // The registry (providers/index.ts) uses the module's own object, not the validated copy: a getter
    // can show validation one value and the running extension another.
    const data = provider();
    let reads = 0;
    Object.defineProperty(data, 'origins', {
      enumerable: true,
      get() {
        reads += 1;
        return reads <= 2 ? ['https://www.example.co.jp'] : ['https://evil.test'];
      },
    });
    expectRejected(data, FILE, [{ path: 'origins', message: /data only/ }]);
  });

  test('13c a wildcard origin or path', () => {
    for (const origin of ['https://*.example.co.jp', 'https://www.example.co.jp/*', '*://www.example.co.jp', 'https://www.example.co.jp/moving']) {
      const data = provider();
      data.origins = [origin];
      expectRejected(data, FILE, [{ path: 'origins[0]', message: /exact origin/ }]);
    }
    const path = provider();
    path.pages[0].path = '/moving/*';
    expectRejected(path, FILE, [{ path: 'pages[0].path', message: /exact path/ }]);
  });

  test('13d a non-https origin', () => {
    const real = provider();
    real.origins = ['https://www.example.co.jp', 'http://www.example.co.jp'];
    expectRejected(real, FILE, [{ path: 'origins[1]', message: 'real providers must use https origins' }]);

    // Demo providers may use loopback http, nothing else.
    const demo = { ...provider(), id: 'demo-evil', demo: true, origins: ['http://evil.test:8080'] };
    expectRejected(demo, 'providers/demo/demo-evil.ts', [{ path: 'origins[0]', message: 'demo providers may use https or http://127.0.0.1:PORT origins only' }]);

    for (const origin of ['ftp://www.example.co.jp', 'ws://www.example.co.jp', 'chrome-extension://abcdefghijklmnop']) {
      const data = provider();
      data.origins = [origin];
      expectRejected(data, FILE, [{ path: 'origins[0]', message: /./ }]);
    }
  });

  test('13e an unknown format', () => {
    const data = provider();
    data.pages[0].fields[1].format = 'eval';
    expectRejected(data, FILE, [{ path: 'pages[0].fields[1].format', message: 'unknown format (see lib/formats)' }]);
  });
});
