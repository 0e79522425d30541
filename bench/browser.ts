// The parts of the benchmark that run in headless Chromium with the built demo extension
// (.output/chrome-mv3-demo) and the sample profile. Code that runs in the browser is written as
// plain JavaScript source: tsx would wrap inner functions in a helper (__name) that does not exist in
// the page or the service worker.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright';
import { UNMAPPED_SITE } from '../scripts/lib/demo-sites';
import { launchWithExtension, seedSampleProfile, tabIdOf } from '../scripts/lib/launch-extension';
import { readPageSource } from '../scripts/lib/load-page';
import benchForty from '../providers/demo/bench-forty';
import { benchForm } from './forms';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export function fail(message: string): never {
  throw new Error(`bench: ${message}`);
}

export async function launch(extensionDir: string, executablePath: string): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tetsuzuki-pad-bench-'));
  const { context, worker, extensionId } = await launchWithExtension({ extensionDir, userDataDir, headless: true, executablePath });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  if (!(await seedSampleProfile(worker))) {
    await close();
    fail('could not store the sample profile');
  }
  return { context, worker, extensionId, close };
}

function call<T>(target: Page | Worker, source: string, arg?: unknown): Promise<T> {
  const expression = `(${source})(${JSON.stringify(arg ?? null)})`;
  return ('mainFrame' in target ? target.evaluate(expression) : target.evaluate(expression)) as Promise<T>;
}

/** Service worker: injects the page agent (as the background does), then runs collect and insert in
 * the isolated world and times both there. */
const WORKER_AGENT = `async ({ tabId, collect, insert }) => {
  const target = { tabId, frameIds: [0] };
  await chrome.scripting.executeScript({ target, files: ['/page-agent.js'] });
  const [r] = await chrome.scripting.executeScript({
    target,
    args: [collect, insert],
    func: function (collectRequest, insertRequest) {
      var agent = globalThis.__tetsuzukiPadAgent;
      var t0 = performance.now();
      var collected = agent(collectRequest);
      var t1 = performance.now();
      insertRequest.token = collected.token;
      var inserted = agent(insertRequest);
      var t2 = performance.now();
      var usable = collected.ok ? collected.fields.filter(function (f) { return f.status === 'found' && !f.blocked; }).length : -1;
      var filled = inserted.ok ? inserted.fields.filter(function (f) { return f.outcome === 'filled'; }).length : -1;
      return { collectMs: t1 - t0, insertMs: t2 - t1, usable: usable, filled: filled, error: collected.ok ? (inserted.ok ? undefined : inserted.error) : collected.error };
    },
  });
  return r.result;
}`;

/** Page (main world): the floor. Finds each field and writes its final value like write-value.ts
 * (native setter + input/change), without any of the agent's checks. */
const PAGE_FLOOR = `(writes) => {
  const t0 = performance.now();
  let written = 0;
  for (const w of writes) {
    const el = document.querySelector(w.selector);
    if (!el) continue;
    const prop = w.kind === 'radio' ? 'checked' : 'value';
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), prop).set;
    setter.call(el, w.kind === 'radio' ? true : w.value);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: w.kind === 'text' ? w.value : null }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    written += 1;
  }
  return { ms: performance.now() - t0, written };
}`;

/** Page: the writes whose target does not hold the value (after a fill: must be none). */
const PAGE_MISMATCHES = `(writes) => writes.filter((w) => {
  const el = document.querySelector(w.selector);
  return !el || (w.kind === 'radio' ? !el.checked : el.value !== w.value);
}).map((w) => w.selector)`;

/** Page: how many of the writes' targets already hold something (must be 0 before a run). */
const PAGE_COUNT_SET = `(writes) => writes.filter((w) => {
  const el = document.querySelector(w.selector);
  return el && (w.kind === 'radio' ? el.checked : w.kind === 'select' ? el.selectedIndex > 0 : el.value !== '');
}).length`;

