import { formatPath, ProviderValidationError } from '../providers/validate';
import { catalogModuleSchema, type Procedure } from './schema';

export class CatalogValidationError extends ProviderValidationError {
  constructor(file: string, problems: { path: string; message: string }[]) {
    super(file, problems);
    this.message = this.message.replace('invalid provider file', 'invalid procedure catalog file');
    this.name = 'CatalogValidationError';
  }
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
