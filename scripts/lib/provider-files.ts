import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Provider, ProviderTest } from '../../lib/providers/schema';
import { ProviderValidationError, validateProvider, validateProviderTests } from '../../lib/providers/validate';

// Finds, imports and validates provider files: the registry's folders, or any folder a maintainer
// names (a provider kept outside the repository while it is written).

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders whose provider files ship (or exist in demo builds), relative to the repository. */
export const PROVIDER_DIRS = ['providers', 'providers/demo', 'providers/platforms'] as const;

export interface LoadedProvider {
  /** Absolute path of the file. */
  file: string;
  /** The path shown in messages: relative to the repository when inside it. */
  shown: string;
  provider: Provider;
  /** The file's `tests` export (expected fills of its pages). */
  tests: ProviderTest[];
}

export function providerFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts'))
    .map((name) => join(dir, name))
    .sort();
}

export function repoProviderFiles(): string[] {
  return PROVIDER_DIRS.flatMap((dir) => providerFilesIn(join(ROOT, dir)));
}

export function shownPath(file: string): string {
  const rel = relative(ROOT, file);
  return rel.startsWith('..') ? file : rel;
}

/** Imports and validates one file; throws ProviderValidationError naming the file and the path. */
export async function loadProviderFile(file: string): Promise<LoadedProvider> {
  const shown = shownPath(file);
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown; tests?: unknown };
  const provider = validateProvider(mod.default, shown);
  const tests = validateProviderTests(mod.tests, provider, shown);
  const inDemo = shown.startsWith('providers/demo/');
  if (!shown.startsWith('..') && !shown.startsWith('/') && inDemo !== (provider.demo === true)) {
    throw new ProviderValidationError(shown, [{ path: 'demo', message: 'demo providers live in providers/demo/ and set demo: true; real ones do neither' }]);
  }
  const inPlatforms = shown.startsWith('providers/platforms/');
  if (!shown.startsWith('/') && inPlatforms !== (provider.platform !== undefined)) {
    throw new ProviderValidationError(shown, [{ path: 'platform', message: 'platform providers live in providers/platforms/ and declare platform; others do neither' }]);
  }
  return { file, shown, provider, tests };
}

/** Where a test case's fixture is: repository paths from the root, `./x.html` beside the file. */
export function fixtureFile(loaded: LoadedProvider, fixture: string): string {
  return fixture.startsWith('.') ? resolve(dirname(loaded.file), fixture) : join(ROOT, fixture);
}