/** Popup: clicks 「このページに入力」 and waits for the report to be rendered. */
const POPUP_CLICK = `async () => {
  const panel = document.querySelector('#fill-panel');
  const button = document.querySelector('button.fill');
  const result = document.querySelector('.fill-result');
  if (!panel || !button || !result || button.disabled) return { error: 'fill button not ready' };
  // The panel is rendered by the UI framework: its children are never touched here. The fill is
  // over when the panel has been busy and no longer is, with a report or an error shown.
  let seenBusy = false;
  const done = new Promise((resolve) => {
    const deadline = setTimeout(() => { observer.disconnect(); resolve(null); }, 10000);
    const observer = new MutationObserver(() => {
      if (panel.getAttribute('aria-busy') === 'true') seenBusy = true;
      else if (seenBusy && result.querySelector('.report, .error')) {
        clearTimeout(deadline);
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(panel, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  const t0 = performance.now();
  button.click();
  const t1 = await done;
  if (t1 === null) return { error: 'no report within 10 s' };
  const error = result.querySelector('.error');
  return {
    ms: t1 - t0,
    filled: result.querySelectorAll('li[data-outcome="filled"]').length,
    fields: result.querySelectorAll('li[data-outcome]').length,
    error: error ? error.textContent : undefined,
  };
}`;

/** Popup page: one bare executeScript round trip that writes the same values (the least an extension
 * page can spend to fill the tab). */
const POPUP_EXECUTESCRIPT_FLOOR = `async ({ tabId, writes }) => {
  const t0 = performance.now();
  const [r] = await chrome.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    args: [writes],
    func: function (ws) {
      var written = 0;
      for (var i = 0; i < ws.length; i++) {
        var w = ws[i];
        var el = document.querySelector(w.selector);
        if (!el) continue;
        var prop = w.kind === 'radio' ? 'checked' : 'value';
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), prop).set.call(el, w.kind === 'radio' ? true : w.value);
        el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: w.kind === 'text' ? w.value : null }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        written += 1;
      }
      return written;
    },
  });
  return { ms: performance.now() - t0, written: r.result };
}`;

/** Popup page: the guessed path as the popup drives it: recognise (the preview), then fill every
 * recognised field with a key (the confirm). */
const POPUP_GUESS = `async ({ tabId }) => {
  const t0 = performance.now();
  const preview = await chrome.runtime.sendMessage({ type: 'recognise', tabId });
  if (!preview || !preview.ok) return { error: 'recognise: ' + (preview && preview.error) };
  const fields = preview.preview.fields.filter((f) => f.key && !f.skip).map((f) => {
    const choice = { selector: f.selector, key: f.key, fill: true, corrected: false };
    if (f.part !== undefined) choice.part = f.part;
    return choice;
  });
  const r = await chrome.runtime.sendMessage({ type: 'fill-guessed', tabId, fields });
  const ms = performance.now() - t0;
  if (!r || !r.ok) return { error: 'fill-guessed: ' + JSON.stringify(r) };
  return { ms, recognised: fields.length, filled: r.report.counts.filled };
}`;

/** Main world of every page, before the page's own scripts: records what anyone adds to or changes
 * in the document, and the page's own globals, so that the bench can see what the extension left. */
const MAIN_WORLD_WATCH = `(() => {
  const watch = { bytes: 0, mutations: 0, globals: [] };
  Object.defineProperty(window, '__benchWatch', { value: watch, enumerable: false });
  const size = (node) => node.nodeType === 1 ? node.outerHTML.length : (node.nodeValue || '').length;
  const count = (records) => {
    if (!watch.counting) return;
    for (const r of records) {
      watch.mutations += 1;
      if (r.type === 'childList') for (const n of r.addedNodes) watch.bytes += size(n);
      else if (r.type === 'attributes') watch.bytes += (r.attributeName || '').length + ((r.target.getAttribute && r.target.getAttribute(r.attributeName)) || '').length;
      else watch.bytes += (r.target.nodeValue || '').length;
    }
  };
  const observer = new MutationObserver(count);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  watch.flush = () => count(observer.takeRecords());
  // The parser's own insertions and the page's start-up are not the extension's: count from load on.
  window.addEventListener('load', () => {
    count(observer.takeRecords());
    watch.counting = true;
    watch.bytes = 0;
    watch.mutations = 0;
    watch.globals = Object.getOwnPropertyNames(window);
  });
})()`;

