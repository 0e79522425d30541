// npm run eval:agreement
// How far two people's blind readings of the test split agree, and how the classifier scores against
// each: the first reading as adjudicated (tests/fixtures/labels/<group>/, what `eval:fields` scores)
// and the second reading (tests/fixtures/labels/second-reading/). Totals only, like the test split in
// RESULTS.md: the agreement of two people bounds what any classifier's F1 on these labels means.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { classifyFields } from '../lib/recognise';
import { corpusDir, findLabelledPages, findSplitPages } from './lib/label-set';
import { loadPage } from './lib/load-page';
import { scorePage, type LabelFile, type Prediction } from './lib/score-fields';
import { totalsOf, type PageRow, type Totals } from './lib/field-eval';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const corpus = corpusDir(repoRoot);
if (!existsSync(corpus)) {
  console.error(`corpus not found at ${corpus} (set TETSUZUKI_CORPUS_DIR): nothing compared`);
  process.exit(1);
}

const first = findSplitPages(repoRoot, 'test', corpus).pages;
const second = new Map(findLabelledPages(resolve(repoRoot, 'tests/fixtures/labels/second-reading'), corpus).map((p) => [p.name, p]));

/** One reading's answers as if they were guesses, to score them against the other reading. */
function asGuesses(doc: Document, labels: LabelFile): Prediction[] {
  return labels.fields.flatMap((f) => {
    const element = doc.querySelector(f.selector);
    return element ? [{ element, selector: f.selector, key: f.key, part: f.part }] : [];
  });
}

const rows = { secondVsFirst: [] as PageRow[], classifierVsFirst: [] as PageRow[], classifierVsSecond: [] as PageRow[] };
const missing: string[] = [];
for (const page of first) {
  const other = second.get(page.name.replace(/^.*\//, ''));
  if (!page.pagePath || !other) {
    missing.push(page.name);
    continue;
  }
  const parsed = loadPage(page.pagePath);
  try {
    const doc = parsed.document;
    const guesses = classifyFields(doc);
    rows.secondVsFirst.push({ name: page.name, score: scorePage(doc, page.labels, asGuesses(doc, other.labels)) });
    rows.classifierVsFirst.push({ name: page.name, score: scorePage(doc, page.labels, guesses) });
    rows.classifierVsSecond.push({ name: page.name, score: scorePage(doc, other.labels, guesses) });
  } finally {
    void parsed.close();
  }
}

const line = (title: string, t: Totals) =>
  `${title.padEnd(46)} F1 ${t.f1.toFixed(3)}  precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}  old/new mix-ups ${t.mixups}`;
console.log(`Test split, ${rows.secondVsFirst.length} pages (totals only)`);
console.log(line('second reading against the adjudicated first', totalsOf(rows.secondVsFirst)));
console.log(line('classifier against the first (eval:fields)', totalsOf(rows.classifierVsFirst)));
console.log(line('classifier against the second', totalsOf(rows.classifierVsSecond)));
for (const name of missing) console.warn(`not compared: ${name} (page or second reading missing)`);
if (missing.length) process.exitCode = 1;
