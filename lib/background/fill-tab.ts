import { browser } from 'wxt/browser';
import { providers } from '../../providers';
import { fillPage, targetForMatch, type FillError, type FillResult } from '../fill/fill-page';
import { tabChannel } from '../fill/page-channel';
import { matchUrl } from '../match/match-url';
import type { TabStatus } from '../messages';
import type { FillReport } from '../plan/types';
import { isProfileEmpty, type Profile } from '../profile/schema';
import { enforceRetention } from '../profile/retention-check';
import { loadProfile, ProfileLockedError } from '../profile/store';
import { siteIdentity } from './site-identity';

const REPORT_PREFIX = 'tp:report:';

export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

export async function describeTab(tabId: number): Promise<TabStatus> {
  const url = await tabUrl(tabId);
  if (!url || !/^https?:/.test(url)) return { kind: 'unsupported' };
  const match = matchUrl(url, providers);
  if (!match) return { kind: 'none', origin: new URL(url).origin, site: siteIdentity(new URL(url)) };
  return {
    kind: 'provider',
    origin: new URL(url).origin,
    providerId: match.provider.id,
    providerLabel: match.provider.label.ja,
    pageTitle: match.page.title.ja,
    step: match.provider.pages.indexOf(match.page) + 1,
    steps: match.provider.pages.length,
    fieldCount: match.page.fields.length,
  };
}

/** The profile a fill can use, or why there is none (locked, unreadable, empty). */
export async function profileForFill(): Promise<{ ok: true; profile: Profile } | { ok: false; error: FillError }> {
  // The deletion day holds for every way of filling, the keyboard shortcut included: after it the
  // data is deleted, not filled.
  if ((await enforceRetention()).kind === 'deleted') return { ok: false, error: 'deleted-by-retention' };
  let profile: Profile;
  try {
    profile = await loadProfile();
  } catch (err) {
    return { ok: false, error: err instanceof ProfileLockedError ? 'profile-locked' : 'profile-unreadable' };
  }
  return isProfileEmpty(profile) ? { ok: false, error: 'profile-empty' } : { ok: true, profile };
}

/** Whether the tab is still on the origin the popup showed (when the popup said which). */
export function sameOrigin(url: string | URL, shown: string | undefined): boolean {
  if (shown === undefined) return true;
  try {
    return new URL(url).origin === shown;
  } catch {
    return false;
  }
}

export async function fillTab(tabId: number, options: { origin?: string; overwrite?: string[] } = {}): Promise<FillResult> {
  // A keyboard-shortcut fill comes straight here: after the deletion day it deletes, whatever the page.
  if ((await enforceRetention()).kind === 'deleted') return { ok: false, error: 'deleted-by-retention' };
  const url = await tabUrl(tabId);
  if (!url) return { ok: false, error: 'no-tab' };
  if (!sameOrigin(url, options.origin)) return { ok: false, error: 'page-changed' };
  const match = matchUrl(url, providers);
  if (!match) return { ok: false, error: 'no-provider' };
  const loaded = await profileForFill();
  if (!loaded.ok) return loaded;
  const result = await fillPage(targetForMatch(url, match), loaded.profile, tabChannel(tabId), url, options.overwrite ?? []);
  if (result.ok) await rememberReport(tabId, result.report);
  return result;
}

// Reports hold keys and outcomes only, never values; they live in session storage (memory) so the
// popup can show the result of a keyboard-shortcut fill.
export async function rememberReport(tabId: number, report: FillReport): Promise<void> {
  await browser.storage.session.set({ [REPORT_PREFIX + tabId]: report });
  await browser.action.setBadgeText({ tabId, text: String(report.counts.filled) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: report.counts.filled ? '#1a7f37' : '#9a6700' });
}

export async function lastReport(tabId: number): Promise<FillReport | null> {
  const stored = await browser.storage.session.get(REPORT_PREFIX + tabId);
  return (stored[REPORT_PREFIX + tabId] as FillReport | undefined) ?? null;
}

export async function forgetReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(REPORT_PREFIX + tabId);
}
