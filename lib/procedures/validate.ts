import { catalogModuleSchema, type Procedure } from '../providers/procedure-schema';

// Kept apart from lib/providers/validate: the catalog is validated at run time too, and the
// provider schema (with its loopback rule for demo origins) stays out of production bundles.

export class CatalogValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`invalid procedure catalog file ${file}:\n` + problems.map((p) => `  at ${p.path || '(root)'}: ${p.message}`).join('\n'));
    this.name = 'CatalogValidationError';
  }
}

function formatPath(path: PropertyKey[]): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
}

/** Validates one catalog module's default export; errors name the file and the path inside it. */
export function validateCatalogModule(data: unknown, file: string): Procedure[] {
  const result = catalogModuleSchema.safeParse(data);
  if (!result.success) {
    throw new CatalogValidationError(
      file,
      result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  return result.data;
}

/** Cross-module checks: unique ids, and every provider link resolving to a provider file. */
export function checkCatalog(modules: { file: string; entries: Procedure[] }[], providerIds: ReadonlySet<string>): void {
  const seen = new Map<string, string>();
  for (const { file, entries } of modules) {
    const problems: { path: string; message: string }[] = [];
    entries.forEach((entry, i) => {
      const other = seen.get(entry.id);
      if (other) problems.push({ path: `[${i}].id`, message: `duplicate id ${entry.id} (also in ${other})` });
      seen.set(entry.id, file);
      entry.providers?.forEach((id, j) => {
        if (!providerIds.has(id)) problems.push({ path: `[${i}].providers[${j}]`, message: `no provider file providers/${id}.ts` });
      });
    });
    if (problems.length) throw new CatalogValidationError(file, problems);
  }
}
