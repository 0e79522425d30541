import { describe, expect, it } from 'vitest';
import { providers } from '../../../providers';
import { demoProviders } from '../../../providers/demo';
import { ProviderValidationError, validateProvider } from '../../../lib/providers/validate';

// Every provider file of the demo folder, as the build's validator sees them.
const demoFiles = import.meta.glob<{ default: unknown }>(['../../../providers/demo/*.ts', '!../../../providers/demo/index.ts'], {
  eager: true,
});

function repoPath(globKey: string): string {
  return globKey.replace(/^(\.\.\/)+/, '');
}

type Data = Record<string, any>;

/** A small, valid, real (https) provider that each case breaks in one place. */
function provider(id = 'broken'): Data {
  return {
    id,
    label: { ja: 'テスト電力' },
    category: 'electricity',
    origins: ['https://www.example.co.jp'],
    updated: '2026-01-01',
    pages: [
      {
        id: 'apply',
        path: '/apply',
        title: { ja: 'お申し込み' },
        form: 'form#apply',
        fields: [
          { selector: '#sei', key: 'name.family' },
          { selector: '#mei', key: 'name.given' },
          { selector: '#tel', key: 'phone' },
        ],
      },
    ],
  };
}

function validationError(data: unknown, file: string): ProviderValidationError {
  try {
    validateProvider(data, file);
  } catch (err) {
    if (err instanceof ProviderValidationError) return err;
    throw err;
  }
  throw new Error(`expected ${file} to be rejected`);
}

describe('demo provider files', () => {
  const entries = Object.entries(demoFiles);

  it('finds the demo files, the three original ones among them', () => {
    expect(entries.map(([key]) => repoPath(key))).toEqual(
      expect.arrayContaining(['providers/demo/demo-denki.ts', 'providers/demo/demo-gas.ts', 'providers/demo/demo-suido.ts']),
    );
  });

  it.each(entries.map(([key, mod]) => [repoPath(key), mod.default] as const))('%s validates', (file, data) => {
    const parsed = validateProvider(data, file);
    expect(parsed.id).toBe(file.split('/').pop()!.replace(/\.ts$/, ''));
    expect(parsed.demo).toBe(true);
    expect(parsed.pages.length).toBeGreaterThan(0);
  });

  it('the synthetic base provider used below is itself valid', () => {
    expect(validateProvider(provider(), 'providers/broken.ts').id).toBe('broken');
  });
});

