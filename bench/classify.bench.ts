// npm run bench:classify
// Times classifyFields on the project's fixtures and on every page of the shared corpus (parsed
// once with happy-dom; only classification is timed). Prints a table and writes
// bench/results/classify.json. happy-dom is slower than a browser's DOM, so these are upper bounds.

import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyFields } from '../lib/recognise';
import { corpusDir } from '../scripts/lib/label-set';
import { loadPage } from '../scripts/lib/load-page';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpus = corpusDir(repoRoot);

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface PageTiming {
  page: string;
  set: 'fixture' | 'corpus';
  fields: number;
  runs: number;
  medianMs: number;
  minMs: number;
}

async function time(path: string, set: PageTiming['set'], name: string): Promise<PageTiming> {
  const parsed = loadPage(path);
  const first = classifyFields(parsed.document);
  const samples: number[] = [];
  const budgetEnd = performance.now() + 1500;
  while (samples.length < 5 || (samples.length < 30 && performance.now() < budgetEnd)) {
    const start = performance.now();
    classifyFields(parsed.document);
    samples.push(performance.now() - start);
  }
  await parsed.close();
  return { page: name, set, fields: first.length, runs: samples.length, medianMs: median(samples), minMs: Math.min(...samples) };
}

const fixtures = pagesUnder(join(repoRoot, 'tests/fixtures/recognise'));
const corpusPages = pagesUnder(corpus);
if (!corpusPages.length) console.warn(`corpus not found at ${corpus}: timing the fixtures only`);

const results: PageTiming[] = [];
for (const path of fixtures) results.push(await time(path, 'fixture', relative(repoRoot, path)));
for (const path of corpusPages) results.push(await time(path, 'corpus', relative(corpus, path)));

const fixtureRows = results.filter((r) => r.set === 'fixture');
const corpusRows = results.filter((r) => r.set === 'corpus');
const slowest = [...corpusRows].sort((a, b) => b.medianMs - a.medianMs)[0];
const summary = {
  node: process.version,
  dom: 'happy-dom',
  fixtures: { pages: fixtureRows.length, medianOfMediansMs: fixtureRows.length ? median(fixtureRows.map((r) => r.medianMs)) : null },
  corpus: {
    pages: corpusRows.length,
    medianOfMediansMs: corpusRows.length ? median(corpusRows.map((r) => r.medianMs)) : null,
    slowest: slowest ?? null,
  },
};

mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
writeFileSync(join(repoRoot, 'bench/results/classify.json'), `${JSON.stringify({ summary, pages: results }, null, 2)}\n`);

const fmt = (n: number) => n.toFixed(2).padStart(8);
console.log(`${'page'.padEnd(62)} ${'fields'.padStart(6)} ${'median ms'.padStart(9)} ${'min ms'.padStart(8)}`);
const shown = [...fixtureRows, ...[...corpusRows].sort((a, b) => b.medianMs - a.medianMs).slice(0, 10)];
for (const r of shown) console.log(`${r.page.slice(-62).padEnd(62)} ${String(r.fields).padStart(6)} ${fmt(r.medianMs)}  ${fmt(r.minMs)}`);
console.log('');
console.log(`fixtures: ${fixtureRows.length} pages, median of medians ${summary.fixtures.medianOfMediansMs?.toFixed(2)} ms`);
if (slowest)
  console.log(`corpus: ${corpusRows.length} pages, median of medians ${summary.corpus.medianOfMediansMs?.toFixed(2)} ms; slowest ${slowest.page} (${slowest.fields} fields) ${slowest.medianMs.toFixed(2)} ms`);
console.log('written bench/results/classify.json');
