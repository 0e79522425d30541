// Finds labelled pages: NAME.html beside NAME.labels.json, a label file naming a corpus page
// ("page"), or one naming a page of the project's own fixtures ("fixture", from the repo root).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { LabelFile } from './score-fields';

const REPO_ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');

export interface LabelledPage {
  name: string;
  labelPath: string;
  /** Absolute path of the page, or null when its corpus is not there. */
  pagePath: string | null;
  labels: LabelFile;
  missing?: string;
}

export function corpusDir(repoRoot: string): string {
  return process.env.TETSUZUKI_CORPUS_DIR ? resolve(process.env.TETSUZUKI_CORPUS_DIR) : resolve(repoRoot, '../shared/corpus');
}

export function findLabelledPages(dir: string, corpus: string): LabelledPage[] {
  if (!existsSync(dir)) return [];
  const pages: LabelledPage[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.labels.json')) continue;
    const name = file.slice(0, -'.labels.json'.length);
    const labelPath = join(dir, file);
    const labels = JSON.parse(readFileSync(labelPath, 'utf8')) as LabelFile;
    const beside = join(dir, `${name}.html`);
    const fixture = (labels as LabelFile & { fixture?: string }).fixture;
    if (existsSync(beside)) {
      pages.push({ name, labelPath, pagePath: beside, labels });
    } else if (fixture) {
      const path = join(REPO_ROOT, fixture);
      pages.push(existsSync(path) ? { name, labelPath, pagePath: path, labels } : { name, labelPath, pagePath: null, labels, missing: `fixture ${fixture} not found` });
    } else if (labels.page) {
      const path = isAbsolute(labels.page) ? labels.page : join(corpus, labels.page);
      pages.push(
        existsSync(path)
          ? { name, labelPath, pagePath: path, labels }
          : { name, labelPath, pagePath: null, labels, missing: `corpus page ${labels.page} not found under ${corpus}` },
      );
    } else {
      pages.push({ name, labelPath, pagePath: null, labels, missing: `no ${name}.html beside its labels` });
    }
  }
  return pages;
}

/** Label directory of each page group of `tests/fixtures/labels/splits.json`. */
export const GROUP_DIRS: Record<string, string> = {
  'corpus/': 'tests/fixtures/labels/corpus',
  'real-jp/': 'tests/fixtures/labels/real-jp',
  'heldout/': 'tests/fixtures/labels/heldout',
  'own/': 'tests/fixtures/recognise',
};

export type SplitName = 'dev' | 'test';

export interface SplitPages {
  pages: LabelledPage[];
  /** Pages named by the split whose label file does not exist (yet). */
  unlabelled: string[];
}

/** The labelled pages of one split, by the fixed list in splits.json (`group/name`). */
export function findSplitPages(repoRoot: string, split: SplitName, corpus: string = corpusDir(repoRoot)): SplitPages {
  const splits = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/labels/splits.json'), 'utf8')) as Record<SplitName, string[]>;
  const byDir = new Map<string, LabelledPage[]>();
  const pages: LabelledPage[] = [];
  const unlabelled: string[] = [];
  for (const id of splits[split]) {
    const group = Object.keys(GROUP_DIRS).find((prefix) => id.startsWith(prefix));
    if (!group) throw new Error(`splits.json: ${split}: unknown group in ${id}`);
    const dir = join(repoRoot, GROUP_DIRS[group]);
    if (!byDir.has(dir)) byDir.set(dir, findLabelledPages(dir, corpus));
    const name = id.slice(group.length);
    const page = byDir.get(dir)!.find((p) => p.name === name);
    if (page) pages.push({ ...page, name: id });
    else unlabelled.push(id);
  }
  return { pages, unlabelled };
}
