import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoProviders } from '../../../providers/demo';
import { realProviders } from '../../../providers';
import { platformProviders } from '../../../providers/platforms';
import { validateProvider, validateProviderTests } from '../../../lib/providers/validate';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { fixtureFile, repoProviderFiles } from '../../../scripts/lib/provider-files';
import { removedIds, validateAll } from '../../../scripts/validate-providers';

// The rules a provider contribution must follow, as failures rather than review comments. What needs
// a real browser (visibility, the fill itself) is checked by `npm run providers:check`.

const { loaded, errors } = await validateAll(repoProviderFiles());

/** Providers whose pages are traps for the security and trust suites (tests/e2e/hostile and
 * tests/e2e/trust.spec.ts assert each page). */
const SECURITY_FIXTURES = new Set(['test-hostile', 'test-trust']);

describe('provider files follow the contributor rules', () => {
  it('every file validates (id = file name, https origins, real dates, no duplicate key and part)', () => {
    expect(errors).toEqual([]);
    expect(loaded.length).toBeGreaterThan(0);
  });

  it('every file is registered, and the registry holds nothing else', () => {
    const registered = [...realProviders, ...demoProviders, ...platformProviders].map((p) => p.id).sort();
    expect(registered).toEqual(loaded.map((l) => l.provider.id).sort());
  });

  it('no id of a removed provider is used again', () => {
    const removed = new Set(removedIds());
    expect(loaded.filter((l) => removed.has(l.provider.id)).map((l) => l.shown)).toEqual([]);
  });

  it('real providers declare https origins only; platform providers none', () => {
    for (const { provider } of loaded.filter((l) => !l.provider.demo)) {
      for (const origin of provider.origins) expect(origin, provider.id).toMatch(/^https:\/\//);
      if (provider.platform) expect(provider.origins, provider.id).toEqual([]);
    }
  });

  for (const item of loaded.filter((l) => !SECURITY_FIXTURES.has(l.provider.id))) {
    const { provider } = item;
    describe(`${provider.id} (${item.shown})`, () => {
      for (const page of provider.pages) {
        it(`page ${page.id} has a test case whose fixture exists and names expected values`, () => {
          const cases = item.tests.filter((t) => t.page === page.id);
          expect(cases.length, `add export const tests = defineTests([{ page: '${page.id}', fixture, values }]) to ${item.shown}`).toBeGreaterThan(0);
          for (const t of cases) {
            expect(existsSync(fixtureFile(item, t.fixture)), t.fixture).toBe(true);
            expect(Object.keys(t.values).length).toBeGreaterThan(0);
          }
        });

        it(`page ${page.id}: every selector matches exactly one element of its fixture`, async () => {
          for (const t of item.tests.filter((c) => c.page === page.id)) {
            const parsed = parseHtml(readFileSync(fixtureFile(item, t.fixture), 'utf8'), (provider.origins[0] ?? 'https://platform.invalid') + page.path);
            try {
              const scope: ParentNode = page.form ? parsed.document.querySelector(page.form) ?? parsed.document : parsed.document;
              if (page.form) expect(parsed.document.querySelectorAll(page.form).length, `form ${page.form}`).toBe(1);
              for (const field of page.fields) {
                const selectors = Array.isArray(field.selector) ? field.selector : [field.selector];
                const hits = selectors.map((s) => Array.from(scope.querySelectorAll(s)));
                const first = hits.find((h) => h.length > 0) ?? [];
                const radioGroup = first.length > 1 && first.every((el) => (el as HTMLInputElement).type === 'radio' && (el as HTMLInputElement).name === (first[0] as HTMLInputElement).name);
                expect(first.length === 1 || radioGroup, `${field.key}${field.part ? ` part ${field.part}` : ''}: ${selectors.join(' | ')} matches ${first.length} element(s) in ${t.fixture}`).toBe(true);
                if (first[0]?.tagName === 'SELECT') expect((first[0] as HTMLSelectElement).options.length, `${field.key}: select without options`).toBeGreaterThan(0);
              }
            } finally {
              await parsed.close();
            }
          }
        });
      }
    });
  }
});

describe('the rules reject what they describe', () => {
  const base = {
    id: 'rule-example',
    label: { ja: '例', en: 'Example' },
    category: 'moving',
    origins: ['https://www.example.co.jp'],
    updated: '2026-11-30',
    pages: [{ id: 'p', path: '/form', title: { ja: '例' }, fields: [{ selector: '#sei', key: 'name.family' }] }],
  };
  const problem = (data: unknown) => {
    try {
      validateProvider(data, 'providers/rule-example.ts');
      return null;
    } catch (err) {
      return (err as Error).message;
    }
  };
  const withPage = (page: object) => ({ ...base, pages: [{ ...base.pages[0], ...page }] });

  it('accepts the example', () => expect(problem(base)).toBeNull());
  it('two fields with one key and part', () =>
    expect(problem(withPage({ fields: [{ selector: '#zip1', key: 'newAddress.postalCode', part: 1 }, { selector: '#zipA', key: 'newAddress.postalCode', part: 1 }] }))).toMatch(/pages\[0\]\.fields\[1\]\.key: fields\[0\] already fills newAddress\.postalCode part 1/));
  it('a trailing slash or an index file in the path', () => {
    expect(problem(withPage({ path: '/moving/' }))).toMatch(/pages\[0\]\.path: write the path without its trailing slash/);
    expect(problem(withPage({ path: '/moving/index.php' }))).toMatch(/pages\[0\]\.path: write the folder/);
  });
  it('class-only, positional and generated selectors', () => {
    expect(problem(withPage({ fields: [{ selector: '.form-control', key: 'name.family' }] }))).toMatch(/needs an id/);
    expect(problem(withPage({ fields: [{ selector: 'input:nth-child(2)', key: 'name.family' }] }))).toMatch(/positional/);
    expect(problem(withPage({ fields: [{ selector: '#ember123', key: 'name.family' }] }))).toMatch(/generated ids/);
  });
  it('an impossible or future verification date', () => {
    expect(problem({ ...base, updated: '2026-02-30' })).toMatch(/updated: must be a real date/);
    expect(problem({ ...base, updated: '2999-01-01' })).toMatch(/updated: must be a real date/);
  });
  it('http origins for a real provider, and a test case naming an unknown page', () => {
    expect(problem({ ...base, origins: ['http://www.example.co.jp'] })).toMatch(/origins\[0\]: real providers must use https/);
    const tests = [{ page: 'nope', fixture: 'tests/fixtures/sites/x/form.html', values: { a: 'b' } }];
    expect(() => validateProviderTests(tests, validateProvider(base, 'providers/rule-example.ts'), 'providers/rule-example.ts')).toThrow(/tests\[0\]\.page: no page "nope"/);
  });
  it('a platform provider with origins', () =>
    expect(problem({ ...base, platform: { name: 'EC-CUBE' }, pages: [{ ...base.pages[0], signature: ['#a', '#b', '#c'] }] })).toMatch(/origins: a platform provider matches by signature/));
});
