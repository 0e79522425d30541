import { browser, type Browser } from 'wxt/browser';
import { requestSchema } from '../messages';
import { describeTab, fillTab, lastReport, rememberReport } from './fill-tab';
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
      return fillTab(request.tabId, { origin: request.origin, overwrite: request.overwrite });
    case 'last-report':
      return { ok: true, report: await lastReport(request.tabId) };
    case 'recognise':
      return previewGuesses(request.tabId, request.origin);
    case 'fill-guessed': {
      const result = await fillGuessed(request.tabId, request.fields, { origin: request.origin, overwrite: request.overwrite });
      if (result.ok) await rememberReport(request.tabId, result.report);
      return result;
    }
  }
}
