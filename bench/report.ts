import { existsSync, readFileSync } from 'node:fs';
import { BUDGETS, checkBudgets } from './budgets';
import type { BenchResults, Metric } from './results-types';

// BENCHMARKS.md and the README's headline table, written from bench/results.json.

const DESCRIPTIONS: Record<string, string> = {
  fill_ratio_10: 'agent collect + insert ÷ DOM floor, generated 10-field form',
  fill_ratio_40: 'agent collect + insert ÷ DOM floor, generated 40-field form',
  fill_ratio_200: 'agent collect + insert ÷ DOM floor, generated 200-field form',
  fill_agent_ms_40: 'agent collect + insert, generated 40-field form',
  fill_floor_ms_40: 'DOM floor (native setter + input/change), generated 40-field form',
  fill_e2e_ms_40: 'popup click → report rendered, 40-field demo form, warm',
  fill_e2e_cold_ms_40: 'the same, first fill of a fresh browser',
  executescript_floor_ms_40: 'one bare executeScript from the popup writing the same 40 values',
  guess_e2e_ms_40: 'guessed path: recognise (preview) + fill-guessed (confirm), 40-field form without a mapping',
  injected_bytes_unfilled_page: 'bytes the extension leaves in pages whose popup was opened but never filled',
  inject_script_gzip_bytes: 'page-agent.js (the fill), gzip -9 (production build)',
  recognise_script_gzip_bytes: 'recognise-agent.js (the classifier, loaded only to recognise a page), gzip -9',
  popup_gzip_bytes: 'popup.html with every script, chunk and sheet it loads, gzip -9',
  options_gzip_bytes: 'options.html with every script, chunk and sheet it loads, gzip -9',
  zip_bytes: 'packed Chrome zip (wxt zip)',
  recognition_median_ms: 'recognition in the page (classifier + visibility), median over corpus pages',
  recognition_max_ms: 'the slowest corpus page (its median)',
  postal_lookup_cold_ms: 'postal lookup, chunk read from disk, gunzipped and decoded (Node)',
  postal_lookup_warm_ms: 'postal lookup, chunk cached (Node)',
  popup_ready_ms: 'popup navigation start → fill button enabled and status known',
};

function fmt(n: number, unit: Metric['unit']): string {
  if (unit === 'bytes') return n.toLocaleString('en-US');
  if (unit === 'ratio') return n.toFixed(2);
  return n < 0.1 ? n.toFixed(4) : n < 10 ? n.toFixed(2) : n.toFixed(1);
}

function unitLabel(unit: Metric['unit']): string {
  return unit === 'ratio' ? '×' : unit;
}

export function metricsTable(results: BenchResults, keys: readonly string[] = Object.keys(results.metrics)): string {
  const budgets = new Map(checkBudgets(results).map((c) => [c.key, c]));
  const lines = ['| key | median (or value) | min | max | runs | unit | budget |', '|---|---:|---:|---:|---:|---|---|'];
  for (const key of keys) {
    const m = results.metrics[key];
    if (!m) continue;
    const b = budgets.get(key);
    const budget = b ? `≤ ${fmt(b.max, b.unit)} ${b.ok ? '✅' : '❌'}` : '';
    if ('value' in m) lines.push(`| \`${key}\` | ${fmt(m.value, m.unit)} | | | | ${unitLabel(m.unit)} | ${budget} |`);
    else lines.push(`| \`${key}\` | ${fmt(m.median, m.unit)} | ${fmt(m.min, m.unit)} | ${fmt(m.max, m.unit)} | ${m.runs} | ${unitLabel(m.unit)} | ${budget} |`);
  }
  return lines.join('\n');
}

export function environmentLine(results: BenchResults): string {
  const m = results.machine;
  return `${results.date.slice(0, 16).replace('T', ' ')} UTC · ${results.chromium} (headless) · ${m.cores} cores, ${m.cpuModel}, ${m.memoryGiB} GiB · ${m.os} · Node ${m.node} · load average ${m.loadAverage1m.start} → ${m.loadAverage1m.end}`;
}

