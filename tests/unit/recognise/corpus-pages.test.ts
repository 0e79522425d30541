// Runs the classifier over every page of the shared form corpus: it must never throw, and every
// selector it returns must match exactly its own element.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFields } from '../../../lib/recognise';
import { corpusDir } from '../../../scripts/lib/label-set';
import { loadPage } from '../../../scripts/lib/load-page';

const repoRoot = resolve(__dirname, '../../..');
const corpus = corpusDir(repoRoot);

function pagesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pagesUnder(path));
    else if (/\.html?$/.test(name) || name.endsWith('.tpl')) out.push(path);
  }
  return out.sort();
}

describe('classifier over the shared corpus', () => {
  if (!existsSync(corpus)) {
    it.skip(`corpus not found at ${corpus} (set TETSUZUKI_CORPUS_DIR)`, () => {});
    console.warn(`corpus not found at ${corpus}: corpus checks skipped`);
    return;
  }
  const pages = pagesUnder(corpus);

  it('finds the corpus pages', () => {
    expect(pages.filter((p) => p.endsWith('.html')).length).toBeGreaterThan(50);
  });

  for (const page of pages) {
    it(`classifies ${relative(corpus, page)}`, async () => {
      const parsed = loadPage(page);
      try {
        const fields = classifyFields(parsed.document);
        for (const f of fields) {
          const found = parsed.document.querySelectorAll(f.selector);
          expect(found.length, f.selector).toBe(1);
          expect(found[0] === f.element, f.selector).toBe(true);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      } finally {
        await parsed.close();
      }
    }, 30_000);
  }
});
