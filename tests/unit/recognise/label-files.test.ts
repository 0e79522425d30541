// Every label file the classifier is scored against is well-formed: keys from the profile vocabulary,
// parts only beside a key they fit, one label per selector, each selector naming exactly one
// fillable field of its page, and no fillable field of the page left out.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isProfileKey, parseHouseholdKey } from '../../../lib/profile/keys';
import { corpusDir, findLabelledPages, type LabelledPage } from '../../../scripts/lib/label-set';
import { loadPage } from '../../../scripts/lib/load-page';
import type { LabelFile } from '../../../scripts/lib/score-fields';

const repoRoot = resolve(__dirname, '../../..');
const corpus = corpusDir(repoRoot);

const GROUPS: Record<string, string> = {
  own: 'tests/fixtures/recognise',
  heldout: 'tests/fixtures/labels/heldout',
  'real-jp': 'tests/fixtures/labels/real-jp',
  corpus: 'tests/fixtures/labels/corpus',
  'second-reading': 'tests/fixtures/labels/second-reading',
  // Label folders kept outside the repository (pages without a licence to ship), checked the same way:
  // TETSUZUKI_EXTRA_LABELS=/path/g21:/path/g22 npx vitest run tests/unit/recognise/label-files.test.ts
  ...Object.fromEntries(
    (process.env.TETSUZUKI_EXTRA_LABELS ?? '')
      .split(':')
      .filter(Boolean)
      .map((dir) => [`extra ${dir}`, resolve(dir)]),
  ),
};

const NOT_FILLABLE = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

function partsFor(key: string): readonly (number | string)[] {
  const bare = parseHouseholdKey(key)?.key ?? key;
  if (/^(?:old|new)Address\.postalCode$/.test(bare)) return [1, 2];
  if (bare === 'phone' || bare === 'phoneAlt') return [1, 2, 3];
  if (bare === 'birthDate' || bare.startsWith('move.')) return ['year', 'month', 'day', 'era'];
  return [];
}

/** What is wrong with a label file's own content (no page needed); empty when nothing is. */
function labelFileProblems(labels: LabelFile): string[] {
  const problems: string[] = [];
  if (!Array.isArray(labels.fields) || labels.fields.length === 0) return ['no fields'];
  if (labels.addressSide !== undefined && labels.addressSide !== 'any') {
    problems.push(`addressSide ${JSON.stringify(labels.addressSide)} is not "any"`);
  }
  const seen = new Set<string>();
  for (const field of labels.fields) {
    const where = field.selector;
    if (typeof field.selector !== 'string' || !field.selector) problems.push('a field without a selector');
    if (seen.has(field.selector)) problems.push(`${where}: listed twice`);
    seen.add(field.selector);
    if (field.key !== null && (typeof field.key !== 'string' || !isProfileKey(field.key))) {
      problems.push(`${where}: ${JSON.stringify(field.key)} is not a profile key`);
    }
    if (field.part === undefined || field.part === null) continue;
    if (field.key === null) {
      problems.push(`${where}: part ${JSON.stringify(field.part)} without a key`);
    } else if (typeof field.key === 'string' && !partsFor(field.key).includes(field.part)) {
      problems.push(`${where}: part ${JSON.stringify(field.part)} does not fit ${field.key}`);
    }
  }
  return problems;
}

function isFillable(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select' || tag === 'textarea') return true;
  return tag === 'input' && !NOT_FILLABLE.has((el.getAttribute('type') ?? 'text').toLowerCase());
}

/** Selector problems of a label file against its page. */
function selectorProblems(doc: Document, labels: LabelFile): string[] {
  const problems: string[] = [];
  for (const field of labels.fields) {
    let matches: Element[];
    try {
      matches = Array.from(doc.querySelectorAll(field.selector));
    } catch {
      problems.push(`${field.selector}: not a valid selector`);
      continue;
    }
    if (matches.length !== 1) problems.push(`${field.selector}: matches ${matches.length} elements`);
    else if (!isFillable(matches[0])) problems.push(`${field.selector}: not a fillable field`);
  }
  return problems;
}

