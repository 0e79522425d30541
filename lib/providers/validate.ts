import { providerSchema, type Provider } from './schema';

export class ProviderValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(
      `invalid provider file ${file}:\n` +
        problems.map((p) => `  at ${p.path || '(root)'}: ${p.message}`).join('\n'),
    );
    this.name = 'ProviderValidationError';
  }
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`))
    .join('');
}

function containsFunction(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'function') return path;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = containsFunction(v, [...path, Array.isArray(value) ? Number(k) : k]);
      if (found) return found;
    }
  }
  return null;
}

/** Validates one provider module's default export. `file` is the path shown in errors, e.g.
 * `providers/demo/demo-denki.ts`; the id must equal the file's base name. */
export function validateProvider(data: unknown, file: string): Provider {
  const fnPath = containsFunction(data);
  if (fnPath) {
    throw new ProviderValidationError(file, [
      { path: formatPath(fnPath), message: 'provider files are data only: functions are not allowed' },
    ]);
  }
  const result = providerSchema.safeParse(data);
  if (!result.success) {
    throw new ProviderValidationError(
      file,
      result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  const baseName = file.split('/').pop()!.replace(/\.[cm]?[tj]s$/, '');
  if (result.data.id !== baseName) {
    throw new ProviderValidationError(file, [
      { path: 'id', message: `id "${result.data.id}" must equal the file name "${baseName}"` },
    ]);
  }
  return result.data;
}
