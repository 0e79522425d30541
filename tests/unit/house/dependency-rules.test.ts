import { describe, expect, it } from 'vitest';
import { importsOf, layerViolations, LAYERS, packagesLoadedAtStart, readGraph, staticImportsOf, type ImportGraph } from './import-graph';

const ROOT = process.cwd();

describe('layers of the source tree', () => {
  const { graph, packages } = readGraph(ROOT);

  it('reads the whole tree (a control: the graph is not empty and has edges in every layer)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('lib/vault/profile-store.ts')).toContain('lib/storage/db.ts');
    expect(graph.get('lib/dom/agent.ts')).toContain('lib/dom/collect.ts');
    expect(graph.get('lib/plan/build-plan.ts')).toContain('lib/formats/index.ts');
  });

  it('holds on the tree', () => {
    expect(layerViolations(graph, packages)).toEqual([]);
  });

  it('fails on a deliberately wrong import: the vault importing the UI', () => {
    // The import lib/vault/migrate-v0.ts once had.
    const wrong = new Map(graph).set('lib/vault/migrate-v0.ts', [...graph.get('lib/vault/migrate-v0.ts')!, ...importsOf(ROOT, 'lib/vault/migrate-v0.ts', "import { setPath } from '../ui/profile-editor';")]);
    expect(layerViolations(wrong)).toEqual(['lib/vault/migrate-v0.ts → lib/ui/profile-editor.tsx: lib/vault may not import lib/ui (a higher layer)']);
  });

  it('fails when the page agent imports the profile, directly or through a helper', () => {
    const direct: ImportGraph = new Map(graph).set('lib/dom/collect.ts', [...graph.get('lib/dom/collect.ts')!, 'lib/profile/schema.ts']);
    expect(layerViolations(direct)).toContain('lib/dom/collect.ts → lib/profile/schema.ts: the page agent never imports the profile');
    const through: ImportGraph = new Map(graph).set('lib/recognise/index.ts', [...graph.get('lib/recognise/index.ts')!, 'lib/profile/schema.ts']);
    expect(layerViolations(through)).toContain('lib/dom/recognise-page.ts ⇢ lib/profile/schema.ts: the page agent never reaches the profile or its storage');
  });

  it('fails when a pure vault module reaches for storage or the browser', () => {
    const wrong: ImportGraph = new Map(graph).set('lib/vault/crypto.ts', ['lib/vault/session-key.ts']);
    const packaged = new Map(packages).set('lib/vault/crypto.ts', ['zod', 'wxt/browser']);
    expect(layerViolations(wrong, packaged)).toEqual([
      "lib/vault/crypto.ts → lib/vault/session-key.ts: the vault's pure modules import no repository or service",
      'lib/vault/crypto.ts → wxt/browser: the vault\'s pure modules use no browser storage',
    ]);
  });

  it('fails on a lower layer importing a higher one anywhere, and on a folder in no layer', () => {
    expect(layerViolations(new Map([['lib/formats/kana.ts', ['lib/profile/keys.ts']]]))).toEqual([
      'lib/formats/kana.ts → lib/profile/keys.ts: lib/formats may not import lib/profile (a higher layer)',
    ]);
    expect(layerViolations(new Map([['lib/recorder/pick.ts', []]]))[0]).toMatch(/in no layer/);
    expect(LAYERS.indexOf('lib/ui')).toBe(LAYERS.length - 2);
  });
});

// The popup is usable within 100 ms of opening only if its first view runs without evaluating zod or
// opening IndexedDB (tens of milliseconds each): those load after the first view (dynamic imports).
describe('what the popup loads before its first view', () => {
  const heavy = ['zod', 'idb'];

  it.each(['entrypoints/popup/main.tsx', 'entrypoints/popup/app.tsx'])('%s loads neither zod nor IndexedDB', (entry) => {
    const loaded = packagesLoadedAtStart(ROOT, entry);
    expect(loaded.has('wxt/browser')).toBe(true);
    const offenders = heavy.filter((name) => loaded.has(name)).map((name) => `${name}: ${loaded.get(name)!.join(' → ')}`);
    expect(offenders).toEqual([]);
  });

  it('is read without type-only imports and dynamic imports, and finds a heavy package when one is loaded (a control)', () => {
    const read = staticImportsOf(
      ROOT,
      'lib/ui/x.ts',
      "import type { z } from 'zod';\nimport { type A, type B } from './a';\nimport { c, type D } from './c';\nexport { e } from './e';\nexport type { F } from './f';\nvoid import('./g');\nimport 'idb';",
    );
    expect(read).toEqual({ files: ['lib/ui/c', 'lib/ui/e'], packages: ['idb'] });
    expect(packagesLoadedAtStart(ROOT, 'entrypoints/options/main.tsx').get('zod')).toBeDefined();
  });
});
