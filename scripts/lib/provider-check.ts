import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from 'playwright';
import { parseProfile, type Profile } from '../../lib/profile/schema';
import { SAMPLE_PROFILE } from '../../lib/demo/sample-profile';
import { AGENT_GLOBAL } from '../../lib/dom/agent';
import { fillPage, targetForMatch } from '../../lib/fill/fill-page';
import type { PageChannel } from '../../lib/fill/page-channel';
import type { AgentRequest, FieldReport } from '../../lib/plan/types';
import type { Provider, ProviderPage, ProviderTest } from '../../lib/providers/schema';
import { ROOT } from './provider-files';

// Runs a provider page through the real fill engine — the page agent (lib/dom) inside headless
// Chromium, the plan (lib/plan) here — against a saved copy of the page served at the provider's own
// URL, and says per field what went wrong. Nothing reaches the network: every request is answered
// from the fixture's folder or refused.

export interface FieldProblem {
  key: string;
  part?: string | number;
  selector: string;
  problem: string;
}

export interface PageCheck {
  providerId: string;
  pageId: string;
  path: string;
  fixture: string;
  filled: number;
  problems: FieldProblem[];
  /** A refusal of the whole page (wrong page, no form…). */
  error?: string;
}

const PLATFORM_ORIGIN = 'https://platform-fixture.invalid';

export function sampleProfile(): Profile {
  const parsed = parseProfile(structuredClone(SAMPLE_PROFILE));
  if (!parsed.ok) throw new Error('the sample profile does not validate');
  return parsed.profile;
}

let agentSource: Promise<string> | null = null;