/** Main world: what the page shows of the extension after the watch started. */
const PAGE_INJECTED = `() => {
  const watch = window.__benchWatch;
  watch.flush();
  let sheets = 0;
  const roots = [document];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const root of roots) for (const s of root.adoptedStyleSheets) for (const rule of s.cssRules) sheets += rule.cssText.length;
  const before = new Set(watch.globals);
  const globals = Object.getOwnPropertyNames(window).filter((g) => !before.has(g) && g !== '__benchWatch');
  const resources = performance.getEntriesByType('resource').filter((e) => e.name.startsWith('chrome-extension:'));
  const resourceBytes = resources.reduce((n, e) => n + (e.decodedBodySize || e.transferSize || 1), 0);
  const scripts = Array.from(document.scripts).filter((s) => s.src.startsWith('chrome-extension:')).length;
  return { domBytes: watch.bytes, mutations: watch.mutations, sheetBytes: sheets, globals, resourceBytes, scripts };
}`;

/** Isolated world (control): an element the extension would add is seen by the watch. */
const CONTROL_INSERT = `async ({ tabId }) => {
  await chrome.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: function () { var s = document.createElement('span'); s.textContent = 'control'; document.body.append(s); },
  });
  return true;
}`;

/** Corpus pages: recognition in the isolated world, as the popup's preview runs it. */
const WORKER_RECOGNISE = `async ({ tabId, expected, runs }) => {
  const target = { tabId, frameIds: [0] };
  await chrome.scripting.executeScript({ target, files: ['/recognise-agent.js'] });
  const [r] = await chrome.scripting.executeScript({
    target,
    args: [expected, runs],
    func: function (exp, n) {
      var agent = globalThis.__tetsuzukiPadRecogniser;
      var times = [];
      var fields = -1;
      for (var i = 0; i < n; i++) {
        var t0 = performance.now();
        var res = agent({ op: 'recognise', expected: exp, guardedOrigins: [] });
        times.push(performance.now() - t0);
        if (!res.ok) return { error: res.error };
        fields = res.fields.length;
      }
      return { times: times, fields: fields };
    },
  });
  return r.result;
}`;

const RATIO_ORIGIN = 'http://127.0.0.1:27899';

/** Page: resolves once the page has been painted twice — a person clicks fill on a page they can see,
 * so neither the floor nor the agent is charged with the page's first style and layout. */
const PAGE_PAINTED = `() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))`;

async function freshPage(page: Page, url: string, writes: { selector: string; kind: string; value: string }[]): Promise<void> {
  await page.goto(url);
  await call(page, PAGE_PAINTED);
  const set = await call<number>(page, PAGE_COUNT_SET, writes);
  if (set !== 0) fail(`${set} field(s) of ${url} hold a value before the run`);
}

async function checkFilled(page: Page, writes: { selector: string; kind: string; value: string }[], what: string): Promise<void> {
  const wrong = await call<string[]>(page, PAGE_MISMATCHES, writes);
  if (wrong.length) fail(`${what}: ${wrong.length} field(s) do not hold the planned value: ${wrong.slice(0, 5).join(', ')}`);
}

export interface RatioSamples {
  floor: number[];
  agent: number[];
  collect: number[];
  insert: number[];
  ratio: number[];
}

