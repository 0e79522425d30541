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

/** The path of the first function, getter or setter in the data (read through descriptors, so a
 * getter is found without running it). */
function containsCode(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'function') return path;
  if (value && typeof value === 'object') {
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
      if (k === 'length' && Array.isArray(value)) continue;
      const here = [...path, Array.isArray(value) ? Number(k) : k];
      if (d.get || d.set) return here;
      const found = containsCode(d.value, here);
      if (found) return found;
    }
  }
  return null;
}

/** Validates one provider module's default export. `file` is the path shown in errors, e.g.
 * `providers/demo/demo-denki.ts`; the id must equal the file's base name. */
export function validateProvider(data: unknown, file: string): Provider {
  const codePath = containsCode(data);
  if (codePath) {
    throw new ProviderValidationError(file, [
      { path: formatPath(codePath), message: 'provider files are data only: functions, getters and setters are not allowed' },
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
