// npm run bench [-- --check] [--no-build] [--check-only] [--report-only] [--quick]
// The one entry point of the benchmarks: builds the extension, measures every key (bench/browser.ts in
// headless Chromium, bench/postal.ts and bench/sizes.ts in Node), writes bench/results.json,
// BENCHMARKS.md and the README's table, and with --check fails when a budget (bench/budgets.ts) is
// broken.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '../scripts/lib/label-set';
import { findChromium, INSTALL_HELP } from '../scripts/lib/find-chromium';
import { startDemoSites } from '../scripts/lib/demo-sites';
import { checkBudgets, formatBudgetLine } from './budgets';
import { launch, measureEndToEnd, measureGuess, measureInjected, measurePopupReady, measureRatio, measureRecognition, type EndToEndSamples } from './browser';
import { measurePostal } from './postal';
import { benchmarksMarkdown, withReadmeTable } from './report';
import type { BenchResults, Metric } from './results-types';
import { buildSizes } from './sizes';
import { round, stats } from './stats';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RESULTS = join(ROOT, 'bench/results.json');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

const RUNS = {
  ratio: quick ? 5 : 15,
  e2eLaunches: quick ? 2 : 3,
  e2eWarm: quick ? 5 : 15,
  guess: quick ? 5 : 15,
  popupReady: quick ? 5 : 15,
  recognitionPerPage: quick ? 3 : 5,
  postalCold: quick ? 50 : 300,
  postalWarm: quick ? 2000 : 20_000,
};

function checkAndExit(results: BenchResults): never {
  const checks = checkBudgets(results);
  for (const c of checks) console.log(formatBudgetLine(c));
  const broken = checks.filter((c) => !c.ok);
  if (broken.length) {
    console.error(`\nbudget broken: ${broken.map((c) => c.key).join(', ')}`);
    process.exit(1);
  }
  console.log('\nevery budget holds');
  process.exit(0);
}

function build(): void {
  const log = (cmd: string[]) => {
    console.log(`$ npx ${cmd.join(' ')}`);
    execFileSync('npx', cmd, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  };
  log(['wxt', 'build', '--mode', 'demo']);
  log(['wxt', 'zip']);
}

function pagesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pagesUnder(path));
    else if (/\.html?$/.test(name) || name.endsWith('.tpl')) out.push(path);
  }
  return out.sort();
}

function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] })
      .replace(/\s+built on.*$/s, '')
      .trim();
  } catch {
    return 'unknown';
  }
}

function writeReports(results: BenchResults): void {
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), benchmarksMarkdown(results, join(ROOT, 'bench/notes.md')));
  const readme = join(ROOT, 'README.md');
  writeFileSync(readme, withReadmeTable(readFileSync(readme, 'utf8'), results));
  console.log('results → bench/results.json, BENCHMARKS.md, README.md');
}

const ms = (samples: number[], note?: string): Metric => ({ ...stats(samples), unit: 'ms', ...(note ? { note } : {}) });

