import { browser, type Browser } from 'wxt/browser';
import { requestSchema } from '../messages/schemas';
import type { Refusal, Replies, RequestOf, RequestType } from '../messages';
import { driftReportFor } from './drift';
import { afterAnswer, fillTab, lastReport, rememberReport, tabTitle, tabUrl } from './fill-tab';
import { exportRecording, recordOnTab, saveRecording } from './record-mapping';
import { fillGuessed, previewGuesses } from './guess-fill';
import { openingState } from './opening-state';
import { consentForTab, procedureStatusOfTab } from './procedure-requests';

/** Only this extension's own pages (popup, options) may ask the background for anything. Content
 * scripts and web pages are refused: their sender URL is the web page's. */
export function isTrustedSender(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const base = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

type Handlers = { [T in RequestType]: (request: RequestOf<T>) => Promise<Replies[T]> };

const handlers: Handlers = {
  'popup-open': (request) => openingState(request.tabId),
  fill: (request) => fillTab(request.tabId, { origin: request.origin, overwrite: request.overwrite }),
  'last-report': async (request) => ({ ok: true, report: await lastReport(request.tabId) }),
  recognise: (request) => previewGuesses(request.tabId, request.origin),
  'fill-guessed': async (request) => {
    const result = await fillGuessed(request.tabId, request.fields, { origin: request.origin, overwrite: request.overwrite });
    if (result.ok) {
      const { report } = result;
      afterAnswer('background.store-guessed-report', () => rememberReport(request.tabId, report));
    }
    return result;
  },
  record: async (request) => recordOnTab(request.tabId, await tabUrl(request.tabId), request.action, request.banner),
  'record-save': async (request) => saveRecording(request.tabId, await tabUrl(request.tabId), await tabTitle(request.tabId), request.fields, request.banner),
  'record-export': async (request) => exportRecording(await tabUrl(request.tabId)),
  'drift-report': (request) => driftReportFor(request.tabId),
  'grant-consent': (request) => consentForTab(request.tabId, request.keys),
  'procedure-status': async (request) => ({ ok: true, procedure: await procedureStatusOfTab(request.tabId) }),
};

function dispatch<T extends RequestType>(request: RequestOf<T>): Promise<Replies[T]> {
  return (handlers[request.type] as (request: RequestOf<T>) => Promise<Replies[T]>)(request);
}

export async function handleRequest(message: unknown, sender: Browser.runtime.MessageSender): Promise<Replies[RequestType] | Refusal> {
  if (!isTrustedSender(sender)) return { ok: false, error: 'refused' };
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'bad-request' };
  return dispatch(parsed.data);
}
