// npx tsx scripts/dump-guesses.ts --batch NAME [--lib CHECKOUT] --out ROWS.jsonl DIR...
// Classifies every labelled page of DIR... and appends one row per keyed guess (its features and
// whether it was right) to ROWS.jsonl, the training data of `scripts/train-calibration.ts`.
// --lib takes the classifier from another checkout (a `git worktree` of an older commit): guesses
// made before any rule had seen the pages are the ones a user meets on a new site. The verdicts are
// the hand-written calibration's (what the model reads), not the model's own.

import { appendFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, findLabelledPages } from './lib/label-set';
import { loadPage } from './lib/load-page';
import { guessRows } from './lib/guess-rows';
import type { GuessLike } from '../lib/recognise/guess-features';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const batch = opt('--batch');
const lib = resolve(opt('--lib') ?? repoRoot);
const out = opt('--out');
if (!batch || !out || !args.length) {
  console.error('usage: dump-guesses.ts --batch NAME [--lib CHECKOUT] --out ROWS.jsonl DIR...');
  process.exit(2);
}
const { classifyFields } = (await import(resolve(lib, 'lib/recognise/index.ts'))) as { classifyFields: (d: Document, o?: object) => GuessLike[] };
const corpus = corpusDir(repoRoot);
let count = 0;
for (const dir of args) {
  for (const page of findLabelledPages(resolve(dir), corpus)) {
    if (!page.pagePath) continue;
    const loaded = loadPage(page.pagePath);
    const rows = guessRows(loaded.document, page.labels, classifyFields(loaded.document, { handCalibration: true }), batch, `${basename(resolve(dir))}/${page.name}`);
    if (rows.length) appendFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    count += rows.length;
    void loaded.close();
  }
}
console.log(`${count} rows from batch ${batch} → ${out}`);
