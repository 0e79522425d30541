// Runs the classifier over labelled pages and renders the tables of tests/fixtures/labels/RESULTS.md.

import { classifyFields } from '../../lib/recognise';
import type { LabelledPage } from './label-set';
import { loadPage } from './load-page';
import { ratios, scorePage, type PageScore } from './score-fields';

export interface PageRow {
  name: string;
  score: PageScore;
}

export interface Totals {
  pages: number;
  labelled: number;
  tp: number;
  fp: number;
  fn: number;
  mixups: number;
  preRight: number;
  preWrong: number;
  precision: number;
  recall: number;
  f1: number;
  /** Precision of the guesses ticked in advance (1 when none is). */
  prePrecision: number;
}

export interface EvalResult {
  rows: PageRow[];
  skipped: string[];
  unlabelled: string[];
  totals: Totals;
}

export function evaluatePages(pages: LabelledPage[], unlabelled: string[] = []): EvalResult {
  const rows: PageRow[] = [];
  const skipped: string[] = [];
  for (const page of pages) {
    if (!page.pagePath) {
      skipped.push(`${page.name}: ${page.missing}`);
      continue;
    }
    const parsed = loadPage(page.pagePath);
    try {
      const predictions = classifyFields(parsed.document);
      rows.push({ name: page.name, score: scorePage(parsed.document, page.labels, predictions) });
    } finally {
      void parsed.close();
    }
  }
  return { rows, skipped, unlabelled, totals: totalsOf(rows) };
}

export function totalsOf(rows: PageRow[]): Totals {
  const t = { pages: rows.length, labelled: 0, tp: 0, fp: 0, fn: 0, mixups: 0, preRight: 0, preWrong: 0 };
  for (const { score } of rows) {
    t.labelled += score.labelled;
    t.tp += score.tp;
    t.fp += score.fp;
    t.fn += score.fn;
    t.mixups += score.mixups;
    t.preRight += score.preRight;
    t.preWrong += score.preWrong;
  }
  const pre = t.preRight + t.preWrong;
  return { ...t, ...ratios(t), prePrecision: pre === 0 ? 1 : t.preRight / pre };
}

const f3 = (n: number) => n.toFixed(3);

function summary(t: Totals): string {
  return (
    `F1 ${f3(t.f1)}, precision ${f3(t.precision)}, recall ${f3(t.recall)}, old/new mix-ups ${t.mixups}, ` +
    `pre-ticked precision ${f3(t.prePrecision)} (${t.preRight} of ${t.preRight + t.preWrong} pre-ticked guesses right) — ${t.pages} pages, ${t.labelled} labelled fields`
  );
}

export function renderSplit(result: EvalResult, title: string, { perPage }: { perPage: boolean }): string {
  const t = result.totals;
  const lines = [`## ${title}`, '', summary(t), ''];
  if (perPage) {
    lines.push('| page | fields | TP | FP | FN | precision | recall | F1 | old/new mix-ups | pre-ticked right/wrong |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const { name, score } of result.rows) {
      const r = ratios(score);
      lines.push(`| ${name} | ${score.labelled} | ${score.tp} | ${score.fp} | ${score.fn} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)} | ${score.mixups} | ${score.preRight}/${score.preWrong} |`);
    }
    lines.push(`| **overall** (${t.pages} pages) | ${t.labelled} | ${t.tp} | ${t.fp} | ${t.fn} | ${f3(t.precision)} | ${f3(t.recall)} | ${f3(t.f1)} | ${t.mixups} | ${t.preRight}/${t.preWrong} |`, '');
    const errors = result.rows.flatMap(({ name, score }) => score.errors.map((e) => `- ${name}: \`${e.selector}\` expected ${e.expected}, predicted ${e.predicted}`));
    const problems = result.rows.flatMap(({ name, score }) => score.problems.map((p) => `- ${name}: ${p}`));
    if (errors.length) lines.push('### Errors', '', ...errors, '');
    if (problems.length) lines.push('### Label problems', '', ...problems, '');
  }
  if (result.unlabelled.length) lines.push(`Not labelled yet (${result.unlabelled.length}): ${result.unlabelled.join(', ')}`, '');
  if (result.skipped.length) lines.push('Skipped:', '', ...result.skipped.map((s) => `- ${s}`), '');
  return lines.join('\n');
}

/** Precision and count of keyed guesses at or above each confidence (for choosing PRESELECT_CONFIDENCE). */
export function renderThresholds(result: EvalResult): string {
  const keyed = result.rows.flatMap((r) => r.score.keyed);
  const lines = ['| confidence ≥ | keyed guesses | right | precision |', '|---:|---:|---:|---:|'];
  for (let t = 0.2; t <= 0.951; t += 0.05) {
    const above = keyed.filter((k) => k.confidence >= t - 1e-9);
    const right = above.filter((k) => k.right).length;
    lines.push(`| ${t.toFixed(2)} | ${above.length} | ${right} | ${above.length ? f3(right / above.length) : '—'} |`);
  }
  return lines.join('\n') + '\n';
}

export interface HistoryRow {
  date: string;
  devF1: number;
  testF1: number;
  testMixups: number;
  note: string;
}

const HISTORY_TITLE = '## History';

export function renderHistory(rows: HistoryRow[]): string {
  return [
    HISTORY_TITLE,
    '',
    'The test F1 and mix-ups of the last line are the figures `npm test` holds the classifier to (`npm run eval:fields -- --record "note"` adds a line).',
    '',
    '| date | dev F1 | test F1 | test old/new mix-ups | note |',
    '|---|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.date} | ${f3(r.devF1)} | ${f3(r.testF1)} | ${r.testMixups} | ${r.note} |`),
    '',
  ].join('\n');
}

const NOTES_TITLE = '## Method notes';

/** The hand-written "Method notes" section of RESULTS.md, kept when the file is written again. */
export function parseMethodNotes(markdown: string): string | null {
  const start = markdown.indexOf(NOTES_TITLE);
  if (start < 0) return null;
  const end = markdown.indexOf(HISTORY_TITLE, start);
  return markdown.slice(start, end < 0 ? undefined : end).trimEnd() + '\n';
}

export function parseHistory(markdown: string): HistoryRow[] {
  const start = markdown.indexOf(HISTORY_TITLE);
  if (start < 0) return [];
  const rows: HistoryRow[] = [];
  for (const line of markdown.slice(start).split('\n')) {
    const m = /^\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|(?:\s*(\d+)\s*\|)?\s*(.*?)\s*\|$/.exec(line);
    if (m) rows.push({ date: m[1], devF1: Number(m[2]), testF1: Number(m[3]), testMixups: Number(m[4] ?? 0), note: m[5] });
  }
  return rows;
}

/** The test F1 that the committed RESULTS.md holds the classifier to, or null without a history. */
export function ratchetFigure(markdown: string): { f1: number; mixups: number } | null {
  const rows = parseHistory(markdown);
  const last = rows[rows.length - 1];
  return last ? { f1: last.testF1, mixups: last.testMixups } : null;
}
