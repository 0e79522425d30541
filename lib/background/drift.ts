import { browser } from 'wxt/browser';
import { providers } from '../../providers';
import { driftReport } from '../fill/drift-report';
import { exchangeFailed } from '../fill/fill-page';
import { tabChannel } from '../fill/page-channel';
import { matchUrl } from '../match/match-url';
import { lastReport, tabUrl } from './fill-tab';

/** 「不具合を報告用にコピー」: the last fill's report on a mapped page, with an outline of the page's
 * form fields, as text for a maintainer. Keys, outcomes, names and captions only. */
export async function driftReportFor(tabId: number): Promise<{ ok: true; text: string } | { ok: false; error: 'no-report' | 'inject-failed' }> {
  const url = await tabUrl(tabId);
  const report = await lastReport(tabId);
  const match = url ? matchUrl(url, providers) : null;
  if (!url || !report || !match) return { ok: false, error: 'no-report' };
  const page = new URL(url);
  let reply;
  try {
    reply = await tabChannel(tabId).send({ op: 'outline', expected: { origin: page.origin, path: page.pathname } });
  } catch (err) {
    await exchangeFailed('background.drift-outline', err);
    return { ok: false, error: 'inject-failed' };
  }
  const outline = reply.response;
  if (!outline?.ok) return { ok: false, error: 'inject-failed' };
  return {
    ok: true,
    text: driftReport({
      providerId: match.provider.id,
      providerVersion: match.provider.updated,
      extensionVersion: browser.runtime.getManifest().version,
      report,
      outline: outline.outline,
    }),
  };
}
