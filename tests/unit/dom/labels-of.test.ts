import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/lib/find-chromium';

// labelsOf must give exactly what `el.labels` gives, inside a batch (from one index of the page's
// labels) and outside one (the browser's own list). Checked in a browser, on every kind of labelling.

const chromiumPath = findChromium();
let browser: Browser | undefined;
let page: Page;
let moduleCode = '';

const MARKUP = `
  <label for="a">お名前</label><input id="a" name="a">
  <label>フリガナ <input id="b" name="b"></label>
  <label for="c">郵便番号</label><label for="c">（半角）</label><input id="c">
  <input type="hidden" id="h"><label for="h">hidden</label>
  <label for="s">都道府県</label><select id="s"><option>東京都</option></select>
  <label>備考 <textarea id="t"></textarea></label>
  <label for="nowhere">no control</label>
  <label>電話 <input id="p1"> - <input id="p2"></label>
  <input type="radio" name="r" id="r1"><label for="r1">自宅</label>
  <label><input type="checkbox" id="x"> 同意する</label>
  <input id="bare">
  <div id="host"></div>`;

async function compare(): Promise<{ outside: Record<string, string[]>; inside: Record<string, string[]>; native: Record<string, string[]>; restarted: string[] }> {
  await page.setContent(`<!doctype html><html><body>${MARKUP}</body></html>`);
  await page.addScriptTag({ content: moduleCode });
  return page.evaluate(() => {
    const mod = (globalThis as unknown as { labelsOfModule: typeof import('../../../lib/dom/labels-of') }).labelsOfModule;
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="in">影の中</label><input id="in"><label for="a">not the outer a</label>';
    const controls = [...Array.from(document.querySelectorAll('input, select, textarea')), ...Array.from(shadow.querySelectorAll('input'))] as HTMLInputElement[];
    const text = (labels: readonly HTMLLabelElement[]) => labels.map((l) => (l.textContent ?? '').trim());
    const key = (el: Element) => `${el.getRootNode() === shadow ? 'shadow:' : ''}${el.id}`;
    const native: Record<string, string[]> = {};
    const outside: Record<string, string[]> = {};
    const inside: Record<string, string[]> = {};
    for (const el of controls) {
      native[key(el)] = text(Array.from(el.labels ?? []));
      outside[key(el)] = text(mod.labelsOf(el));
    }
    mod.startLabelIndex();
    for (const el of controls) inside[key(el)] = text(mod.labelsOf(el));
    // A label added after the index was built is seen once the index is restarted.
    const late = document.createElement('label');
    late.htmlFor = 'bare';
    late.textContent = '後から';
    document.body.append(late);
    mod.startLabelIndex();
    const restarted = text(mod.labelsOf(document.getElementById('bare')!));
    mod.stopLabelIndex();
    return { outside, inside, native, restarted };
  });
}

describe.skipIf(!chromiumPath)('labelsOf in a browser', () => {
  beforeAll(async () => {
    const bundle = await build({ entryPoints: ['lib/dom/labels-of.ts'], bundle: true, format: 'iife', globalName: 'labelsOfModule', write: false, target: 'es2022' });
    moduleCode = bundle.outputFiles[0].text;
    browser = await chromium.launch({ executablePath: chromiumPath!, headless: true });
    page = await browser.newPage();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('gives what el.labels gives, with and without the index, for every kind of labelling', async () => {
    const { outside, inside, native, restarted } = await compare();
    expect(native.a).toEqual(['お名前']);
    expect(native.c).toEqual(['郵便番号', '（半角）']);
    expect(native.b).toEqual(['フリガナ']);
    expect(native.p1).toEqual(['電話  -']);
    expect(native.p2).toEqual([]);
    expect(native.h).toEqual([]);
    expect(native['shadow:in']).toEqual(['影の中']);
    expect(outside).toEqual(native);
    expect(inside).toEqual(native);
    expect(restarted).toEqual(['後から']);
  });
});
