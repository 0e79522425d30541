import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from '@playwright/test';

// A journey is written once against this small interface and runs in every browser: Playwright
// drives Chromium (journeys/playwright-driver.ts), puppeteer-core over WebDriver BiDi drives Firefox
// (firefox/bidi-driver.ts). Every assertion message starts with the browser's name.

export type BrowserName = 'chromium' | 'firefox';

/** Anything with a document: a web page, an extension page, or the real toolbar popup. */
export interface Surface {
  /** Runs `fn` with the surface's document. `fn` is sent as source: it must not close over anything. */
  evaluate<A, R>(fn: (doc: Document, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks the first field labelled `label` and types `text` key by key. */
  typeInto(label: string, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  browser: BrowserName;
  /** A new tab showing `url`. */
  openPage(url: string): Promise<Surface>;
  openOptions(): Promise<Surface>;
  /** Demo builds: the popup as a tab aimed at the tab showing `url` (popup.html?tabId=N). */
  popupFor(url: string): Promise<Surface>;
  /** Demo builds: the sample profile, with consent for the demo sites as if already given. */
  seedSampleProfile(): Promise<void>;
  /** Clicks the extension's toolbar button for the tab showing `url`, as a user would, and returns
   * the popup that opens. */
  clickToolbar(url: string): Promise<Surface>;
}

const MESSAGES = JSON.parse(readFileSync(resolve('public/_locales/ja/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** A Japanese UI string as the extension shows it. */
export function ja(key: string): string {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`no message "${key}" in public/_locales/ja/messages.json`);
  return entry.message;
}

/** Polls `fn` on a surface until it returns something truthy; fails naming the browser and `what`. */
export async function waitFor<A, R>(d: Driver, s: Surface, what: string, fn: (doc: Document, arg: A) => R | Promise<R>, arg: A, timeout = 10_000): Promise<R> {
  let last: R | undefined;
  await expect
    .poll(
      async () => {
        last = await s.evaluate(fn, arg).catch(() => undefined);
        return Boolean(last);
      },
      { message: `${d.browser}: ${what}`, timeout },
    )
    .toBe(true);
  return last as R;
}

/** Clicks the enabled, visible button whose accessible name is `name`. */
export async function clickButton(d: Driver, s: Surface, name: string): Promise<void> {
  await waitFor(d, s, `button 「${name}」`, (doc, n) => {
    const button = Array.from(doc.querySelectorAll<HTMLButtonElement>('button, [role="button"]')).find(
      (b) => ((b.getAttribute('aria-label') ?? '') || (b.textContent ?? '')).trim() === n && b.getBoundingClientRect().width > 0 && !b.disabled,
    );
    button?.click();
    return Boolean(button);
  }, name);
}

/** Whether a visible button named `name` is there now. */
export function hasButton(s: Surface, name: string): Promise<boolean> {
  return s.evaluate(
    (doc, n) =>
      Array.from(doc.querySelectorAll('button')).some((b) => ((b.getAttribute('aria-label') ?? '') || (b.textContent ?? '')).trim() === n && b.getBoundingClientRect().width > 0),
    name,
  );
}

/** After a fill was asked for: agrees when the site asks for consent the first time, then waits for the report. */
export async function agreeIfAsked(d: Driver, popup: Surface): Promise<void> {
  const agree = ja('consentAgree');
  await waitFor(d, popup, 'the report or the consent question', (doc, n) => Boolean(doc.querySelector('.report')) || Array.from(doc.querySelectorAll('button')).some((b) => (b.textContent ?? '').trim() === n), agree);
  if (await hasButton(popup, agree)) await clickButton(d, popup, agree);
  await waitFor(d, popup, 'the report', (doc) => Boolean(doc.querySelector('.report')), null);
}

/** A form field's value by name; radios give the checked one. */
export function fieldValue(page: Surface, name: string): Promise<string> {
  return page.evaluate((doc, n) => {
    const els = Array.from(doc.getElementsByName(n)) as HTMLInputElement[];
    if (els.length > 1 || els[0]?.type === 'radio') return els.find((e) => e.checked)?.value ?? '';
    return els[0]?.value ?? '<missing>';
  }, name);
}

export interface ReportRow {
  key: string | null;
  outcome: string | null;
  reason: string | undefined;
}

/** The rows of the popup's fill report. */
export function reportRows(popup: Surface): Promise<ReportRow[]> {
  return popup.evaluate(
    (doc) =>
      Array.from(doc.querySelectorAll('.report-fields li')).map((li) => ({
        key: li.getAttribute('data-key'),
        outcome: li.getAttribute('data-outcome'),
        reason: li.getAttribute('data-reason') ?? undefined,
      })),
    null,
  );
}

export interface Probe {
  events: Record<string, { input: number; change: number; focusout: number }>;
  submitted: number;
}

/** What the fixture page's own scripts saw (tests/fixtures/sites/shared/probe.js). */
export function probeOf(page: Surface): Promise<Probe> {
  return page.evaluate((doc) => (doc.defaultView as unknown as { __probe: Probe }).__probe, null);
}
