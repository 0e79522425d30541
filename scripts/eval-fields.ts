// npm run eval:fields -- [DIR]
// Scores the field classifier on labelled pages. With DIR: every NAME.html + NAME.labels.json in it
// (a label file may instead name a corpus page with "page"). Without: the project's own labelled
// set (tests/fixtures/recognise and tests/fixtures/labels/corpus), written to
// tests/fixtures/labels/RESULTS.md as well.

import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyFields } from '../lib/recognise';
import { corpusDir, findLabelledPages, type LabelledPage } from './lib/label-set';
import { loadPage } from './lib/load-page';
import { ratios, scorePage, type PageScore } from './lib/score-fields';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface Row {
  name: string;
  score: PageScore;
}

function pct(n: number): string {
  return n.toFixed(3);
}

function evaluate(pages: LabelledPage[]): { rows: Row[]; skipped: string[] } {
  const rows: Row[] = [];
  const skipped: string[] = [];
  for (const page of pages) {
    if (!page.pagePath) {
      skipped.push(`${page.name}: ${page.missing}`);
      continue;
    }
    const parsed = loadPage(page.pagePath);
    const predictions = classifyFields(parsed.document);
    rows.push({ name: page.name, score: scorePage(parsed.document, page.labels, predictions) });
    void parsed.close();
  }
  return { rows, skipped };
}

function report(rows: Row[], skipped: string[], title: string): string {
  const total = { tp: 0, fp: 0, fn: 0, mixups: 0, labelled: 0 };
  const lines = [`# ${title}`, '', '| page | fields | TP | FP | FN | precision | recall | F1 | old/new mix-ups |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const { name, score } of rows) {
    const r = ratios(score);
    lines.push(`| ${name} | ${score.labelled} | ${score.tp} | ${score.fp} | ${score.fn} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${score.mixups} |`);
    total.tp += score.tp;
    total.fp += score.fp;
    total.fn += score.fn;
    total.mixups += score.mixups;
    total.labelled += score.labelled;
  }
  const r = ratios(total);
  lines.push(`| **overall** (${rows.length} pages) | ${total.labelled} | ${total.tp} | ${total.fp} | ${total.fn} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${total.mixups} |`);
  lines.push('', `Overall: precision ${pct(r.precision)}, recall ${pct(r.recall)}, F1 ${pct(r.f1)}, old/new mix-ups ${total.mixups}.`);
  lines.push('', 'Scoring: a labelled key predicted with its part is a TP; another key is a FP and a FN (an old/new swap is also a mix-up); no key where one is labelled is a FN; a key where the label says null is a FP. Pages labelled `"addressSide": "any"` accept either side.');
  const errors = rows.flatMap(({ name, score }) => score.errors.map((e) => `- ${name}: \`${e.selector}\` expected ${e.expected}, predicted ${e.predicted}`));
  const problems = rows.flatMap(({ name, score }) => score.problems.map((p) => `- ${name}: ${p}`));
  if (errors.length) lines.push('', '## Errors', '', ...errors);
  if (problems.length) lines.push('', '## Label problems', '', ...problems);
  if (skipped.length) lines.push('', '## Skipped', '', ...skipped.map((s) => `- ${s}`));
  return `${lines.join('\n')}\n`;
}

const dirArg = process.argv.slice(2).find((a) => !a.startsWith('-'));
const corpus = corpusDir(repoRoot);
if (dirArg) {
  const dir = resolve(dirArg);
  const { rows, skipped } = evaluate(findLabelledPages(dir, corpus));
  for (const s of skipped) console.warn(`SKIPPED ${s}`);
  process.stdout.write(report(rows, skipped, `Field classifier on ${relative(process.cwd(), dir) || '.'}`));
} else {
  const fixtures = join(repoRoot, 'tests/fixtures/recognise');
  const corpusLabels = join(repoRoot, 'tests/fixtures/labels/corpus');
  const pages = [...findLabelledPages(fixtures, corpus), ...findLabelledPages(corpusLabels, corpus)];
  const { rows, skipped } = evaluate(pages);
  for (const s of skipped) console.warn(`SKIPPED ${s}`);
  const heldOut = evaluate(findLabelledPages(join(repoRoot, 'tests/fixtures/labels/heldout'), corpus));
  const text =
    report(rows, skipped, 'Field classifier on the labelled set') +
    '\n' +
    report(
      heldOut.rows,
      heldOut.skipped,
      'Held out: pages written after the classifier (demo sites), labelled from their hand-written mappings',
    );
  writeFileSync(join(repoRoot, 'tests/fixtures/labels/RESULTS.md'), text);
  process.stdout.write(text);
}
