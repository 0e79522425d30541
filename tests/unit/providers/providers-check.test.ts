import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/lib/find-chromium';

// `npm run providers:check` on a provider kept outside the repository (a real https origin, served
// from its fixture): it passes, then a broken selector makes it fail and name the field.

const ROOT = resolve(import.meta.dirname, '../../..');
const chromium = findChromium();
const dir = mkdtempSync(join(tmpdir(), 'tp-provider-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>お見積り</title></head><body>
<form id="estimate" action="/estimate/confirm" method="post">
  <label for="sei">お名前（姓）</label><input id="sei" name="sei">
  <label for="mei">お名前（名）</label><input id="mei" name="mei">
  <label for="tel">電話番号</label><input id="tel" name="tel" placeholder="例：090-1234-5678">
  <label for="moveDay">お引越し予定日</label><input id="moveDay" name="moveDay" type="date">
  <label for="memo">ご要望</label><textarea id="memo" name="memo"></textarea>
</form></body></html>`;

function providerSource(telSelector: string): string {
  return `export default {
  id: 'throwaway-hikkoshi',
  label: { ja: '例の引越センター（お見積り）', en: 'Example Movers (estimate)' },
  category: 'moving',
  origins: ['https://www.example-hikkoshi.co.jp'],
  updated: '2026-12-01',
  pages: [{
    id: 'estimate', path: '/estimate', title: { ja: 'お見積り', en: 'Estimate' }, form: 'form#estimate',
    fields: [
      { selector: '#sei', key: 'name.family' },
      { selector: '#mei', key: 'name.given' },
      { selector: '${telSelector}', key: 'phone' },
      { selector: '#moveDay', key: 'move.date' },
    ],
  }],
};
export const tests = [{ page: 'estimate', fixture: './estimate.html',
  values: { sei: '山田', mei: '花子', tel: '090-1234-5678', moveDay: '2026-12-20' }, untouched: { memo: '' } }];
`;
}

function check(): { status: number | null; out: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/check-providers.ts', '--dir', dir, '--provider', 'throwaway-hikkoshi'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe.skipIf(!chromium)('npm run providers:check on a provider outside the repository', () => {
  if (!chromium) console.warn('providers:check test skipped: no Chromium (set CHROMIUM_PATH)');
  writeFileSync(join(dir, 'estimate.html'), FIXTURE);
  const file = join(dir, 'throwaway-hikkoshi.ts');

  it('passes against its fixture at its https origin, without copying it into the repository', () => {
    writeFileSync(file, providerSource('#tel'));
    const { status, out } = check();
    expect(out).toContain('PASS  throwaway-hikkoshi estimate /estimate — 4 filled');
    expect(out).toMatch(/providers:check: 1 passed, 0 failed/);
    expect(status).toBe(0);
  }, 120_000);

  it('fails on a broken selector and names the field', () => {
    writeFileSync(file, providerSource('#telephone'));
    const { status, out } = check();
    expect(out).toContain('FAIL  throwaway-hikkoshi estimate /estimate');
    expect(out).toContain('phone (#telephone): no element matches inside form#estimate');
    expect(out).toContain('tel ([name="tel"]): expected "090-1234-5678", got ""');
    expect(status).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('#telephone');
  }, 120_000);
});
