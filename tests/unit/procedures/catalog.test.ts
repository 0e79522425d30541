import { describe, expect, it } from 'vitest';
import { catalog } from '../../../lib/procedures/catalog';
import { CatalogValidationError, checkCatalog, validateCatalogModule } from '../../../lib/procedures/validate';
import { selectProcedures } from '../../../lib/procedures/select';
import { demoProviders } from '../../../providers/demo';
import { realProviders } from '../../../providers';
import { catalogModules } from '../../../providers/procedures';
import { demoProcedureLinks } from '../../../providers/procedures/demo-links';
import { withLinks } from '../../../lib/procedures/catalog';

const allProviderIds = new Set([...realProviders, ...demoProviders].map((p) => p.id));

describe('procedure catalog', () => {
  it('every module validates and every provider link resolves to a provider file', () => {
    const modules = catalogModules.map((m) => ({ file: m.file, entries: validateCatalogModule(m.entries, m.file) }));
    expect(() => checkCatalog(modules, allProviderIds)).not.toThrow();
    // The demo build's links, added to their entries, resolve as well.
    const ids = new Set(modules.flatMap((m) => m.entries.map((e) => e.id)));
    expect(Object.keys(demoProcedureLinks).filter((id) => !ids.has(id))).toEqual([]);
    const linked = modules.map((m) => ({ file: m.file, entries: m.entries.map((e) => withLinks(e, demoProcedureLinks[e.id])) }));
    expect(() => checkCatalog(linked, allProviderIds)).not.toThrow();
    const links = linked.flatMap((m) => m.entries.flatMap((e) => e.providers ?? []));
    expect(links).toEqual(expect.arrayContaining(['demo-denki', 'demo-gas', 'demo-suido', 'demo-tenkyo']));
    expect(catalog().find((e) => e.id === 'electricity')!.methods[0]).toBe('online-mapped');
  });

  it('has at least 40 entries for 引越し and a handful each for 結婚 and 出産, some shared', () => {
    const entries = catalog();
    const move = entries.filter((e) => e.purposes.includes('move'));
    const marriage = entries.filter((e) => e.purposes.includes('marriage'));
    const birth = entries.filter((e) => e.purposes.includes('birth'));
    expect(move.length).toBeGreaterThanOrEqual(40);
    expect(marriage.length).toBeGreaterThanOrEqual(5);
    expect(birth.length).toBeGreaterThanOrEqual(5);
    expect(marriage.filter((e) => e.purposes.includes('move')).length).toBeGreaterThan(0);
    expect(birth.filter((e) => e.purposes.includes('move')).length).toBeGreaterThan(0);
  });

  it('gives deadlines a legal basis and official addresses only over https', () => {
    for (const e of catalog()) {
      if (e.due.type === 'deadline') expect(e.due.basis.ja.length).toBeGreaterThan(0);
      if (e.officialUrl) expect(e.officialUrl.startsWith('https://')).toBe(true);
    }
  });

  it('names the file and the path of a bad entry', () => {
    const bad = [{ ...catalogModules[0].entries[0], category: 'weather' }];
    try {
      validateCatalogModule(bad, 'providers/procedures/bad.ts');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CatalogValidationError);
      expect(String((err as Error).message)).toMatch(/providers\/procedures\/bad\.ts[\s\S]*\[0\]\.category/);
    }
    expect(() => validateCatalogModule([{ ...catalogModules[0].entries[0], officialUrl: 'http://example.jp/' }], 'x.ts')).toThrow(/\[0\]\.officialUrl/);
  });

  it('reports a provider link that does not resolve, and duplicate ids', () => {
    const entry = validateCatalogModule([{ ...catalogModules[3].entries[1] }], 'a.ts')[0];
    expect(() => checkCatalog([{ file: 'a.ts', entries: [{ ...entry, providers: ['no-such'] }] }], allProviderIds)).toThrow(/\[0\]\.providers\[0\]: no provider file providers\/no-such\.ts/);
    expect(() => checkCatalog([{ file: 'a.ts', entries: [entry] }, { file: 'b.ts', entries: [entry] }], allProviderIds)).toThrow(/duplicate id/);
  });
});

describe('purpose selection', () => {
  const entries = catalog();
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

  it('moving to another city: 転出届 and 転入届, not 転居届', () => {
    const got = ids(selectProcedures(entries, 'move', { otherCity: true }));
    expect(got).toEqual(expect.arrayContaining(['tenshutsu', 'tennyu']));
    expect(got).not.toContain('tenkyo');
  });

  it('moving within the city: 転居届 only', () => {
    const got = ids(selectProcedures(entries, 'move', { otherCity: false }));
    expect(got).toContain('tenkyo');
    expect(got).not.toContain('tennyu');
  });

  it('children and car questions add and remove entries', () => {
    const without = ids(selectProcedures(entries, 'move', { children: false, car: false }));
    const withBoth = ids(selectProcedures(entries, 'move', { children: true, car: true }));
    expect(without).not.toContain('school-transfer');
    expect(without).not.toContain('garage-certificate');
    expect(withBoth).toEqual(expect.arrayContaining(['school-transfer', 'garage-certificate', 'car-registration']));
  });

  it('other purposes select their own entries and the shared ones', () => {
    const marriage = ids(selectProcedures(entries, 'marriage', {}));
    expect(marriage).toEqual(expect.arrayContaining(['marriage-registration', 'bank', 'driver-license']));
    expect(marriage).not.toContain('tennyu');
    const birth = ids(selectProcedures(entries, 'birth', { children: true }));
    expect(birth).toEqual(expect.arrayContaining(['birth-registration', 'child-allowance']));
  });
});
