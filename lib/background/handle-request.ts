import { browser, type Browser } from 'wxt/browser';
import { requestSchema } from '../messages';
import { driftReportFor } from './drift';
import { describeTab, fillTab, lastReport, rememberReport, tabTitle, tabUrl } from './fill-tab';
import { exportRecording, recordOnTab, saveRecording } from './record-mapping';
import { fillGuessed, previewGuesses } from './guess-fill';

/** Only this extension's own pages (popup, options) may ask the background for anything. Content
 * scripts and web pages are refused: their sender URL is the web page's. */
export function isTrustedSender(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const base = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

export async function handleRequest(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (!isTrustedSender(sender)) return { ok: false, error: 'refused' };
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'bad-request' };
  const request = parsed.data;
  switch (request.type) {
    case 'tab-status':
      return { ok: true, status: await describeTab(request.tabId) };
    case 'fill':
      return fillTab(request.tabId);
    case 'last-report':
      return { ok: true, report: await lastReport(request.tabId) };
    case 'recognise':
      return previewGuesses(request.tabId);
    case 'record':
      return recordOnTab(request.tabId, await tabUrl(request.tabId), request.action, request.banner);
    case 'record-save':
      return saveRecording(request.tabId, await tabUrl(request.tabId), await tabTitle(request.tabId), request.fields, request.banner);
    case 'record-export':
      return exportRecording(await tabUrl(request.tabId));
    case 'drift-report':
      return driftReportFor(request.tabId);
    case 'fill-guessed': {
      const result = await fillGuessed(request.tabId, request.fields);
      if (result.ok) await rememberReport(request.tabId, result.report);
      return result;
    }
  }
}
