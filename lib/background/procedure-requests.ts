import { browser } from 'wxt/browser';
import { providers } from '../../providers';
import { matchUrl } from '../match/match-url';
import { grantSiteConsent, procedureStatus } from './procedure-gate';
import { tabUrl } from './fill-tab';
import { noteError } from '../diagnostics/log';
import { ProfileLockedError } from '../vault/profile-store';

/** Records the user's consent for the tab's site (the origin comes from the tab, never the sender). */
export async function consentForTab(tabId: number, keys: string[]): Promise<{ ok: boolean; error?: string }> {
  const url = await tabUrl(tabId);
  if (!url || !/^https?:/.test(url)) return { ok: false, error: 'no-tab' };
  const match = matchUrl(url, providers);
  try {
    await grantSiteConsent(url, match ? match.provider.label.ja : new URL(url).host, keys);
  } catch (err) {
    await noteError('background.grant-consent', err);
    return { ok: false, error: err instanceof ProfileLockedError ? 'profile-locked' : 'profile-unreadable' };
  }
  return { ok: true };
}

export async function procedureStatusOfTab(tabId: number): Promise<Awaited<ReturnType<typeof procedureStatus>>> {
  const url = await tabUrl(tabId);
  if (!url || !/^https?:/.test(url)) return null;
  try {
    return await procedureStatus(url, matchUrl(url, providers)?.provider.id ?? null, browser.i18n.getUILanguage());
  } catch (err) {
    await noteError('background.procedure-status', err);
    return null;
  }
}
