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
