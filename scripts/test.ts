import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HELP } from './lib/find-chromium';

// The whole test suite in one command (`npm test`): validate providers, build the production
// (Chrome + Firefox) and demo extensions, run unit tests, end-to-end tests in headless Chromium and
// `web-ext lint`, then print one closing line `N passed, N failed, N skipped`.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test-results');

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Terminal escapes (colours, the build spinner's cursor moves) are noise in a log file or a pipe. */
function plain(text: string): string {
  return process.stdout.isTTY ? text : text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
}

/** Builds list every file they write (the postal index alone is ~950): show the tail, or all on failure. */
function runQuiet(title: string, command: string, args: string[]): number {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 });
  const output = plain(`${result.stdout ?? ''}${result.stderr ?? ''}`).trimEnd().split('\n');
  console.log((result.status === 0 ? output.slice(-2) : output).join('\n'));
  return result.status ?? 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

const npx = (bin: string, ...args: string[]) => ['npx', [bin, ...args]] as const;

function main(): void {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const tallies: Tally[] = [];

  const steps: [string, readonly [string, readonly string[]]][] = [
    ['provider files', npx('tsx', 'scripts/validate-providers.ts')],
    ['provider test cases (providers:check, headless Chromium)', npx('tsx', 'scripts/check-providers.ts')],
    // The protocol's type tests (@ts-expect-error, expectTypeOf) are checked here, not by vitest.
    ['types (tsc)', npx('tsc', '--noEmit', '-p', '.')],
    ['build: Chrome (production)', npx('wxt', 'build')],
    ['build: Firefox (production)', npx('wxt', 'build', '-b', 'firefox')],
    ['build: Chrome (demo/test)', npx('wxt', 'build', '--mode', 'demo')],
    ['build: Firefox (demo/test)', npx('wxt', 'build', '-b', 'firefox', '--mode', 'demo')],
  ];
  for (const [title, [cmd, args]] of steps) {
    const code = runQuiet(title, cmd, [...args]);
    tallies.push({ name: title, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
    if (code !== 0 && title.startsWith('build')) return finish(tallies);
  }

  const vitestJson = join(OUT, 'vitest.json');
  run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
  const vitest = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTestSuites: number; numFailedTestSuites: number }>(vitestJson);
  tallies.push(
    vitest
      ? { name: 'unit', passed: vitest.numPassedTests, failed: vitest.numFailedTests + (vitest.numFailedTestSuites && !vitest.numFailedTests ? 1 : 0), skipped: vitest.numPendingTests + vitest.numTodoTests }
      : { name: 'unit', passed: 0, failed: 1, skipped: 0 },
  );

  if (!findChromium()) {
    console.error(`\n${INSTALL_HELP}`);
    tallies.push({ name: 'e2e (no Chromium)', passed: 0, failed: 1, skipped: 0 });
  } else {
    const pwJson = join(OUT, 'playwright.json');
    run('end-to-end tests (Playwright: headless Chromium; tests/e2e/firefox: headless Firefox)', 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: pwJson });
    const pw = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(pwJson);
    tallies.push(
      pw
        ? { name: 'e2e', passed: pw.stats.expected + pw.stats.flaky, failed: pw.stats.unexpected, skipped: pw.stats.skipped }
        : { name: 'e2e', passed: 0, failed: 1, skipped: 0 },
    );
  }

  const lintJson = join(OUT, 'web-ext-lint.json');
  console.log('\n━━ web-ext lint (Firefox build)');
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
  const report = (() => {
    try {
      return JSON.parse(lint.stdout) as { summary: { errors: number; warnings: number; notices: number }; errors: { code: string; message: string }[]; warnings: { code: string; message: string }[] };
    } catch {
      return null;
    }
  })();
  if (report && existsSync(join(ROOT, '.output/firefox-mv3/manifest.json'))) {
    console.log(`errors: ${report.summary.errors}, warnings: ${report.summary.warnings}, notices: ${report.summary.notices}`);
    for (const m of [...report.errors, ...report.warnings]) console.log(`  ${m.code}: ${m.message}`);
    tallies.push({ name: 'web-ext lint', passed: report.summary.errors === 0 ? 1 : 0, failed: report.summary.errors === 0 ? 0 : 1, skipped: 0 });
  } else {
    console.log(lint.stdout, lint.stderr);
    tallies.push({ name: 'web-ext lint', passed: 0, failed: 1, skipped: 0 });
  }
  finish(tallies);
}

function finish(tallies: Tally[]): void {
  console.log('\n━━ summary');
  for (const t of tallies) console.log(`  ${t.name.padEnd(36)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`);
  const sum = (k: 'passed' | 'failed' | 'skipped') => tallies.reduce((n, t) => n + t[k], 0);
  const skipped = sum('skipped');
  console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = sum('failed') > 0 ? 1 : 0;
}

main();
