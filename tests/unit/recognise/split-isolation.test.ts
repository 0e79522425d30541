// No page that rules were written from may come from a site of the fixed test split: the split is by
// site (one owner of repositories, or one template family), so a dev page from a test site would let
// rules learn the test pages. Checked for the committed list of extra dev pages, the dev split's own
// real pages, and any label folders given in TETSUZUKI_EXTRA_LABELS (their sources.tsv).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(__dirname, '../../..');
const labelsDir = resolve(repoRoot, 'tests/fixtures/labels');

interface Source {
  where: string;
  repository: string;
  path: string;
}

/**
 * The site a page comes from: the owner of its repository, except for the shop software EC-CUBE,
 * whose public templates are used by many shops. There the template family decides (EC-CUBE 4's Twig
 * templates versus EC-CUBE 2's Smarty ones), whoever publishes the copy.
 */
export function siteOf(repository: string, path: string): string {
  if (/\.twig\b/.test(path) && /(?:Resource|app)\/template\//.test(path)) return 'template:ec-cube-4';
  if (/^ec-cube\//i.test(repository)) return /\.tpl\b/.test(path) ? 'template:ec-cube-2' : 'template:ec-cube-4';
  return `owner:${repository.split('/')[0].toLowerCase()}`;
}

/** "owner/repo @ commit, path (…)" as the real-jp label files write it. */
function sourceOfLabelFile(file: string): Source {
  const text = (JSON.parse(readFileSync(file, 'utf8')) as { source?: string }).source ?? '';
  const m = /^\s*([^\s@]+\/[^\s@]+)\s*@\s*[0-9a-f]+,\s*([^(]+)/.exec(text);
  if (!m) throw new Error(`${file}: source ${JSON.stringify(text)} does not name "owner/repo @ commit, path"`);
  return { where: file, repository: m[1], path: m[2].trim() };
}

/** Rows of a sources.tsv (group, file, repository, commit, path), header optional. */
function sourcesOfTsv(file: string): Source[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 5 && cols[2] !== 'repository')
    .map((cols) => ({ where: `${file}: ${cols[0]} ${cols[1]}`, repository: cols[2].trim(), path: cols[4].trim() }));
}

/** Every source whose site is a site of a test page. */
export function conflicts(testSources: Source[], devSources: Source[]): string[] {
  const testSites = new Map(testSources.map((s) => [siteOf(s.repository, s.path), s]));
  return devSources
    .filter((s) => testSites.has(siteOf(s.repository, s.path)))
    .map((s) => `${s.where} (${s.repository}, ${s.path}) shares its site with the test page ${testSites.get(siteOf(s.repository, s.path))!.where}`);
}

const splits = JSON.parse(readFileSync(join(labelsDir, 'splits.json'), 'utf8')) as { test: string[]; dev: string[] };
const realPages = (names: string[]) =>
  names.filter((n) => n.startsWith('real-jp/')).map((n) => sourceOfLabelFile(join(labelsDir, `${n}.labels.json`)));
const testSources = realPages(splits.test);

describe('the site of a page', () => {
  it('is the owner of its repository, in any letter case', () => {
    expect(siteOf('Imaituki/laperle.info', 'www/index.tpl')).toBe(siteOf('imaituki/tag-school.co.jp', 'www/contact/index.tpl'));
    expect(siteOf('someone/shop', 'contact.php')).not.toBe(siteOf('imaituki/shop', 'contact.php'));
  });

  it('is the template family for EC-CUBE, whoever publishes the copy', () => {
    const four = siteOf('EC-CUBE/ec-cube', 'src/Eccube/Resource/template/default/Entry/index.twig');
    expect(siteOf('a-shop/localec', 'app/template/default/Shopping/nonmember.twig')).toBe(four);
    expect(siteOf('EC-CUBE/ec-cube', 'data/Smarty/templates/mobile/entry/index.tpl')).not.toBe(four);
  });
});

describe('no dev page comes from a site of the test split', () => {
  it('reads the sources of the real pages of the test split', () => {
    expect(testSources.length).toBe(splits.test.filter((n) => n.startsWith('real-jp/')).length);
    expect(testSources.length).toBeGreaterThan(0);
  });

  it('finds a page of a test site when there is one (control)', () => {
    const probe = { where: 'probe', repository: testSources[0].repository, path: 'another/page.php' };
    expect(conflicts(testSources, [probe])).toHaveLength(1);
  });

  it('the dev split', () => {
    expect(conflicts(testSources, realPages(splits.dev))).toEqual([]);
  });

  it('the extra dev pages (extra-dev-sources.tsv)', () => {
    const extra = sourcesOfTsv(join(labelsDir, 'extra-dev-sources.tsv'));
    expect(extra.length).toBeGreaterThan(100);
    expect(conflicts(testSources, extra)).toEqual([]);
  });

  const folders = (process.env.TETSUZUKI_EXTRA_LABELS ?? '').split(':').filter(Boolean);
  for (const dir of folders) {
    it(`label folder ${dir}`, () => {
      const tsv = join(resolve(dir), 'sources.tsv');
      expect(existsSync(tsv), `${tsv} is missing`).toBe(true);
      expect(conflicts(testSources, sourcesOfTsv(tsv))).toEqual([]);
    });
  }
});