/** Fillable fields of the page that no label names (a radio group counts once, by any radio). */
function unlabelledFields(doc: Document, labels: LabelFile): string[] {
  const labelled = new Set<Element>();
  const radioGroups = new Set<string>();
  for (const field of labels.fields) {
    for (const el of Array.from(doc.querySelectorAll(field.selector))) {
      labelled.add(el);
      if (el.getAttribute('type') === 'radio') radioGroups.add(el.getAttribute('name') ?? '');
    }
  }
  return Array.from(doc.querySelectorAll('input, select, textarea'))
    .filter(isFillable)
    .filter((el) => !labelled.has(el))
    .filter((el) => !(el.getAttribute('type') === 'radio' && radioGroups.has(el.getAttribute('name') ?? '')))
    .map((el) => `<${el.tagName.toLowerCase()} name="${el.getAttribute('name') ?? ''}" id="${el.getAttribute('id') ?? ''}">`);
}

describe('label file checks', () => {
  it('reject a part without a key', () => {
    const labels: LabelFile = {
      fields: [
        { selector: 'input[name="zip1"]', key: 'newAddress.postalCode', part: 1 },
        { selector: 'input[name="floor"]', key: null, part: 1 },
      ],
    };
    expect(labelFileProblems(labels)).toEqual(['input[name="floor"]: part 1 without a key']);
  });

  it('reject unknown keys, parts that do not fit their key and a selector listed twice', () => {
    const labels: LabelFile = {
      fields: [
        { selector: '#a', key: 'address.city' },
        { selector: '#b', key: 'email', part: 1 },
        { selector: '#c', key: 'phone', part: 'year' },
        { selector: '#d', key: 'household[0].birthDate', part: 'era' },
        { selector: '#d', key: null },
      ],
    };
    expect(labelFileProblems(labels)).toEqual([
      '#a: "address.city" is not a profile key',
      '#b: part 1 does not fit email',
      '#c: part "year" does not fit phone',
      '#d: listed twice',
    ]);
  });

  it('find selectors that miss, repeat or name no fillable field, and fields left unlabelled', async () => {
    const { parseHtml } = await import('../../../scripts/lib/parse-html');
    const page = parseHtml(
      '<form><input name="a"><input name="b"><input name="b"><button id="go"></button>' +
        '<input type="radio" name="r" value="1"><input type="radio" name="r" value="2"><textarea name="t"></textarea></form>',
    );
    try {
      const labels: LabelFile = {
        fields: [
          { selector: 'input[name="a"]', key: 'email' },
          { selector: 'input[name="b"]', key: null },
          { selector: '#go', key: null },
          { selector: '#none', key: null },
          { selector: 'input[name="r"][value="1"]', key: 'gender' },
        ],
      };
      expect(selectorProblems(page.document, labels)).toEqual([
        'input[name="b"]: matches 2 elements',
        '#go: not a fillable field',
        '#none: matches 0 elements',
      ]);
      expect(unlabelledFields(page.document, labels)).toEqual(['<textarea name="t" id="">']);
    } finally {
      await page.close();
    }
  });
});

for (const [group, dir] of Object.entries(GROUPS)) {
  describe(`label files: ${group} (${dir})`, () => {
    const pages = findLabelledPages(resolve(repoRoot, dir), corpus);

    it('has label files', () => {
      expect(pages.length).toBeGreaterThan(0);
    });

    for (const page of pages) {
      it(`${page.name}: keys and parts are well-formed`, () => {
        expect(labelFileProblems(page.labels)).toEqual([]);
      });
    }

    // Pages read from the shared corpus (the corpus and real-jp groups, and the second reading of
    // the test split) are checked only where the corpus is.
    const corpusMissing = !existsSync(corpus);
    if (corpusMissing && pages.some((page) => page.labels.page)) {
      console.warn(`corpus not found at ${corpus}: ${group} selectors of corpus pages not checked`);
    }

    for (const page of pages) {
      if (corpusMissing && page.labels.page) {
        it.skip(`${page.name}: selectors not checked: corpus not found at ${corpus} (set TETSUZUKI_CORPUS_DIR)`, () => {});
        continue;
      }
      it(`${page.name}: each selector names exactly one fillable field, and every fillable field is listed`, async () => {
        expect(page.missing, page.missing).toBeUndefined();
        const parsed = loadPage((page as LabelledPage & { pagePath: string }).pagePath);
        try {
          expect(selectorProblems(parsed.document, page.labels)).toEqual([]);
          expect(unlabelledFields(parsed.document, page.labels)).toEqual([]);
        } finally {
          await parsed.close();
        }
      });
    }
  });
}
