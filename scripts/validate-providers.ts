import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProviderValidationError } from '../lib/providers/validate';
import { loadProviderFile, repoProviderFiles, ROOT, type LoadedProvider } from './lib/provider-files';
import { checkCatalog, validateCatalogModule } from '../lib/procedures/validate';
import { catalogModules } from '../providers/procedures';
import { demoProcedureLinks } from '../providers/procedures/demo-links';

// Validates every provider file (run before each build and in the tests): a broken file stops the
// build with its file name, the path inside it and what is wrong.

/** Ids of providers that were removed: a new file may never take one (an old local mapping, a
 * number kept for it or a user's consent would silently apply to another site). */
export function removedIds(): string[] {
  return JSON.parse(readFileSync(join(ROOT, 'providers/removed-ids.json'), 'utf8')) as string[];
}

export async function validateAll(files: string[] = repoProviderFiles()): Promise<{ loaded: LoadedProvider[]; errors: string[] }> {
  const loaded: LoadedProvider[] = [];
  const errors: string[] = [];
  const removed = new Set(removedIds());
  const ids = new Map<string, string>();
  for (const file of files) {
    try {
      const item = await loadProviderFile(file);
      const { id } = item.provider;
      if (ids.has(id)) throw new ProviderValidationError(item.shown, [{ path: 'id', message: `duplicate id ${id} (also ${ids.get(id)})` }]);
      if (removed.has(id)) throw new ProviderValidationError(item.shown, [{ path: 'id', message: `id ${id} belonged to a removed provider (providers/removed-ids.json); choose another` }]);
      ids.set(id, item.shown);
      loaded.push(item);
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
    }
  }
  return { loaded, errors };
}

async function main(): Promise<void> {
  const { loaded, errors } = await validateAll();
  // The procedure catalog (providers/procedures/) names provider files; every link must resolve.
  const ids = new Set(loaded.map((l) => l.provider.id));
  try {
    const modules = catalogModules.map((m) => ({ file: m.file, entries: validateCatalogModule(m.entries, m.file) }));
    checkCatalog(modules, ids);
    const entries = new Set(modules.flatMap((m) => m.entries.map((e) => e.id)));
    const demoLinks = Object.entries(demoProcedureLinks).flatMap(([procedure, linked]) => linked.map((provider) => ({ procedure, provider })));
    const broken = demoLinks.filter((l) => !entries.has(l.procedure) || !ids.has(l.provider));
    if (broken.length) throw new Error(`providers/procedures/demo-links.ts: unresolved ${broken.map((l) => `${l.procedure} → ${l.provider}`).join(', ')}`);
    console.log(`procedures: ${modules.reduce((n, m) => n + m.entries.length, 0)} entries valid`);
  } catch (err) {
    errors.push(err instanceof Error ? err.message : String(err));
  }
  for (const e of errors) console.error(e);
  if (errors.length) {
    console.error(`\n${errors.length} provider file(s) invalid.`);
    process.exit(1);
  }
  console.log(`providers: ${loaded.length} file(s) valid`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