/** Agent collect + insert against the DOM floor on a generated form, paired run by run. */
export async function measureRatio(session: Session, fields: number, runs: number): Promise<RatioSamples> {
  const url = new URL(`${RATIO_ORIGIN}/ratio-${fields}`);
  const form = benchForm(fields, url);
  await session.context.route(url.href, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: form.html }));
  const page = await session.context.newPage();
  try {
    await freshPage(page, url.href, form.writes);
    const tabId = (await tabIdOf(session.worker, url.href)) ?? fail(`no tab for ${url.href}`);
    const insert = { op: 'insert', expected: form.collect.expected, token: '', form: form.collect.form, fields: form.planned };
    const out: RatioSamples = { floor: [], agent: [], collect: [], insert: [], ratio: [] };
    for (let i = 0; i < runs; i++) {
      await freshPage(page, url.href, form.writes);
      const floor = await call<{ ms: number; written: number }>(page, PAGE_FLOOR, form.writes);
      if (floor.written !== fields) fail(`floor wrote ${floor.written}/${fields}`);
      await checkFilled(page, form.writes, `floor ${fields}`);

      await freshPage(page, url.href, form.writes);
      const agent = await call<{ collectMs: number; insertMs: number; usable: number; filled: number; error?: string }>(session.worker, WORKER_AGENT, {
        tabId,
        collect: form.collect,
        insert,
      });
      if (agent.usable !== fields || agent.filled !== fields) fail(`agent ${fields}: ${agent.usable} usable, ${agent.filled} filled (${agent.error ?? ''})`);
      await checkFilled(page, form.writes, `agent ${fields}`);
      const total = agent.collectMs + agent.insertMs;
      out.floor.push(floor.ms);
      out.agent.push(total);
      out.collect.push(agent.collectMs);
      out.insert.push(agent.insertMs);
      // The page clock ticks in 0.1 ms steps: a floor that reads 0 is counted as one tick.
      out.ratio.push(total / Math.max(floor.ms, 0.1));
    }
    return out;
  } finally {
    await page.close();
  }
}

const FORTY_URL = `${benchForty.origins[0]}${benchForty.pages[0].path}`;

async function openPopup(session: Session, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  return popup;
}

/** The values the 40-field demo form ends up with after a fill, read from the page. */
async function fortyWrites(page: Page): Promise<{ selector: string; kind: 'text' | 'select' | 'radio'; value: string }[]> {
  return page.evaluate(`Array.from(document.querySelectorAll('form#benchForm input, form#benchForm select, form#benchForm textarea'))
    .filter((el) => el.type !== 'radio' || el.checked)
    .filter((el) => el.type !== 'submit' && el.type !== 'button' && el.value !== '')
    .map((el) => el.type === 'radio'
      ? { selector: 'input[name="' + el.name + '"][value="' + el.value + '"]', kind: 'radio', value: el.value }
      : { selector: '#' + CSS.escape(el.id), kind: el.tagName === 'SELECT' ? 'select' : 'text', value: el.value })`);
}

export interface EndToEndSamples {
  cold: number[];
  warm: number[];
  executeScriptFloor: number[];
}

/** Popup click → report rendered on the 40-field demo form: the first fill of a fresh browser is
 * cold, the rest warm; between fills, one bare executeScript round trip writing the same values. */
export async function measureEndToEnd(session: Session, warmRuns: number, into: EndToEndSamples): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(FORTY_URL);
  const tabId = (await tabIdOf(session.worker, FORTY_URL)) ?? fail('no tab for the 40-field form');
  const popup = await openPopup(session, tabId);
  let writes: Awaited<ReturnType<typeof fortyWrites>> = [];
  for (let i = 0; i <= warmRuns; i++) {
    if (i > 0) await freshPage(page, FORTY_URL, writes);
    const r = await call<{ ms: number; filled: number; fields: number; error?: string }>(popup, POPUP_CLICK);
    if (r.error || r.filled !== 40 || r.fields !== 40) fail(`popup fill: ${r.error ?? `report has ${r.filled} filled of ${r.fields}`}`);
    if (i === 0) {
      writes = await fortyWrites(page);
      if (writes.length !== 40) fail(`the 40-field form holds ${writes.length} values after the fill`);
    } else await checkFilled(page, writes, 'popup fill');
    (i === 0 ? into.cold : into.warm).push(r.ms);

    await freshPage(page, FORTY_URL, writes);
    const floor = await call<{ ms: number; written: number }>(popup, POPUP_EXECUTESCRIPT_FLOOR, { tabId, writes });
    if (floor.written !== 40) fail(`executeScript floor wrote ${floor.written}/40`);
    await checkFilled(page, writes, 'executeScript floor');
    into.executeScriptFloor.push(floor.ms);
  }
  await popup.close();
  await page.close();
}

