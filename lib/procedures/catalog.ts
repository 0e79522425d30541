import { catalogModules } from '../../providers/procedures';
import { extraProviderLinks } from '../../providers/procedures/links';
import { providers } from '../../providers';
import type { Provider } from '../providers/schema';
import type { Procedure } from '../providers/procedure-schema';
import { checkCatalog, validateCatalogModule } from './validate';

let parsed: Procedure[] | null = null;

/** An entry with extra provider links (the demo build's); an entry a provider fills is done online. */
export function withLinks(entry: Procedure, links: readonly string[] | undefined): Procedure {
  if (!links?.length) return entry;
  return {
    ...entry,
    providers: [...new Set([...(entry.providers ?? []), ...links])],
    methods: entry.methods.includes('online-mapped') ? entry.methods : ['online-mapped', ...entry.methods.filter((m) => m !== 'online')],
  };
}

/** Every catalog entry, validated (a broken module fails loudly, naming file and path). */
export function catalog(): Procedure[] {
  if (!parsed) {
    const modules = catalogModules.map((m) => ({ file: m.file, entries: validateCatalogModule(m.entries, m.file) }));
    // Links are checked against every provider file by the tests; a build carries only its own
    // providers (demo ones only in demo builds), so here unknown links are simply not offered.
    checkCatalog(modules, new Set(modules.flatMap((m) => m.entries.flatMap((e) => e.providers ?? []))));
    parsed = modules.flatMap((m) => m.entries).map((e) => withLinks(e, extraProviderLinks[e.id]));
  }
  return parsed;
}

/** The providers of this build that fill an entry's online form. */
export function linkedProviders(entry: Procedure, registry: readonly Provider[] = providers): Provider[] {
  return (entry.providers ?? []).flatMap((id) => registry.filter((p) => p.id === id));
}

/** The catalog entry a provider fills, if any. */
export function procedureForProvider(providerId: string, entries: Procedure[] = catalog()): Procedure | undefined {
  return entries.find((e) => e.providers?.includes(providerId));
}
