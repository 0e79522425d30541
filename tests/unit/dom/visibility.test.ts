import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/lib/find-chromium';
import { filterOpacity, scalesToZero } from '../../../lib/dom/visibility';

// The visibility module needs layout, so each case runs on small markup in a headless Chromium
// (no network: the markup is set directly). The pure parsers run here in Node.

describe('style parsers', () => {
  it('multiplies filter: opacity() factors, numbers and percentages', () => {
    expect(filterOpacity('none')).toBe(1);
    expect(filterOpacity('opacity(0.05)')).toBeCloseTo(0.05);
    expect(filterOpacity('opacity(50%) blur(1px) opacity(0.5)')).toBeCloseTo(0.25);
    expect(filterOpacity('opacity(2)')).toBe(1);
  });

  it('finds transforms that squash the box to nothing', () => {
    expect(scalesToZero('none')).toBe(false);
    expect(scalesToZero('matrix(1, 0, 0, 1, 10, 20)')).toBe(false);
    expect(scalesToZero('matrix(0, 0, 0, 0, 0, 0)')).toBe(true);
    expect(scalesToZero('matrix(0, 0, 0, 1, 0, 0)')).toBe(true); // scaleX(0)
    expect(scalesToZero('matrix3d(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)')).toBe(true); // scaleY(0)
    expect(scalesToZero('matrix(0.5, 0, 0, 0.5, 0, 0)')).toBe(false);
    expect(scalesToZero('none', '0')).toBe(true);
    expect(scalesToZero('none', '1 0')).toBe(true);
    expect(scalesToZero('none', '1.5')).toBe(false);
  });
});

const chromiumPath = findChromium();
let browser: Browser | undefined;
let page: Page;
let moduleCode = '';

const PAGE = (body: string, head = '') => `<!doctype html><html><head><style>body{margin:0;font:16px sans-serif} input{width:160px;height:24px}</style>${head}</head><body>${body}</body></html>`;

