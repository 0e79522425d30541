// npm run bench:fill   (needs the demo build: npm run build:demo)
// Times a 40-field fill in headless Chromium with the built demo extension, against the least any
// filler could do on the same page. See bench/fill.md for what each row means.
//
//   floor        a page script sets the 40 final values (native setter + input/change, as
//                lib/dom/write-value.ts does), once without and once with write-value's focus/blur
//   agent        the page agent's collect and insert, run in the extension's isolated world exactly as
//                the background asks for them, timed inside the page (performance.now())
//   plan         buildFillPlan for the 40 fields in Node (pure)
//   end to end   the popup's 「このページに入力」 click, and the same background message sent with
//                chrome.runtime.sendMessage from the popup page, until the report is back; timed in
//                the popup. The first fill of a fresh browser is "cold"; the rest are "warm".
//
// The form page is navigated to again before every run so that all fields start empty, and every
// run checks that all 40 fields were filled with the planned values.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, tmpdir, type } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Page, Worker } from 'playwright';
import { SAMPLE_PROFILE } from '../lib/demo/sample-profile';
import { targetForMatch } from '../lib/fill/fill-page';
import { matchUrl } from '../lib/match/match-url';
import { buildFillPlan } from '../lib/plan/build-plan';
import type { CollectRequest, CollectedField, InsertRequest, PlannedField } from '../lib/plan/types';
import { parseProfile } from '../lib/profile/schema';
import benchForty from '../providers/demo/bench-forty';
import { startDemoSites } from '../scripts/lib/demo-sites';
import { findChromium, INSTALL_HELP } from '../scripts/lib/find-chromium';
import { launchWithExtension, seedSampleProfile, tabIdOf } from '../scripts/lib/launch-extension';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-demo');
const RESULTS = join(ROOT, 'bench/results/fill.json');

const FIELDS = 40;
/** Runs of each in-page measurement (floor, floor with focus, agent, executeScript round trips). */
const PAGE_RUNS = 100;
/** Fresh browsers per end-to-end method: each gives one cold fill, then the warm runs. */
const E2E_LAUNCHES = 5;
const E2E_WARM_RUNS = 20;
const PLAN_WARMUP = 200;
const PLAN_RUNS = 5000;

const FORM_URL = `${benchForty.origins[0]}${benchForty.pages[0].path}`;

// ---------------------------------------------------------------------------------------------
// Statistics

interface Stats {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Microsecond precision is plenty: the page's clock ticks in 0.1 ms steps. */
function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
  return { runs: sorted.length, median: at(0.5), p95: at(0.95), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) };
}

