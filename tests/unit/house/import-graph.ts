import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import ts from 'typescript';

// The import graph of the source tree, read with TypeScript's own pre-processor (imports, exports
// and dynamic imports), and the layer rules checked on it.

export type ImportGraph = Map<string, string[]>;

/** Source areas from the ground up: each may import only areas listed before it (and itself). */
export const LAYERS = [
  'lib/formats', // keys' parts and formats
  'lib/postal',
  'lib/profile', // keys, schema, input normalisation
  'lib/plan',
  'lib/recognise',
  'lib/providers',
  'providers',
  'lib/match',
  'lib/procedures', // the procedure catalog's logic: due dates, selection, states, consent (pure)
  'lib/dom', // the page agent
  'lib/storage', // IndexedDB connection, typed storage items
  'lib/diagnostics', // the log of error codes
  'lib/vault', // crypto (pure) → repository → services
  'lib/local-mappings',
  'lib/fill',
  'lib/messages', // the protocol between the extension's pages and the background
  'lib/background',
  'lib/demo',
  'lib/ui',
  'entrypoints',
] as const;

/** Files of lib/vault that are pure: no browser, no storage, nothing of the vault's repository or services. */
export const VAULT_PURE = [
  'backup.ts',
  'base64.ts',
  'crypto.ts',
  'errors.ts',
  'import-preview.ts',
  'json-text.ts',
  'messages.ts',
  'migrate-v0.ts',
  'migrations.ts',
  'retention.ts',
  'vault-state.ts',
].map((f) => `lib/vault/${f}`);

/** What the page agent must never reach, directly or through anything it imports. */
export const AGENT_NEVER = ['lib/profile/schema.ts', 'lib/vault/', 'lib/storage/', 'lib/ui/', 'lib/messages/', 'lib/background/'];

export function areaOf(file: string): string | undefined {
  return [...LAYERS].filter((layer) => file === layer || file.startsWith(`${layer}/`)).sort((a, b) => b.length - a.length)[0];
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(root: string, from: string, specifier: string): string {
  const base = relative(root, resolve(root, dirname(from), specifier)).split('\\').join('/');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return candidate;
  }
  return base;
}

/** Relative imports of one file's source, resolved to repository paths. */
export function importsOf(root: string, file: string, source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolveImport(root, file, specifier));
}

/** Package imports of one file's source (`wxt/browser`, `idb`…). */
export function packagesOf(source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((specifier) => !specifier.startsWith('.'));
}

export function readGraph(root: string): { graph: ImportGraph; packages: Map<string, string[]> } {
  const graph: ImportGraph = new Map();
  const packages = new Map<string, string[]>();
  for (const dir of ['lib', 'entrypoints', 'providers']) {
    for (const file of sourceFiles(root, dir)) {
      const source = readFileSync(join(root, file), 'utf8');
      graph.set(file, importsOf(root, file, source));
      packages.set(file, packagesOf(source));
    }
  }
  return { graph, packages };
}

function reachable(graph: ImportGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(start) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return seen;
}

/** Every broken rule, one line each: `from → to: rule`. */
export function layerViolations(graph: ImportGraph, packages: Map<string, string[]> = new Map()): string[] {
  const problems: string[] = [];
  const rank = (area: string) => (LAYERS as readonly string[]).indexOf(area);
  for (const [from, targets] of graph) {
    const fromArea = areaOf(from);
    if (!fromArea) {
      problems.push(`${from}: in no layer (add its folder to LAYERS in tests/unit/house/import-graph.ts)`);
      continue;
    }
    for (const to of targets) {
      const toArea = areaOf(to);
      if (!toArea) problems.push(`${from} → ${to}: imports a file in no layer`);
      else if (rank(toArea) > rank(fromArea)) problems.push(`${from} → ${to}: ${fromArea} may not import ${toArea} (a higher layer)`);
      if (from.startsWith('lib/dom/') && to.startsWith('lib/profile/')) problems.push(`${from} → ${to}: the page agent never imports the profile`);
      if (VAULT_PURE.includes(from) && to.startsWith('lib/') && !VAULT_PURE.includes(to) && (to.startsWith('lib/vault/') || to.startsWith('lib/storage/'))) {
        problems.push(`${from} → ${to}: the vault's pure modules import no repository or service`);
      }
    }
    if (VAULT_PURE.includes(from)) {
      for (const name of packages.get(from) ?? []) {
        if (name === 'idb' || name.startsWith('wxt')) problems.push(`${from} → ${name}: the vault's pure modules use no browser storage`);
      }
    }
    if (from.startsWith('lib/dom/')) {
      for (const to of reachable(graph, from)) {
        if (AGENT_NEVER.some((never) => to === never || to.startsWith(never))) problems.push(`${from} ⇢ ${to}: the page agent never reaches the profile or its storage`);
      }
    }
  }
  return problems;
}

/** What a file loads as soon as it runs: its value imports and re-exports, without `import type`,
 * type-only names or dynamic `import()`. Relative ones resolved to repository paths, packages by name. */
export function staticImportsOf(root: string, file: string, source: string): { files: string[]; packages: string[] } {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specifiers: string[] = [];
  for (const statement of parsed.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly || (!clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.every((element) => element.isTypeOnly)));
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return {
    files: specifiers.filter((s) => s.startsWith('.')).map((s) => resolveImport(root, file, s)),
    packages: specifiers.filter((s) => !s.startsWith('.')),
  };
}

/** Every package an entry point loads before any dynamic import, with the chain of files that brings it. */
export function packagesLoadedAtStart(root: string, entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!existsSync(join(root, file))) continue;
    const { files, packages } = staticImportsOf(root, file, readFileSync(join(root, file), 'utf8'));
    for (const name of packages) if (!found.has(name)) found.set(name, chains.get(file)!);
    for (const next of files) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return found;
}
