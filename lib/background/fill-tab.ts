import { browser } from 'wxt/browser';
import { providers } from '../../providers';
import { noteError } from '../diagnostics/log';
import { fillPage, targetForMatch, type FillError, type FillResult } from '../fill/fill-page';
import { tabChannel } from '../fill/page-channel';
import { matchUrl, type PageMatch } from '../match/match-url';
import { localText } from '../providers/local-text';
import type { ConsentNeeded, TabStatus } from '../messages';
import type { FillReport } from '../plan/types';
import { storageItems } from '../storage/items';
import { isProfileEmpty, type Profile } from '../profile/schema';
import { enforceRetention } from '../vault/retention-check';
import { ProfileLockedError } from '../vault/profile-store';
import { cachedProfile, cachedSettings } from './kept-records';
import { isRecording, recordedMatchFor } from './record-mapping';
import { gateFill, noteFillAfterAnswer } from './procedure-gate';
import { siteIdentity } from './site-identity';

export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch (err) {
    await noteError('background.tab-url', err);
    return undefined;
  }
}

/** The provider page of a URL, or the page's own recorded mapping (「項目を割り当て」). */
async function pageMatch(url: string): Promise<{ match: PageMatch; recorded: boolean } | null> {
  const match = matchUrl(url, providers);
  if (match) return { match, recorded: false };
  const recorded = await recordedMatchFor(url);
  return recorded ? { match: recorded, recorded: true } : null;
}

export async function tabTitle(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).title;
  } catch (err) {
    await noteError('background.tab-title', err);
    return undefined;
  }
}

// Browsers keep extensions off their own stores' pages.
const STORES = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

export function isExtensionStore(url: URL): boolean {
  return STORES.some((s) => url.hostname === s.host && url.pathname.startsWith(s.path));
}

export async function describeTab(tabId: number): Promise<TabStatus> {
  const url = await tabUrl(tabId);
  if (!url) return { kind: 'unsupported', reason: 'no-page' };
  if (!/^https?:/.test(url)) return { kind: 'unsupported', reason: 'browser-page' };
  if (isExtensionStore(new URL(url))) return { kind: 'unsupported', reason: 'store' };
  const found = await pageMatch(url);
  if (!found) return { kind: 'none', origin: new URL(url).origin, recording: await isRecording(tabId), site: siteIdentity(new URL(url)) };
  const { match } = found;
  if (found.recorded) return { kind: 'recorded', pageTitle: match.page.title.ja, fieldCount: match.page.fields.length, recording: await isRecording(tabId) };
  return {
    kind: 'provider',
    origin: new URL(url).origin,
    providerId: match.provider.id,
    providerLabel: localText(match.provider.label, browser.i18n.getUILanguage()),
    pageTitle: localText(match.page.title, browser.i18n.getUILanguage()),
    step: match.provider.pages.indexOf(match.page) + 1,
    steps: match.provider.pages.length,
    fieldCount: match.page.fields.length,
  };
}

/** The retention check as the background runs it: settings from memory (see kept-records.ts). */
const retentionNow = () => enforceRetention(new Date(), cachedSettings);

/** The profile a fill can use, or why there is none (locked, unreadable, empty). */
export async function profileForFill(options: { retentionChecked?: boolean } = {}): Promise<{ ok: true; profile: Profile } | { ok: false; error: FillError }> {
  // The deletion day holds for every way of filling, the keyboard shortcut included: after it the
  // data is deleted, not filled.
  if (!options.retentionChecked && (await retentionNow()).kind === 'deleted') return { ok: false, error: 'deleted-by-retention' };
  let profile: Profile;
  try {
    profile = await cachedProfile();
  } catch (err) {
    if (err instanceof ProfileLockedError) return { ok: false, error: 'profile-locked' };
    await noteError('background.load-profile', err);
    return { ok: false, error: 'profile-unreadable' };
  }
  return isProfileEmpty(profile) ? { ok: false, error: 'profile-empty' } : { ok: true, profile };
}

/** Whether the tab is still on the origin the popup showed (when the popup said which). */
export function sameOrigin(url: string | URL, shown: string | undefined): boolean {
  if (shown === undefined) return true;
  try {
    return new URL(url).origin === shown;
  } catch (err) {
    void noteError('background.same-origin', err);
    return false;
  }
}

export async function fillTab(tabId: number, options: { origin?: string; overwrite?: string[] } = {}): Promise<FillResult | ConsentNeeded> {
  // A keyboard-shortcut fill comes straight here: after the deletion day it deletes, whatever the page.
  if ((await retentionNow()).kind === 'deleted') return { ok: false, error: 'deleted-by-retention' };
  const url = await tabUrl(tabId);
  if (!url) return { ok: false, error: 'no-tab' };
  if (!sameOrigin(url, options.origin)) return { ok: false, error: 'page-changed' };
  const match = (await pageMatch(url))?.match;
  if (!match) return { ok: false, error: 'no-provider' };
  const loaded = await profileForFill({ retentionChecked: true });
  if (!loaded.ok) return loaded;
  const gate = await gateFill(url, match.provider.label.ja, match.page.fields.map((f) => f.key), loaded.profile, match.provider.id);
  if (!gate.ok) return gate;
  const result = await fillPage(targetForMatch(url, match, browser.i18n.getUILanguage()), gate.profile, tabChannel(tabId), url, options.overwrite ?? []);
  if (result.ok) {
    const { report } = result;
    // The popup asks for the procedure's new state after the report; that answer waits for the note.
    noteFillAfterAnswer(report, gate.procedureId, false);
    afterAnswer('background.store-report', () => rememberReport(tabId, report));
  }
  return result;
}

/** Runs `work` once the current answer has gone out: the popup shows the report without waiting for
 * it to be stored (session storage, the badge). */
export function afterAnswer(where: string, work: () => Promise<void>): void {
  setTimeout(() => {
    work().catch((err: unknown) => noteError(where, err));
  }, 0);
}

// Reports hold keys and outcomes only, never values; they live in session storage (memory) so the
// popup can show the result of a keyboard-shortcut fill.
export async function rememberReport(tabId: number, report: FillReport): Promise<void> {
  await storageItems.report(tabId).set(report);
  await browser.action.setBadgeText({ tabId, text: String(report.counts.filled) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: report.counts.filled ? '#1a7f37' : '#9a6700' });
}

export async function lastReport(tabId: number): Promise<FillReport | null> {
  return storageItems.report(tabId).get();
}

export async function forgetReport(tabId: number): Promise<void> {
  await storageItems.report(tabId).remove();
}
