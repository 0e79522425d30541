import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isProfileKey, FIELD_PARTS } from '../../../lib/profile/keys';
import { parseHtml } from '../../../scripts/lib/parse-html';

const repoRoot = resolve(__dirname, '../../..');
const fixture = resolve(repoRoot, 'tests/fixtures/recognise/denki-hikkoshi.html');

function draft(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'scripts/draft.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
}

describe('npm run draft', () => {
  it('--json prints exactly {fields:[{selector,key,part,confidence}]}, one entry per fillable field', async () => {
    const out = JSON.parse(draft('--json', fixture));
    expect(Object.keys(out)).toEqual(['fields']);
    const page = parseHtml(readFileSync(fixture, 'utf8'));
    const fillable = page.document.querySelectorAll(
      'input:not([type="hidden"]):not([type="submit"]):not([type="radio"]), select, textarea',
    ).length;
    const radioGroups = new Set(Array.from(page.document.querySelectorAll('input[type="radio"]')).map((r) => r.getAttribute('name'))).size;
    expect(out.fields).toHaveLength(fillable + radioGroups);
    for (const f of out.fields) {
      expect(Object.keys(f)).toEqual(['selector', 'key', 'part', 'confidence']);
      expect(typeof f.selector).toBe('string');
      expect(page.document.querySelectorAll(f.selector)).toHaveLength(1);
      expect(f.key === null || isProfileKey(f.key)).toBe(true);
      expect(f.part === null || (FIELD_PARTS as readonly unknown[]).includes(f.part)).toBe(true);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    await page.close();
  }, 60_000);

  it('prints a provider draft with keyed fields and the fields left alone as comments', () => {
    const out = draft(fixture, '--url', 'https://www.sakura-denki.co.jp/move/form');
    expect(out).toContain("import { defineProvider } from '../lib/providers/define';");
    expect(out).toContain("origins: ['https://www.sakura-denki.co.jp']");
    expect(out).toContain("path: '/move/form'");
    expect(out).toContain("category: 'electricity'");
    expect(out).toContain("{ selector: '#oldZip1', key: 'oldAddress.postalCode', part: 1 },");
    expect(out).toMatch(/\/\/ no key: #newFloor/);
  }, 60_000);

  it('uses placeholders without --url', () => {
    const out = draft(fixture);
    expect(out).toContain("origins: ['https://example.jp']");
    expect(out).toContain("path: '/'");
  }, 60_000);
});