async function main(): Promise<void> {
  if (args.has('--check-only')) checkAndExit(JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults);
  if (args.has('--report-only')) {
    writeReports(JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults);
    return;
  }
  const chromium = findChromium() ?? (console.error(INSTALL_HELP), process.exit(2));
  if (!args.has('--no-build')) build();
  const demoBuild = join(ROOT, '.output/chrome-mv3-demo');
  if (!existsSync(join(demoBuild, 'manifest.json'))) throw new Error(`${demoBuild} is missing: run without --no-build`);

  const loadStart = loadavg()[0];
  const metrics: Record<string, Metric> = {};
  const sites = await startDemoSites();
  try {
    console.log(`fill ratio: ${RUNS.ratio} paired runs each of 10, 40 and 200 fields…`);
    let session = await launch(demoBuild, chromium);
    try {
      for (const n of [10, 40, 200]) {
        const r = await measureRatio(session, n, RUNS.ratio);
        metrics[`fill_ratio_${n}`] = { ...stats(r.ratio), unit: 'ratio' };
        if (n === 40) {
          metrics.fill_agent_ms_40 = ms(r.agent);
          metrics.fill_floor_ms_40 = ms(r.floor);
          metrics.fill_collect_ms_40 = ms(r.collect);
          metrics.fill_insert_ms_40 = ms(r.insert);
        }
      }
      console.log(`popup ready: ${RUNS.popupReady} runs…`);
      metrics.popup_ready_ms = ms(await measurePopupReady(session, RUNS.popupReady));
      console.log(`guessed fill: ${RUNS.guess} runs…`);
      const guess = await measureGuess(session, RUNS.guess);
      metrics.guess_e2e_ms_40 = ms(guess.ms, `${guess.filled} of ${guess.recognised} recognised fields filled`);
      const corpus = corpusDir(ROOT);
      const pages = pagesUnder(corpus);
      if (pages.length) {
        console.log(`recognition: ${pages.length} corpus pages × ${RUNS.recognitionPerPage} runs…`);
        const rec = await measureRecognition(session, pages, corpus, RUNS.recognitionPerPage);
        const medians = rec.pages.map((p) => p.medianMs);
        const slowest = [...rec.pages].sort((a, b) => b.medianMs - a.medianMs)[0];
        metrics.recognition_median_ms = ms(medians, `${rec.pages.length} pages; ${rec.failed.length} could not be loaded`);
        metrics.recognition_max_ms = { value: round(slowest.medianMs), unit: 'ms', note: `${slowest.page} (${slowest.fields} fields)` };
        if (rec.failed.length) console.warn(`recognition: not measured: ${rec.failed.join('; ')}`);
      } else console.warn(`corpus not found at ${corpus}: no recognition figures`);
    } finally {
      await session.close();
    }

    console.log('injected bytes on pages never filled…');
    session = await launch(demoBuild, chromium);
    try {
      const injected = await measureInjected(session);
      metrics.injected_bytes_unfilled_page = {
        value: injected.bytes,
        unit: 'bytes',
        note: injected.detail.map((d) => `${d.page}: dom ${d.domBytes}, sheets ${d.sheetBytes}, resources ${d.resourceBytes}, scripts ${d.scripts}, globals [${d.globals.join(' ')}]`).join('; ') + `; control element counted as ${injected.controlBytes} bytes`,
      };
    } finally {
      await session.close();
    }

    const e2e: EndToEndSamples = { cold: [], warm: [], executeScriptFloor: [] };
    for (let i = 0; i < RUNS.e2eLaunches; i++) {
      console.log(`end to end: browser ${i + 1}/${RUNS.e2eLaunches} (1 cold + ${RUNS.e2eWarm} warm fills)…`);
      session = await launch(demoBuild, chromium);
      try {
        await measureEndToEnd(session, RUNS.e2eWarm, e2e);
      } finally {
        await session.close();
      }
    }
    metrics.fill_e2e_ms_40 = ms(e2e.warm);
    metrics.fill_e2e_cold_ms_40 = ms(e2e.cold);
    metrics.executescript_floor_ms_40 = ms(e2e.executeScriptFloor);
  } finally {
    await sites.close();
  }

  console.log('postal lookups…');
  const postal = await measurePostal(RUNS.postalCold, RUNS.postalWarm);
  metrics.postal_lookup_cold_ms = ms(postal.cold);
  metrics.postal_lookup_warm_ms = ms(postal.warm);
  for (const [key, value] of Object.entries(buildSizes(ROOT))) metrics[key] = { value, unit: 'bytes' };

  const cpuList = cpus();
  const results: BenchResults = {
    date: new Date().toISOString(),
    chromium: chromiumVersion(chromium),
    machine: {
      cpuModel: cpuList[0]?.model ?? 'unknown',
      cores: cpuList.length,
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${type()} ${release()}`,
      node: process.version,
      loadAverage1m: { start: round(loadStart), end: round(loadavg()[0]) },
    },
    metrics,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  writeReports(results);
  if (args.has('--check')) checkAndExit(results);
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