/** The page agent bundled from its sources, installed the way the extension installs it. */
function pageAgentSource(): Promise<string> {
  agentSource ??= build({
    stdin: {
      contents: `import { AGENT_GLOBAL, runAgentRequest } from './lib/dom/agent';
if (!Object.hasOwn(globalThis, AGENT_GLOBAL)) Object.defineProperty(globalThis, AGENT_GLOBAL, { value: runAgentRequest });`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return agentSource;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `fixture` at `url`; other requests to that origin come from the fixture's folder or the
 * shared demo assets, everything else is refused. */
async function serveFixture(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const target = new URL(url);
  const folder = dirname(fixture);
  const shared = join(ROOT, 'tests/fixtures/sites/shared');
  await context.route('**/*', async (route) => {
    const requested = new URL(route.request().url());
    if (requested.origin !== target.origin) return route.abort('blockedbyclient');
    if (requested.pathname === target.pathname) {
      return route.fulfill({ status: 200, contentType: TYPES['.html'], body: await readFile(fixture) });
    }
    const name = normalize(decodeURIComponent(requested.pathname)).replace(/^([/\\]|\.\.[/\\])+/, '');
    for (const dir of [folder, shared]) {
      const file = join(dir, name);
      if (!file.startsWith(dir)) continue;
      try {
        return await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
      } catch {
        // not in this folder
      }
    }
    return route.fulfill({ status: 404, body: '' });
  });
}

function agentChannel(page: Page): PageChannel {
  return {
    async send(request: AgentRequest) {
      const response = await page.evaluate(([name, req]) => {
        const agent = (globalThis as Record<string, unknown>)[name as string];
        return typeof agent === 'function' ? agent(req) : { ok: false, error: 'no-agent' };
      }, [AGENT_GLOBAL, request] as const);
      return { response };
    },
  };
}

interface SelectorAudit {
  selector: string;
  count: number;
  visible: number;
  radioGroup: boolean;
  emptySelect: boolean;
}

/** Which of a field's selectors the page answers, and how many visible elements it finds. */
async function auditSelectors(page: Page, selectors: string[], scope?: string): Promise<SelectorAudit> {
  return page.evaluate(
    ([list, form]) => {
      const root: ParentNode = (form && document.querySelector(form)) || document;
      for (const selector of list) {
        let found: Element[];
        try {
          found = Array.from(root.querySelectorAll(selector));
        } catch {
          return { selector, count: -1, visible: 0, radioGroup: false, emptySelect: false };
        }
        if (found.length === 0) continue;
        const visible = found.filter((el) => (el as HTMLElement).checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true).length;
        const radioGroup = found.length > 1 && found.every((el) => el instanceof HTMLInputElement && el.type === 'radio' && el.name === (found[0] as HTMLInputElement).name);
        const emptySelect = found[0] instanceof HTMLSelectElement && found[0].options.length === 0;
        return { selector, count: found.length, visible, radioGroup, emptySelect };
      }
      return { selector: list[0], count: 0, visible: 0, radioGroup: false, emptySelect: false };
    },
    [selectors, scope ?? null] as const,
  );
}

async function valueByName(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const els = Array.from(document.getElementsByName(n)) as HTMLInputElement[];
    if (els.length === 0) return '<missing>';
    if (els.length > 1 || els[0].type === 'radio') return els.find((e) => e.checked)?.value ?? '';
    if (els[0].type === 'checkbox') return els[0].checked ? els[0].value : '';
    return els[0].value;
  }, name);
}

const slot = (f: { key: string; part?: string | number }) => `${f.key}${f.part === undefined ? '' : `#${f.part}`}`;

function describeReport(r: FieldReport): string {
  return r.outcome === 'filled' ? 'filled' : `${r.outcome}${r.reason ? ` (${r.reason})` : ''}`;
}

export interface CheckOptions {
  context: BrowserContext;
  provider: Provider;
  page: ProviderPage;
  fixture: string;
  /** Expected values; without them (drift mode) only the mapping's own health is checked. */
  test?: ProviderTest;
  profile?: Profile;
}

/** Loads one fixture at the page's URL, audits every selector, fills it and compares. */
export async function checkPage(options: CheckOptions): Promise<PageCheck> {
  const { context, provider, page: mapped, fixture, test } = options;
  const origin = provider.origins[0] ?? PLATFORM_ORIGIN;
  const url = origin + mapped.path;
  const result: PageCheck = { providerId: provider.id, pageId: mapped.id, path: mapped.path, fixture, filled: 0, problems: [] };
  await context.unrouteAll({ behavior: 'wait' });
  await serveFixture(context, url, fixture);
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.evaluate(await pageAgentSource());

    const target = targetForMatch(url, { provider, page: mapped });
    for (const [i, field] of mapped.fields.entries()) {
      const audit = await auditSelectors(tab, target.fields[i].selectors, mapped.form);
      const problem = (text: string) => result.problems.push({ key: field.key, ...(field.part !== undefined ? { part: field.part } : {}), selector: audit.selector, problem: text });
      if (audit.count === -1) problem('the selector is not valid CSS');
      else if (audit.count === 0) problem(mapped.form ? `no element matches inside ${mapped.form}` : 'no element matches');
      else if (audit.count > 1 && !audit.radioGroup) problem(`${audit.count} elements match; a selector must find exactly one`);
      else if (audit.visible === 0 && !test?.notFilled?.some((m) => slot(m) === slot(field))) problem('the element is not visible');
      if (audit.emptySelect) problem('the select has no options');
    }

    const filled = await fillPage(target, options.profile ?? sampleProfile(), agentChannel(tab), url);
    if (!filled.ok) {
      result.error = filled.error;
      return result;
    }
    const expectedMiss = new Map((test?.notFilled ?? []).map((m) => [slot(m), m]));
    for (const [i, report] of filled.report.fields.entries()) {
      const field = mapped.fields[i];
      const miss = expectedMiss.get(slot(field));
      const selector = target.fields[i].selectors[0];
      const problem = (text: string) => result.problems.push({ key: field.key, ...(field.part !== undefined ? { part: field.part } : {}), selector, problem: text });
      if (report.outcome === 'filled') {
        result.filled += 1;
        if (miss) problem(`was filled, but the test expects ${miss.outcome}${miss.reason ? ` (${miss.reason})` : ''}`);
      } else if (!miss) {
        if (test || !['no-value', 'not-confirmed'].includes(report.reason ?? '')) problem(`not filled: ${describeReport(report)}`);
      } else if (miss.outcome !== report.outcome || (miss.reason && miss.reason !== report.reason)) {
        problem(`${describeReport(report)}, but the test expects ${miss.outcome}${miss.reason ? ` (${miss.reason})` : ''}`);
      }
    }
    if (test) {
      for (const [name, value] of Object.entries(test.values)) {
        const got = await valueByName(tab, name);
        if (got !== value) result.problems.push({ key: name, selector: `[name="${name}"]`, problem: `expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}` });
      }
      for (const [name, value] of Object.entries(test.untouched ?? {})) {
        const got = await valueByName(tab, name);
        if (got !== value) result.problems.push({ key: name, selector: `[name="${name}"]`, problem: `must stay ${JSON.stringify(value)}, got ${JSON.stringify(got)}` });
      }
      for (const name of test.unchecked ?? []) {
        const checked = await tab.evaluate((n) => Array.from(document.getElementsByName(n)).some((e) => (e as HTMLInputElement).checked), name);
        if (checked) result.problems.push({ key: name, selector: `[name="${name}"]`, problem: 'must stay unchecked' });
      }
    }
    return result;
  } finally {
    await tab.close();
  }
}

/** The page of a provider that a saved file most likely is: the one whose selectors it answers best. */
export async function likeliestPage(context: BrowserContext, provider: Provider, fixture: string): Promise<ProviderPage> {
  if (provider.pages.length === 1) return provider.pages[0];
  const html = await readFile(fixture, 'utf8');
  const tab = await context.newPage();
  try {
    await tab.setContent(html, { waitUntil: 'domcontentloaded' });
    let best = provider.pages[0];
    let bestCount = -1;
    for (const page of provider.pages) {
      let count = 0;
      for (const field of page.fields) {
        const selectors = Array.isArray(field.selector) ? field.selector : [field.selector];
        if ((await auditSelectors(tab, selectors)).count > 0) count += 1;
      }
      if (count > bestCount) [best, bestCount] = [page, count];
    }
    return best;
  } finally {
    await tab.close();
  }
}