/** Whether the module finds `#target` visible on the given markup; also reports the scroll position after. */
async function visible(body: string, head = '', id = 'target', noSheets = false): Promise<{ visible: boolean; scrollY: number }> {
  await page.setContent(PAGE(body, head));
  // setContent keeps the window: put the real CSSStyleSheet back unless this case takes it away, as
  // in Firefox content scripts, where a sheet built by the extension cannot be adopted.
  await page.evaluate((off) => {
    const g = globalThis as unknown as { CSSStyleSheet: unknown; realSheet?: unknown };
    g.realSheet ??= g.CSSStyleSheet;
    g.CSSStyleSheet = off
      ? function () {
          throw new TypeError('not allowed');
        }
      : g.realSheet;
  }, noSheets);
  await page.addScriptTag({ content: moduleCode });
  return page.evaluate((targetId) => {
    const vis = (globalThis as unknown as { visibility: typeof import('../../../lib/dom/visibility') }).visibility;
    const find = (root: Document | ShadowRoot): HTMLElement | null => {
      const direct = root.getElementById(targetId);
      if (direct) return direct;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const el = find(document)!;
    return { visible: vis.withHitTesting(document, () => vis.isVisible(el)), scrollY: window.scrollY };
  }, id);
}

const FIELD = '<input id="target">';

describe.skipIf(!chromiumPath)('isVisible in a browser', () => {
  beforeAll(async () => {
    const bundle = await build({ entryPoints: ['lib/dom/visibility.ts'], bundle: true, format: 'iife', globalName: 'visibility', write: false, target: 'es2022' });
    moduleCode = bundle.outputFiles[0].text;
    browser = await chromium.launch({ executablePath: chromiumPath!, headless: true });
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('a plain field is visible (the control for every case below)', async () => {
    expect((await visible(FIELD)).visible).toBe(true);
  });

  it('effective opacity is the product over ancestors: two at 0.2 hide, two at 0.5 do not', async () => {
    expect((await visible(`<div style="opacity:.2"><div style="opacity:.2">${FIELD}</div></div>`)).visible).toBe(false);
    expect((await visible(`<div style="opacity:.5"><div style="opacity:.5">${FIELD}</div></div>`)).visible).toBe(true);
  });

  it('one ancestor at 0.05 hides; the limit is 0.1', async () => {
    expect((await visible(`<div style="opacity:.05">${FIELD}</div>`)).visible).toBe(false);
    expect((await visible(`<div style="opacity:.09">${FIELD}</div>`)).visible).toBe(false);
    expect((await visible(`<div style="opacity:.1">${FIELD}</div>`)).visible).toBe(true);
  });

  it('filter: opacity() counts like opacity, alone and multiplied with it', async () => {
    expect((await visible(`<div style="filter:opacity(.05)">${FIELD}</div>`)).visible).toBe(false);
    expect((await visible(`<div style="filter:opacity(30%)"><div style="opacity:.3">${FIELD}</div></div>`)).visible).toBe(false);
    expect((await visible(`<div style="filter:opacity(50%)">${FIELD}</div>`)).visible).toBe(true);
  });

  it('visibility: hidden, on the field or inherited', async () => {
    expect((await visible(`<div style="visibility:hidden">${FIELD}</div>`)).visible).toBe(false);
    expect((await visible('<input id="target" style="visibility:hidden">')).visible).toBe(false);
  });

  it('clip-path on the field or an ancestor', async () => {
    expect((await visible(`<div style="clip-path:inset(50%)">${FIELD}</div>`)).visible).toBe(false);
    expect((await visible('<input id="target" style="clip-path:circle(0)">')).visible).toBe(false);
  });

  it('transforms and scale that squash to zero, on the field or an ancestor', async () => {
    expect((await visible('<input id="target" style="transform:scale(0)">')).visible).toBe(false);
    expect((await visible(`<div style="transform:scaleX(0)">${FIELD}</div>`)).visible).toBe(false);
    expect((await visible(`<div style="scale:1 0">${FIELD}</div>`)).visible).toBe(false);
    expect((await visible(`<div style="transform:scale(.8)">${FIELD}</div>`)).visible).toBe(true);
  });

  it('a clipping ancestor that cuts the field away, but not a scroll box the person can scroll', async () => {
    expect((await visible(`<div style="overflow:hidden;height:40px"><div style="height:200px"></div>${FIELD}</div>`)).visible).toBe(false);
    expect((await visible(`<div style="overflow:hidden;width:2px;height:40px">${FIELD}</div>`)).visible).toBe(false);
    expect((await visible(`<div style="overflow:auto;height:40px"><div style="height:200px"></div>${FIELD}</div>`)).visible).toBe(true);
  });

  it('a cover far below the fold is found, and the scroll position is put back', async () => {
    const spacer = '<div style="height:3000px"></div>';
    const covered = `${spacer}<div style="position:relative">${FIELD}<div style="position:absolute;inset:0;background:#fff"></div></div>`;
    expect(await visible(covered)).toEqual({ visible: false, scrollY: 0 });
    expect(await visible(`${spacer}${FIELD}`)).toEqual({ visible: true, scrollY: 0 });
  });

  it('a cover below the fold inside a scrolled box is found, and both scroll positions are put back', async () => {
    const body = `<div id="box" style="overflow:auto;height:100px"><div style="height:900px"></div><div style="position:relative">${FIELD}<div style="position:absolute;inset:0;background:#fff"></div></div></div>`;
    expect((await visible(body)).visible).toBe(false);
    expect(await page.evaluate(() => document.getElementById('box')!.scrollTop)).toBe(0);
  });

  it('a cover inside a shadow root that lets clicks through', async () => {
    // setContent keeps the window, and with it the custom element registry: one name per case.
    const host = (name: string, cover: string) =>
      // The host has no box of its own (display: contents): only the shadow root's cover can be hit.
      `<div style="position:relative">${FIELD}<${name} style="display:contents"></${name}></div>` +
      `<script>customElements.define('${name}', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '${cover}'; } });</script>`;
    expect((await visible(host('x-cover-a', '<div style="position:absolute;inset:0;background:#fff;pointer-events:none"></div>'))).visible).toBe(false);
    // Control: the same host and cover beside the field instead of over it.
    const beside =
      `${FIELD}<x-cover-b style="display:block;height:30px"></x-cover-b>` +
      `<script>customElements.define('x-cover-b', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div style="height:30px;background:#fff;pointer-events:none"></div>'; } });</script>`;
    expect((await visible(beside)).visible).toBe(true);
  });

  it('a field inside a shadow root is hit-tested against its own root', async () => {
    const body =
      '<x-form-a></x-form-a><script>customElements.define("x-form-a", class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: "open" }).innerHTML = \'<div style="position:relative"><input id="target"><div style="position:absolute;inset:0;background:#fff;pointer-events:none"></div></div>\'; } });</script>';
    expect((await visible(body)).visible).toBe(false);
    const open =
      '<x-form-b></x-form-b><script>customElements.define("x-form-b", class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: "open" }).innerHTML = \'<input id="target">\'; } });</script>';
    expect((await visible(open)).visible).toBe(true);
  });

  it('an opaque cover that lets clicks through, in the document', async () => {
    const body = `<div style="position:relative">${FIELD}<div style="position:absolute;inset:0;background:#fff;pointer-events:none"></div></div>`;
    expect((await visible(body)).visible).toBe(false);
  });

  it('without adoptable sheets (Firefox), covers that let clicks through are found by geometry, in the document and in shadow roots', async () => {
    const cover = `<div style="position:relative">${FIELD}<div style="position:absolute;inset:0;background:#fff;pointer-events:none"></div></div>`;
    expect((await visible(cover, '', 'target', true)).visible).toBe(false);
    const shadow =
      `<div style="position:relative">${FIELD}<x-cover-ff style="display:contents"></x-cover-ff></div>` +
      `<script>customElements.define('x-cover-ff', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div style="position:absolute;inset:0;background:#fff;pointer-events:none"></div>'; } });</script>`;
    expect((await visible(shadow, '', 'target', true)).visible).toBe(false);
    // Control: a transparent click-through overlay hides nothing.
    const clear = `<div style="position:relative">${FIELD}<div style="position:absolute;inset:0;pointer-events:none"></div></div>`;
    expect((await visible(clear, '', 'target', true)).visible).toBe(true);
  });

  it('leaves no sheet behind: after the checks, click-through elements let clicks through again', async () => {
    const body = `<div style="position:relative">${FIELD}<div id="overlay" style="position:absolute;inset:0;pointer-events:none"></div></div>`;
    await visible(body);
    expect(
      await page.evaluate(() => {
        const field = document.getElementById('target')!.getBoundingClientRect();
        return {
          sheets: document.adoptedStyleSheets.length,
          pointerEvents: getComputedStyle(document.getElementById('overlay')!).pointerEvents,
          hit: document.elementFromPoint(field.left + 5, field.top + 5)?.id,
        };
      }),
    ).toEqual({ sheets: 0, pointerEvents: 'none', hit: 'target' });
  });

  it('measures many fields in one batch: covers several screens down, one cover set by a style rule that lets clicks through, scroll put back', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => {
      const cover =
        i === 7 ? '<div style="position:absolute;inset:0;background:#fff"></div>' : i === 12 ? '<div class="through" style="position:absolute;inset:0"></div>' : '';
      return `<div style="position:relative;height:200px"><input id="f${i}">${cover}</div>`;
    }).join('');
    await page.setContent(PAGE(rows, '<style>.through { background:#fff; pointer-events:none; }</style>'));
    await page.addScriptTag({ content: moduleCode });
    const result = await page.evaluate(() => {
      const vis = (globalThis as unknown as { visibility: typeof import('../../../lib/dom/visibility') }).visibility;
      window.scrollTo(0, 300);
      const fields = Array.from(document.querySelectorAll('input'));
      const verdicts = vis.withHitTesting(document, () => {
        const seen = vis.measureVisibility(fields);
        return fields.map((f) => seen.get(f));
      });
      return { covered: fields.filter((_, i) => !verdicts[i]).map((f) => f.id), scrollY: window.scrollY, sheets: document.adoptedStyleSheets.length };
    });
    expect(result).toEqual({ covered: ['f7', 'f12'], scrollY: 300, sheets: 0 });
  });
});
