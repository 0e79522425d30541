// npm run eval:fields -- [DIR] [--record "note"]
// Scores the field classifier on labelled pages.
// Without DIR: the fixed dev and test splits of tests/fixtures/labels/splits.json, printed and
// written to tests/fixtures/labels/RESULTS.md. The test split is shown as totals only: rules are
// tuned on dev pages, never on test pages. `--record "note"` adds a line to the history table; the
// test F1 of its last line is the figure `npm test` holds the classifier to.
// With DIR: every NAME.html + NAME.labels.json in it (a label file may instead name a corpus page).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, findLabelledPages, findSplitPages } from './lib/label-set';
import { PRESELECT_PROBABILITY } from '../lib/recognise/calibrate';
import { evaluatePages, parseHistory, parseMethodNotes, renderHistory, renderSplit, renderThresholds, type HistoryRow } from './lib/field-eval';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RESULTS = join(repoRoot, 'tests/fixtures/labels/RESULTS.md');

const args = process.argv.slice(2);
let record: string | undefined;
let dirArg: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--record') record = args[++i];
  else if (!args[i].startsWith('-')) dirArg = args[i];
}
const corpus = corpusDir(repoRoot);

if (dirArg) {
  const dir = resolve(dirArg);
  const result = evaluatePages(findLabelledPages(dir, corpus));
  for (const s of result.skipped) console.warn(`SKIPPED ${s}`);
  process.stdout.write(renderSplit(result, `Field classifier on ${relative(process.cwd(), dir) || '.'}`, { perPage: true }));
} else {
  if (!existsSync(corpus)) {
    console.error(`corpus not found at ${corpus} (set TETSUZUKI_CORPUS_DIR): nothing evaluated`);
    process.exit(1);
  }
  const dev = findSplitPages(repoRoot, 'dev', corpus);
  const test = findSplitPages(repoRoot, 'test', corpus);
  const devResult = evaluatePages(dev.pages, dev.unlabelled);
  const testResult = evaluatePages(test.pages, test.unlabelled);
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const history: HistoryRow[] = parseHistory(previous);
  const methodNotes = parseMethodNotes(previous);
  if (record !== undefined) {
    history.push({
      date: new Date().toISOString().slice(0, 10),
      devF1: devResult.totals.f1,
      testF1: testResult.totals.f1,
      testMixups: testResult.totals.mixups,
      note: record.replace(/\|/g, '/'),
    });
  }
  const text = [
    '# Field classifier: dev and test splits',
    '',
    'Written by `npm run eval:fields`. The split is fixed in `splits.json` (by site, before any rule was changed). ' +
      'Labels are a person\'s reading of each page\'s visible text, written without running the classifier (see `README.md` here).',
    '',
    renderSplit(testResult, 'Test split (totals only: never studied page by page)', { perPage: false }),
    renderSplit(devResult, 'Dev split', { perPage: true }),
    `### Dev split: precision by confidence (pre-tick threshold ${PRESELECT_PROBABILITY})\n`,
    renderThresholds(devResult),
    ...(methodNotes ? [methodNotes] : []),
    renderHistory(history),
  ].join('\n');
  writeFileSync(RESULTS, text);
  process.stdout.write(text);
}
