import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkCatalog, validateCatalogModule } from '../lib/procedures/validate';
import { ProviderValidationError, validateProvider } from '../lib/providers/validate';
import { catalogModules } from '../providers/procedures';
import { demoProcedureLinks } from '../providers/procedures/demo-links';

// Validates every provider file (run before each build and in the tests): a broken file stops the
// build with its file name, the path inside it and what is wrong.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function providerFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of ['providers', 'providers/demo']) {
    for (const name of await readdir(join(ROOT, dir))) {
      if (name.endsWith('.ts') && name !== 'index.ts') files.push(join(ROOT, dir, name));
    }
  }
  return files.sort();
}

async function main(): Promise<void> {
  let failed = 0;
  const files = await providerFiles();
  const ids = new Set<string>();
  for (const file of files) {
    const rel = relative(ROOT, file);
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      const provider = validateProvider(mod.default, rel);
      if (rel.startsWith('providers/demo/') !== (provider.demo === true)) {
        throw new ProviderValidationError(rel, [{ path: 'demo', message: 'demo providers live in providers/demo/ and set demo: true; real ones do neither' }]);
      }
      if (ids.has(provider.id)) throw new ProviderValidationError(rel, [{ path: 'id', message: `duplicate id ${provider.id}` }]);
      ids.add(provider.id);
    } catch (err) {
      failed += 1;
      console.error(err instanceof Error ? err.message : String(err));
    }
  }
  // The procedure catalog (providers/procedures/) names provider files; every link must resolve.
  try {
    const modules = catalogModules.map((m) => ({ file: m.file, entries: validateCatalogModule(m.entries, m.file) }));
    checkCatalog(modules, ids);
    const entries = new Set(modules.flatMap((m) => m.entries.map((e) => e.id)));
    const demoLinks = Object.entries(demoProcedureLinks).flatMap(([procedure, linked]) => linked.map((provider) => ({ procedure, provider })));
    const broken = demoLinks.filter((l) => !entries.has(l.procedure) || !ids.has(l.provider));
    if (broken.length) throw new Error(`providers/procedures/demo-links.ts: unresolved ${broken.map((l) => `${l.procedure} → ${l.provider}`).join(', ')}`);
    console.log(`procedures: ${modules.reduce((n, m) => n + m.entries.length, 0)} entries valid`);
  } catch (err) {
    failed += 1;
    console.error(err instanceof Error ? err.message : String(err));
  }
  if (failed) {
    console.error(`\n${failed} provider file(s) invalid.`);
    process.exit(1);
  }
  console.log(`providers: ${files.length} file(s) valid`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