function fail(message: string): never {
  throw new Error(`bench:fill: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Code that runs in the browser. Written as plain JavaScript source: tsx would wrap inner functions
// in a helper (__name) that does not exist in the page or the service worker.

/** Service worker: injects the page agent and returns what it collects. */
const WORKER_COLLECT = `async ({ tabId, collect }) => {
  const target = { tabId, frameIds: [0] };
  await chrome.scripting.executeScript({ target, files: ['/page-agent.js'] });
  const [r] = await chrome.scripting.executeScript({
    target,
    args: [collect],
    func: function (request) { return globalThis.__tetsuzukiPadAgent(request); },
  });
  return r.result;
}`;

/** Service worker: injects the page agent (as tabChannel does), then runs collect and insert in the
 * isolated world and times both there. */
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
      return { collectMs: t1 - t0, insertMs: t2 - t1, usable: usable, filled: filled };
    },
  });
  return r.result;
}`;

/** Service worker: the cost of the two kinds of executeScript round trip a fill makes. */
const WORKER_ROUND_TRIPS = `async ({ tabId }) => {
  const target = { tabId, frameIds: [0] };
  const t0 = performance.now();
  await chrome.scripting.executeScript({ target, files: ['/page-agent.js'] });
  const t1 = performance.now();
  await chrome.scripting.executeScript({ target, func: function () { return 0; } });
  const t2 = performance.now();
  return { injectMs: t1 - t0, callMs: t2 - t1 };
}`;

/** Page (main world): the floor. Finds each field and writes its final value like write-value.ts,
 * without any of the agent's checks. */
const PAGE_FLOOR = `({ writes, focus }) => {
  const t0 = performance.now();
  let written = 0;
  for (const w of writes) {
    const el = document.querySelector(w.selector);
    if (!el) continue;
    const prop = w.kind === 'radio' ? 'checked' : 'value';
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), prop).set;
    if (focus) el.focus({ preventScroll: true });
    setter.call(el, w.kind === 'radio' ? true : w.value);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: w.kind === 'text' ? w.value : null }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    if (focus) el.blur();
    written += 1;
  }
  return { ms: performance.now() - t0, written };
}`;

/** Page: how many of the fields already hold a value (must be 0 before a run). */
const PAGE_COUNT_SET = `(selectors) => selectors.filter((s) =>
  Array.from(document.querySelectorAll(s)).some((e) => (e.type === 'radio' || e.type === 'checkbox' ? e.checked : e.value !== ''))
).length`;

/** Page: the planned fields whose value on the page differs from the plan. */
const PAGE_MISMATCHES = `(fields) => fields.filter((f) => {
  const els = Array.from(document.querySelectorAll(f.selector));
  if (f.action.kind === 'radio') return !els.some((e) => e.checked && e.value === f.action.value);
  return els.length !== 1 || els[0].value !== f.action.value;
}).map((f) => f.selector)`;

/** Popup: clicks 「このページに入力」 and waits for the report to be rendered. */
const POPUP_CLICK = `async () => {
  const button = document.querySelector('button.fill');
  const result = document.querySelector('.fill-result');
  if (!button || !result || button.disabled) return { error: 'fill button not ready' };
  result.replaceChildren();
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (result.querySelector('.report, .error')) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(result, { childList: true, subtree: true });
  });
  const t0 = performance.now();
  button.click();
  const t1 = await done;
  const error = result.querySelector('.error');
  return {
    ms: t1 - t0,
    filled: result.querySelectorAll('li[data-outcome="filled"]').length,
    fields: result.querySelectorAll('li[data-outcome]').length,
    error: error ? error.textContent : undefined,
  };
}`;

/** Popup page: sends the background the message the fill button sends. */
const POPUP_MESSAGE = `async ({ tabId }) => {
  const t0 = performance.now();
  const r = await chrome.runtime.sendMessage({ type: 'fill', tabId });
  const ms = performance.now() - t0;
  return {
    ms,
    filled: r && r.ok ? r.report.counts.filled : -1,
    fields: r && r.ok ? r.report.fields.length : -1,
    error: r && !r.ok ? r.error : undefined,
  };
}`;

function call<T>(target: Page | Worker, source: string, arg?: unknown): Promise<T> {
  const expression = `(${source})(${JSON.stringify(arg ?? null)})`;
  return ('mainFrame' in target ? target.evaluate(expression) : target.evaluate(expression)) as Promise<T>;
}

// ---------------------------------------------------------------------------------------------
// The fill as the background builds it

const match = matchUrl(FORM_URL, [benchForty]) ?? fail(`${FORM_URL} does not match the bench-forty provider`);
const target = targetForMatch(FORM_URL, match);
if (target.fields.length !== FIELDS) fail(`bench-forty maps ${target.fields.length} fields, expected ${FIELDS}`);
const parsedProfile = parseProfile(structuredClone(SAMPLE_PROFILE));
if (!parsedProfile.ok) fail(`sample profile does not validate: ${JSON.stringify(parsedProfile.issues)}`);
const profile = parsedProfile.profile;

const collectRequest: CollectRequest = {
  op: 'collect',
  expected: target.expected,
  ...(target.form ? { form: target.form } : {}),
  fields: target.fields.map((f) => ({ id: f.id, selectors: f.selectors })),
};
const fieldSelectors = target.fields.map((f) => f.selectors[0]);

function planFrom(collected: CollectedField[]) {
  return buildFillPlan({ providerId: target.providerId, specs: target.fields, collected, profile });
}

// ---------------------------------------------------------------------------------------------
// Browser

interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

async function launch(chromiumPath: string): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tetsuzuki-pad-bench-'));
  const { context, worker, extensionId } = await launchWithExtension({ extensionDir: EXTENSION_DIR, userDataDir, headless: true, executablePath: chromiumPath });
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

/** Loads the form afresh (a new navigation, so no field state is carried over) and checks that it is empty. */
async function freshForm(page: Page): Promise<void> {
  await page.goto(FORM_URL);
  const set = await call<number>(page, PAGE_COUNT_SET, fieldSelectors);
  if (set !== 0) fail(`${set} field(s) hold a value before the run`);
}

async function checkFilled(page: Page, planned: PlannedField[], what: string): Promise<void> {
  const wrong = await call<string[]>(page, PAGE_MISMATCHES, planned);
  if (wrong.length) fail(`${what}: ${wrong.length} field(s) do not hold the planned value: ${wrong.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------

interface PageResults {
  collected: CollectedField[];
  floor: number[];
  floorFocus: number[];
  collect: number[];
  insert: number[];
  agent: number[];
  inject: number[];
  call: number[];
  userAgent: string;
}

async function measureInPage(chromiumPath: string): Promise<PageResults> {
  const session = await launch(chromiumPath);
  try {
    const page = await session.context.newPage();
    await freshForm(page);
    const userAgent = await call<string>(page, '() => navigator.userAgent');
    const tabId = (await tabIdOf(session.worker, FORM_URL)) ?? fail('no tab for the form');

    const collected = await call<{ ok: boolean; fields: CollectedField[] }>(session.worker, WORKER_COLLECT, { tabId, collect: collectRequest });
    if (!collected?.ok) fail(`collect refused: ${JSON.stringify(collected)}`);
    const plan = planFrom(collected.fields);
    const notFilled = plan.reports.filter((r) => r.outcome !== 'filled');
    if (plan.fields.length !== FIELDS || notFilled.length) {
      fail(`the plan fills ${plan.fields.length}/${FIELDS} fields; not planned: ${notFilled.map((r) => `${r.key}${r.part !== undefined ? `#${r.part}` : ''} (${r.outcome} ${r.reason ?? ''})`).join(', ')}`);
    }
    const insertRequest: InsertRequest = { op: 'insert', expected: target.expected, token: '', ...(target.form ? { form: target.form } : {}), fields: plan.fields };
    const writes = plan.fields.map((f) => {
      const { action } = f;
      if (action.kind === 'radio') return { selector: `${f.selector}[value=${JSON.stringify(action.value)}]`, kind: 'radio', value: action.value };
      if (action.kind === 'checkbox') fail('the bench form has no checkbox');
      return { selector: f.selector, kind: action.kind, value: action.value };
    });

    const out: PageResults = { collected: collected.fields, floor: [], floorFocus: [], collect: [], insert: [], agent: [], inject: [], call: [], userAgent };
    for (let i = 0; i < PAGE_RUNS; i++) {
      for (const focus of [false, true]) {
        await freshForm(page);
        const floor = await call<{ ms: number; written: number }>(page, PAGE_FLOOR, { writes, focus });
        if (floor.written !== FIELDS) fail(`floor wrote ${floor.written}/${FIELDS}`);
        await checkFilled(page, plan.fields, 'floor');
        (focus ? out.floorFocus : out.floor).push(floor.ms);
      }

      await freshForm(page);
      const agent = await call<{ collectMs: number; insertMs: number; usable: number; filled: number }>(session.worker, WORKER_AGENT, {
        tabId,
        collect: collectRequest,
        insert: insertRequest,
      });
      if (agent.usable !== FIELDS || agent.filled !== FIELDS) fail(`agent: ${agent.usable} usable, ${agent.filled} filled of ${FIELDS}`);
      await checkFilled(page, plan.fields, 'agent');
      out.collect.push(agent.collectMs);
      out.insert.push(agent.insertMs);
      out.agent.push(agent.collectMs + agent.insertMs);

      await freshForm(page);
      const trips = await call<{ injectMs: number; callMs: number }>(session.worker, WORKER_ROUND_TRIPS, { tabId });
      out.inject.push(trips.injectMs);
      out.call.push(trips.callMs);
    }
    return out;
  } finally {
    await session.close();
  }
}

type Method = 'popupClick' | 'message';

interface EndToEnd {
  cold: number[];
  warm: number[];
}

async function measureEndToEnd(chromiumPath: string, method: Method, planned: PlannedField[], into: EndToEnd): Promise<void> {
  const session = await launch(chromiumPath);
  try {
    const page = await session.context.newPage();
    await freshForm(page);
    const tabId = (await tabIdOf(session.worker, FORM_URL)) ?? fail('no tab for the form');
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    const label = (await popup.locator('button.fill').textContent())?.trim();

    for (let i = 0; i <= E2E_WARM_RUNS; i++) {
      if (i > 0) await freshForm(page);
      const r =
        method === 'popupClick'
          ? await call<{ ms: number; filled: number; fields: number; error?: string }>(popup, POPUP_CLICK)
          : await call<{ ms: number; filled: number; fields: number; error?: string }>(popup, POPUP_MESSAGE, { tabId });
      if (r.error || r.filled !== FIELDS || r.fields !== FIELDS) {
        fail(`${method} (button 「${label}」): ${r.error ?? `report has ${r.filled} filled of ${r.fields}`}`);
      }
      await checkFilled(page, planned, method);
      (i === 0 ? into.cold : into.warm).push(r.ms);
    }
  } finally {
    await session.close();
  }
}

function measurePlan(collected: CollectedField[]): { first: number; warm: Stats } {
  const t0 = performance.now();
  const first = planFrom(collected);
  const firstMs = performance.now() - t0;
  if (first.fields.length !== FIELDS) fail(`plan: ${first.fields.length} fields`);
  for (let i = 0; i < PLAN_WARMUP; i++) planFrom(collected);
  const samples: number[] = [];
  let sink = 0;
  for (let i = 0; i < PLAN_RUNS; i++) {
    const start = performance.now();
    sink += planFrom(collected).fields.length;
    samples.push(performance.now() - start);
  }
  if (sink !== FIELDS * PLAN_RUNS) fail('plan: inconsistent results');
  return { first: firstMs, warm: stats(samples) };
}

function chromiumVersion(path: string, userAgent: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return /(?:Headless)?Chrome\/[\d.]+/.exec(userAgent)?.[0] ?? 'unknown';
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const chromiumPath = findChromium() ?? (console.error(INSTALL_HELP), process.exit(2));
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) fail(`${EXTENSION_DIR} is missing: run "npm run build:demo" first`);

  const loadAtStart = loadavg()[0];
  const sites = await startDemoSites();
  let inPage: PageResults;
  const endToEnd: Record<Method, EndToEnd> = { popupClick: { cold: [], warm: [] }, message: { cold: [], warm: [] } };
  let planned: PlannedField[];
  try {
    console.log(`in-page: ${PAGE_RUNS} runs each of floor, floor + focus, agent, executeScript round trips…`);
    inPage = await measureInPage(chromiumPath);
    planned = planFrom(inPage.collected).fields;
    for (let launchNo = 0; launchNo < E2E_LAUNCHES; launchNo++) {
      for (const method of ['popupClick', 'message'] as const) {
        console.log(`end to end: ${method}, browser ${launchNo + 1}/${E2E_LAUNCHES} (1 cold + ${E2E_WARM_RUNS} warm)…`);
        await measureEndToEnd(chromiumPath, method, planned, endToEnd[method]);
      }
    }
  } finally {
    await sites.close();
  }
  const plan = measurePlan(inPage.collected);

  const cpuList = cpus();
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model ?? 'unknown',
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${type()} ${release()}`,
      node: process.version,
      // Other work on the machine shows up as noise in the p95 columns.
      loadAverage1m: { start: round(loadAtStart), end: round(loadavg()[0]) },
    },
    chromium: { version: chromiumVersion(chromiumPath, inPage.userAgent), userAgent: inPage.userAgent, headless: true },
    form: { provider: benchForty.id, url: FORM_URL, fields: FIELDS },
    unit: 'ms',
    floor: stats(inPage.floor),
    floorWithFocus: stats(inPage.floorFocus),
    agent: { collect: stats(inPage.collect), insert: stats(inPage.insert), collectPlusInsert: stats(inPage.agent) },
    plan: { firstCall: round(plan.first), ...plan.warm },
    executeScript: { injectPageAgent: stats(inPage.inject), callAgent: stats(inPage.call) },
    endToEnd: {
      popupClick: { cold: { ...stats(endToEnd.popupClick.cold), samples: endToEnd.popupClick.cold.map(round) }, warm: stats(endToEnd.popupClick.warm) },
      message: { cold: { ...stats(endToEnd.message.cold), samples: endToEnd.message.cold.map(round) }, warm: stats(endToEnd.message.warm) },
    },
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);

  const ms = (n: number) => (n < 0.1 ? n.toFixed(4) : n < 10 ? n.toFixed(2) : n.toFixed(1));
  const row = (s: Stats) => ({ median: ms(s.median), p95: ms(s.p95), min: ms(s.min), max: ms(s.max), runs: s.runs });
  console.log(`\n${FIELDS}-field fill, ms — ${result.chromium.version}, ${result.machine.cpus} × ${result.machine.cpuModel}`);
  console.table({
    'DOM floor (setter + input/change)': row(result.floor),
    'DOM floor + focus/blur': row(result.floorWithFocus),
    'agent: collect': row(result.agent.collect),
    'agent: insert': row(result.agent.insert),
    'agent: collect + insert': row(result.agent.collectPlusInsert),
    'plan (Node)': row(result.plan),
    'executeScript: inject page-agent.js': row(result.executeScript.injectPageAgent),
    'executeScript: call the agent': row(result.executeScript.callAgent),
    'end to end, popup click: cold': row(result.endToEnd.popupClick.cold),
    'end to end, popup click: warm': row(result.endToEnd.popupClick.warm),
    'end to end, message: cold': row(result.endToEnd.message.cold),
    'end to end, message: warm': row(result.endToEnd.message.warm),
  });
  console.log(`plan, first call in this process: ${ms(result.plan.firstCall)} ms`);
  console.log(`results → ${relative(process.cwd(), RESULTS)}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
