import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateProvider } from '../../../lib/providers/validate';
import { corpusDir } from '../../../scripts/lib/label-set';

// A draft saved as it is must be a valid provider file: both labels, a heading for a label, the form
// by id, name or action, no duplicate key and part, stable selectors only.

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = corpusDir(ROOT);
mkdirSync(join(ROOT, '.generated'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.generated/draft-'));
mkdirSync(join(work, 'providers'));
symlinkSync(join(ROOT, 'lib'), join(work, 'lib'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES: [string, string][] = [
  ['own', 'tests/fixtures/recognise/denki-hikkoshi.html'],
  ['own', 'tests/fixtures/recognise/gas-kaishi.html'],
  ['own', 'tests/fixtures/sites/demo-gas/kaishi.html'],
  ['corpus', 'jquery.jpostal.js/sample_6.html'],
  ['corpus', 'ajaxzip3/test_htdocs_ajaxzip3.html'],
  ['corpus', 'ec-cube2/default_shopping_nonmember_input.tpl'],
  ['corpus', 'ec-cube2/default_entry_index.tpl'],
];

function draft(page: string, out: string): string {
  return execFileSync('npm', ['run', 'draft', '--', page, '--url', 'https://www.example-shop.co.jp/member/entry/', '--out', out], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run draft writes a file that passes validation as it is', () => {
  for (const [group, page] of PAGES) {
    const path = group === 'own' ? join(ROOT, page) : join(CORPUS, page);
    it.skipIf(!existsSync(path))(`${page}`, async () => {
      const id = `draft-${page.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.replace(/-+$/, '');
      const out = join(work, 'providers', `${id}.ts`);
      const printed = draft(path, out);
      expect(printed).toMatch(/saved .*: \d+ keyed field\(s\)/);
      const text = readFileSync(out, 'utf8');
      expect(text.startsWith("import { defineProvider } from '../lib/providers/define';")).toBe(true);
      const mod = (await import(pathToFileURL(out).href)) as { default: { id: string; label: { en: string }; pages: { path: string }[] } };
      const provider = validateProvider({ ...mod.default, id }, `providers/${id}.ts`);
      expect(provider.label.en).not.toBe('');
      expect(provider.pages[0].path).toBe('/member/entry');
    }, 60_000);
  }
  if (!existsSync(CORPUS)) console.warn(`draft validity on corpus pages skipped: ${CORPUS} not found`);

  it('drafts the form from its action when it has no id or name, and a short label from the heading', () => {
    const out = join(work, 'providers', 'draft-action.ts');
    const page = join(work, 'action.html');
    execFileSync('node', ['-e', `require('fs').writeFileSync(${JSON.stringify(page)}, '<title>お見積りフォーム｜例の引越センター 全国対応・単身パック</title><h1>引越しお見積り</h1><form action="/estimate/confirm"><label>お名前<input name="onamae"></label><label>電話番号<input name="tel" type="tel"></label><select name="empty"></select></form>')`]);
    draft(page, out);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`form: 'form[action="/estimate/confirm"]'`);
    expect(text).toContain(`label: { ja: '引越しお見積り'`);
    expect(text).toContain(`category: 'moving'`);
  }, 60_000);
});