export function benchmarksMarkdown(results: BenchResults, notesFile: string): string {
  const broken = checkBudgets(results).filter((c) => !c.ok);
  const keys = Object.keys(results.metrics);
  const rows = keys.map((k) => `| \`${k}\` | ${DESCRIPTIONS[k] ?? ''} |`).join('\n');
  const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() : '';
  return `# Benchmarks

Written by \`npm run bench\` from \`bench/results.json\` (do not edit by hand; the notes at the end come
from \`bench/notes.md\`). Budgets live in \`bench/budgets.ts\`; \`npm run bench -- --check\` fails when one
is broken and names it.

**Run:** ${environmentLine(results)}

${metricsTable(results)}

${broken.length ? `**Budgets broken in this run:** ${broken.map((c) => `\`${c.key}\``).join(', ')} (see the notes below).` : '**Every budget holds in this run.**'}

## What each key measures

| key | what |
|---|---|
${rows}

Repeated figures are the median of the runs with their min and max; sizes and counts are single values.
Budgets (${BUDGETS.length}) are checked against the median.

## How to run

\`\`\`sh
npm run bench                 # builds (demo + production zip), measures, writes bench/results.json and this file
npm run bench -- --check      # the same, then exits non-zero naming every broken budget
npm run bench -- --no-build   # reuse .output/chrome-mv3-demo, .output/chrome-mv3 and the Chrome zip
npm run bench -- --check-only # check the existing bench/results.json without measuring
npm run bench -- --report-only # rewrite BENCHMARKS.md and the README table from bench/results.json
npm run bench -- --quick      # fewer runs (a smoke test of the bench itself)
\`\`\`

The browser parts fulfil their pages from Playwright routes and the demo sites on fixed ports of
127.0.0.1. On a shared machine run them in a private network namespace so that the ports cannot clash:

\`\`\`sh
unshare -n bash -c 'ip link set lo up; npm run bench -- --check'
\`\`\`

(\`unshare -n\` needs root; as another user, \`unshare -rn\` gives a user namespace.) Chromium is found as for the tests
(\`$CHROMIUM_PATH\`, then the system's \`chromium\`); the corpus for the recognition rows is
\`../shared/corpus\` (without it those rows are missing and the check names them).

## How it is measured

- **fill_ratio_N**: a generated form of N mapped fields (text inputs with a note beside them, selects of
  48 options, radio groups of three, 3-part phone inputs) in a table with row headers. Each run loads the
  page afresh twice: once the DOM floor (a main-world script finds each field by selector and writes
  its final value with the native setter + \`input\` + \`change\`), once the page agent injected by
  \`chrome.scripting.executeScript\` as the background injects it, timed in the isolated world
  (\`collect\` + \`insert\` with the same planned values). The ratio is taken run by run (a floor that reads
  0 on the page's 0.1 ms clock counts as 0.1 ms). Every run checks that all N fields hold the planned
  values.
- **fill_e2e_ms_40 / fill_e2e_cold_ms_40**: the demo provider \`bench-forty\` (40 mapped fields the sample
  profile fills) in \`popup.html?tabId=N\`: from the click on 「このページに入力」 until the report is in the
  popup. Cold is the first fill of a freshly started browser; warm are the following fills (the form is
  loaded afresh before each). **executescript_floor_ms_40** is measured between those fills from the same
  popup: one \`executeScript\` that writes the 40 final values.
- **guess_e2e_ms_40**: the same form served at the unmapped demo origin, so it is recognised: the popup's
  \`recognise\` message (preview) and \`fill-guessed\` with every recognised field ticked (confirm).
- **injected_bytes_unfilled_page**: two pages (the 40-field form and the unmapped demo page) on which the
  popup is opened, left for 500 ms and closed, without a fill. A main-world script added before the
  page's own scripts records with a \`MutationObserver\` every node and attribute anyone adds or changes in
  the document from the page's \`load\` event on; at the end the page's adopted style sheets (document
  and shadow roots), script elements loaded from \`chrome-extension:\`, resources loaded from the
  extension and globals that appeared in the page's world since \`load\` are added up. The same page
  opened without the popup and read after 500 ms gives what the page does by itself, which is
  subtracted. What the extension's isolated world holds is invisible to the page and not counted. A
  control run adds one element from the isolated world and checks that the watch counts it.
- **Sizes**: the production build (\`.output/chrome-mv3\`) and \`wxt zip\`'s Chrome zip.
- **recognition_***: every corpus page served from disk (other requests refused), the page agent's
  \`recognise\` run in the isolated world several times per page (classifier, visibility and hit-testing);
  a page's figure is its median.
- **postal_lookup_***: \`createPostalLookup(...).lookup(code)\` in Node on one real code from each chunk.
- **popup_ready_ms**: \`popup.html?tabId=N\` for the 40-field form, from navigation start to the moment
  the page's status is shown and the fill button is enabled (a mutation-driven check in the popup; the
  editor below may still be loading).

${notes}
`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
export const README_KEYS = [
  'fill_e2e_ms_40',
  'fill_e2e_cold_ms_40',
  'fill_ratio_40',
  'executescript_floor_ms_40',
  'guess_e2e_ms_40',
  'popup_ready_ms',
  'recognition_median_ms',
  'injected_bytes_unfilled_page',
  'inject_script_gzip_bytes',
  'recognise_script_gzip_bytes',
  'zip_bytes',
];

/** Replaces the README's marked block with the headline figures. */
export function withReadmeTable(readme: string, results: BenchResults): string {
  const block = `${START}
Latest \`npm run bench\` (${environmentLine(results)}). Timings grow with the machine's load (shown
above); every key, the budgets, how each is measured and why a budget is not met:
[BENCHMARKS.md](BENCHMARKS.md).

${metricsTable(results, README_KEYS)}
${END}`;
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < 0) return readme;
  return readme.slice(0, from) + block + readme.slice(to + END.length);
}