describe('broken provider data names the file and the path inside it', () => {
  it.each<[string, (p: Data) => void, string, RegExp]>([
    ['an unknown profile key', (p) => { p.pages[0].fields[2].key = 'phone.mobile'; }, 'pages[0].fields[2].key', /unknown profile key/],
    ['an unknown household key', (p) => { p.pages[0].fields[0].key = 'household[0].email'; }, 'pages[0].fields[0].key', /unknown profile key/],
    ['an unknown format', (p) => { p.pages[0].fields[1].format = 'dateKanji'; }, 'pages[0].fields[1].format', /unknown format/],
    ['an unknown part', (p) => { p.pages[0].fields[2].part = 4; }, 'pages[0].fields[2].part', /./],
    ['an http origin on a real provider', (p) => { p.origins = ['http://www.example.co.jp']; }, 'origins[0]', /https/],
    ['a loopback origin on a real provider', (p) => { p.origins = ['https://www.example.co.jp', 'http://127.0.0.1:27811']; }, 'origins[1]', /https/],
    ['a wildcard origin', (p) => { p.origins = ['https://*.example.jp']; }, 'origins[0]', /exact origin/],
    ['an origin with a path', (p) => { p.origins = ['https://www.example.co.jp/moving']; }, 'origins[0]', /exact origin/],
    ['an origin with a trailing slash', (p) => { p.origins = ['https://www.example.co.jp/']; }, 'origins[0]', /exact origin/],
    ['an origin with credentials', (p) => { p.origins = ['https://user@www.example.co.jp']; }, 'origins[0]', /exact origin/],
    ['an origin in upper case', (p) => { p.origins = ['https://WWW.EXAMPLE.CO.JP']; }, 'origins[0]', /exact origin/],
    ['a :nth-child selector', (p) => { p.pages[0].fields[0].selector = 'tr:nth-child(2) input'; }, 'pages[0].fields[0].selector', /positional/],
    ['a :first-of-type selector in a list', (p) => { p.pages[0].fields[1].selector = ['#mei', 'td input:first-of-type']; }, 'pages[0].fields[1].selector[1]', /positional/],
    ['a positional form selector', (p) => { p.pages[0].form = 'form:nth-of-type(2)'; }, 'pages[0].form', /positional/],
    ['a page path with a query', (p) => { p.pages[0].path = '/apply?step=1'; }, 'pages[0].path', /exact path/],
    ['a page path with a wildcard', (p) => { p.pages[0].path = '/apply/*'; }, 'pages[0].path', /exact path/],
    ['a duplicate page id', (p) => { p.pages.push({ ...structuredClone(p.pages[0]), path: '/confirm' }); }, 'pages[1].id', /duplicate page id/],
    ['an extra property on a field', (p) => { p.pages[0].fields[0].value = '山田'; }, 'pages[0].fields[0]', /Unrecognized key: "value"/],
    ['an extra property on a page', (p) => { p.pages[0].script = 'alert(1)'; }, 'pages[0]', /Unrecognized key: "script"/],
    ['an extra property on the provider', (p) => { p.onFill = 'x'; }, '(root)', /Unrecognized key: "onFill"/],
    ['a non-kebab-case id', (p) => { p.id = 'Broken_Provider'; }, 'id', /kebab-case/],
    ['an updated date in another shape', (p) => { p.updated = '2026/01/01'; }, 'updated', /YYYY-MM-DD/],
    ['an unknown category', (p) => { p.category = 'electric'; }, 'category', /./],
  ])('%s', (_label, breakIt, path, message) => {
    const data = provider();
    breakIt(data);
    const error = validationError(data, 'providers/broken.ts');
    expect(error.file).toBe('providers/broken.ts');
    expect(error.message).toContain('providers/broken.ts');
    expect(error.message).toContain(`at ${path}: `);
    const problem = error.problems.find((p) => (p.path || '(root)') === path);
    expect(problem?.message).toMatch(message);
  });

  it('a function inside the data, at its path', () => {
    const data = provider();
    data.pages[0].fields[2].label = () => '電話番号';
    const error = validationError(data, 'providers/demo/broken.ts');
    expect(error.message).toContain('providers/demo/broken.ts');
    expect(error.message).toContain('at pages[0].fields[2].label: ');
    expect(error.message).toMatch(/data only: functions, getters and setters are not allowed/);
  });

  it('a getter is refused without being run', () => {
    const data = provider();
    let reads = 0;
    Object.defineProperty(data, 'origins', {
      enumerable: true,
      get: () => (++reads > 2 ? ['https://evil.test'] : ['https://www.example.co.jp']),
    });
    const error = validationError(data, 'providers/broken.ts');
    expect(error.message).toContain('at origins: provider files are data only');
    expect(reads).toBe(0);
  });

  it('a function as a selector in a list', () => {
    const data = provider();
    data.pages[0].fields[0].selector = ['#sei', () => '#sei2'];
    expect(validationError(data, 'providers/broken.ts').message).toContain('at pages[0].fields[0].selector[1]: ');
  });

  it('an id that differs from the file name', () => {
    const error = validationError(provider('demo-denki'), 'providers/demo/broken.ts');
    expect(error.problems).toEqual([{ path: 'id', message: expect.stringContaining('"broken"') }]);
    expect(error.message).toContain('providers/demo/broken.ts');
  });

  it('a demo provider on a non-loopback http origin', () => {
    const data = { ...provider(), demo: true, origins: ['http://demo.example.test:8080'] };
    const error = validationError(data, 'providers/demo/broken.ts');
    expect(error.message).toContain('at origins[0]: ');
    expect(error.message).toMatch(/127\.0\.0\.1/);
  });

  it('accepts a loopback http origin only on a demo provider', () => {
    const data = { ...provider(), demo: true, origins: ['http://127.0.0.1:27811', 'http://localhost:27811'] };
    expect(validateProvider(data, 'providers/demo/broken.ts').origins).toHaveLength(2);
  });
});

describe('provider registry (test mode)', () => {
  it('runs in test mode', () => {
    expect(import.meta.env.MODE).toBe('test');
  });

  it('holds the three demo providers with unique ids', () => {
    const ids = providers.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['demo-denki', 'demo-gas', 'demo-suido']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('registers every demo file', () => {
    const fromFiles = Object.values(demoFiles).map((m) => (m.default as { id: string }).id).sort();
    expect(demoProviders.map((p) => p.id).sort()).toEqual(fromFiles);
  });

  it('has no two providers claiming the same origin and path', () => {
    const seen = new Set<string>();
    for (const p of providers) {
      for (const origin of p.origins) {
        for (const page of p.pages) {
          const where = origin + page.path;
          expect(seen.has(where), where).toBe(false);
          seen.add(where);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});