/** The guessed path (recognise + fill-guessed) on the same 40-field form served at the unmapped demo
 * site, whose origin the sample profile's consent covers. */
export async function measureGuess(session: Session, runs: number): Promise<{ ms: number[]; recognised: number; filled: number }> {
  const url = `http://127.0.0.1:${UNMAPPED_SITE.port}/bench-forty`;
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/sites/bench-forty/form.html'), 'utf8');
  await session.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = (await tabIdOf(session.worker, url)) ?? fail('no tab for the guessed form');
  const popup = await openPopup(session, tabId);
  const ms: number[] = [];
  let recognised = 0;
  let filled = 0;
  for (let i = 0; i < runs; i++) {
    if (i > 0) await page.goto(url);
    const r = await call<{ ms: number; recognised: number; filled: number; error?: string }>(popup, POPUP_GUESS, { tabId });
    if (r.error) fail(`guessed fill: ${r.error}`);
    if (r.filled === 0 || r.filled < r.recognised * 0.9) fail(`guessed fill: ${r.filled} filled of ${r.recognised} recognised`);
    ms.push(r.ms);
    recognised = r.recognised;
    filled = r.filled;
  }
  await popup.close();
  await page.close();
  return { ms, recognised, filled };
}

/** Extension pages, at document start: notes when the popup is usable. */
const POPUP_READY_WATCH = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html')) return;
  const check = () => {
    // Usable: the page's status is shown (the panel is no longer busy) and the fill button is enabled.
    const b = document.querySelector('#fill-panel:not([aria-busy]) button.fill');
    if (b && !b.disabled && document.querySelector('#fill-panel .page-name')) {
      window.__benchReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** Popup: the moment the watch saw it ready (waiting for it when it is not yet). */
const POPUP_READY_AT = `() => new Promise((resolve) => {
  const deadline = Date.now() + 10000;
  const poll = () => {
    if (typeof window.__benchReadyAt === 'number') resolve(window.__benchReadyAt);
    else if (Date.now() > deadline) resolve(null);
    else setTimeout(poll, 20);
  };
  poll();
})`;

/** From the popup's navigation start until the fill button is enabled and the status is known. */
export async function measurePopupReady(session: Session, runs: number): Promise<number[]> {
  await session.context.addInitScript({ content: POPUP_READY_WATCH });
  const page = await session.context.newPage();
  await page.goto(FORTY_URL);
  const tabId = (await tabIdOf(session.worker, FORTY_URL)) ?? fail('no tab for the 40-field form');
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    const readyAt = await call<number | null>(popup, POPUP_READY_AT);
    if (readyAt === null) fail('the popup did not become ready within 10 s');
    out.push(readyAt);
    await popup.close();
  }
  await page.close();
  return out;
}

export interface Injected {
  bytes: number;
  detail: { page: string; domBytes: number; sheetBytes: number; resourceBytes: number; scripts: number; globals: string[] }[];
  controlBytes: number;
}

/** What the extension leaves in pages the user opens the popup on but never fills: DOM nodes and
 * attributes (a main-world MutationObserver started before the page's scripts), adopted style sheets,
 * script elements, resources loaded from the extension and new globals of the page's world. */
export async function measureInjected(session: Session): Promise<Injected> {
  await session.context.addInitScript({ content: MAIN_WORLD_WATCH });
  const pages = [FORTY_URL, `http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}`];
  const detail: Injected['detail'] = [];
  let bytes = 0;
  for (const url of pages) {
    // The page on its own, for 500 ms after load: what it does by itself is not counted.
    const alone = await session.context.newPage();
    await alone.goto(url);
    await alone.waitForTimeout(500);
    const own = await call<{ domBytes: number; sheetBytes: number; resourceBytes: number; scripts: number; globals: string[] }>(alone, PAGE_INJECTED);
    await alone.close();

    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = (await tabIdOf(session.worker, url)) ?? fail(`no tab for ${url}`);
    const popup = await openPopup(session, tabId);
    await popup.waitForTimeout(500);
    await popup.close();
    const seen = await call<{ domBytes: number; sheetBytes: number; resourceBytes: number; scripts: number; globals: string[] }>(page, PAGE_INJECTED);
    const ownGlobals = new Set(own.globals);
    const globals = seen.globals.filter((g) => !ownGlobals.has(g));
    const extra = {
      domBytes: Math.max(0, seen.domBytes - own.domBytes),
      sheetBytes: Math.max(0, seen.sheetBytes - own.sheetBytes),
      resourceBytes: Math.max(0, seen.resourceBytes - own.resourceBytes),
      scripts: Math.max(0, seen.scripts - own.scripts),
      globals,
    };
    bytes += extra.domBytes + extra.sheetBytes + extra.resourceBytes + extra.scripts + globals.join('').length;
    detail.push({ page: url, ...extra });
    await page.close();
  }
  // Control: an element added from the extension's isolated world is counted.
  const page = await session.context.newPage();
  await page.goto(FORTY_URL);
  const tabId = (await tabIdOf(session.worker, FORTY_URL)) ?? fail('no tab for the control page');
  await call(session.worker, CONTROL_INSERT, { tabId });
  const control = await call<{ domBytes: number }>(page, PAGE_INJECTED);
  if (control.domBytes < '<span>control</span>'.length) fail(`the injected-bytes watch counted ${control.domBytes} bytes for the control element`);
  await page.close();
  if (control.domBytes <= 0) fail('the injected-bytes watch did not see the control element');
  return { bytes, detail, controlBytes: control.domBytes };
}

export interface RecognitionPage {
  page: string;
  fields: number;
  medianMs: number;
}

/** Recognition (the page agent's `recognise`, hit-testing included) on every corpus page, served from
 * disk with every other request refused. */
export async function measureRecognition(session: Session, corpusPages: string[], corpusRoot: string, runs: number): Promise<{ pages: RecognitionPage[]; failed: string[] }> {
  const origin = 'http://127.0.0.1:27897';
  const served = new Set(corpusPages);
  await session.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const file = url.pathname.startsWith('/corpus/') ? join(corpusRoot, decodeURIComponent(url.pathname.slice('/corpus/'.length))) : '';
    if (url.origin === origin && served.has(file)) {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readPageSource(file) });
    }
    // A stylesheet or script from another host would hold the page's load until it timed out where
    // the machine has no network: refused like the rest.
    if (url.origin === origin || /^https?:$/.test(url.protocol)) return route.abort();
    return route.fallback();
  });
  const pages: RecognitionPage[] = [];
  const failed: string[] = [];
  const page = await session.context.newPage();
  page.setDefaultTimeout(10_000);
  for (const file of corpusPages) {
    const rel = relative(corpusRoot, file);
    const url = `${origin}/corpus/${rel.split('/').map(encodeURIComponent).join('/')}`;
    try {
      await page.goto(url, { waitUntil: 'load' });
      const tabId = (await tabIdOf(session.worker, page.url())) ?? fail('no tab');
      const loc = new URL(page.url());
      const r = await call<{ times?: number[]; fields?: number; error?: string }>(session.worker, WORKER_RECOGNISE, {
        tabId,
        expected: { origin: loc.origin, path: loc.pathname },
        runs,
      });
      if (!r.times) throw new Error(r.error);
      const sorted = [...r.times].sort((a, b) => a - b);
      pages.push({ page: rel, fields: r.fields ?? 0, medianMs: sorted[sorted.length >> 1] });
    } catch (err) {
      failed.push(`${rel}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  await page.close();
  await session.context.unroute('**/*');
  return { pages, failed };
}
