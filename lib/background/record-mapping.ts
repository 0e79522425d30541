import { noteError } from '../diagnostics/log';
import { exchangeFailed } from '../fill/fill-page';
import { tabChannel } from '../fill/page-channel';
import { loadRecordedMapping, saveRecordedMapping } from '../local-mappings/store';
import type { PageMatch } from '../match/match-url';
import { RECORDED_PROVIDER_ID, type PickedField } from '../plan/types';
import { FIELD_PARTS, isProfileKey, type FieldPart } from '../profile/keys';
import { renderRecordedProvider } from '../providers/provider-text';
import type { Provider } from '../providers/schema';
import type { RecordedMapping } from '../storage/db';
import { storageItems } from '../storage/items';

// 「項目を割り当て」 in the background: the popup starts picking on the tab, lists what the user clicked,
// and saves keys for those fields as the page's recorded mapping. The next fill of that page uses it as
// a mapping; it can be exported as a provider file. Selectors and keys only, never values.

export type RecordError = 'no-tab' | 'inject-failed' | 'framed' | 'nothing-to-save' | 'nothing-recorded';

/** Whether the user started picking fields on this tab and has not saved or stopped yet. */
export async function isRecording(tabId: number): Promise<boolean> {
  return (await storageItems.recording(tabId).get()) === true;
}

async function pageOf(tabUrl: string | undefined): Promise<URL | null> {
  if (!tabUrl || !/^https?:/.test(tabUrl)) return null;
  return new URL(tabUrl);
}

/** Starts (or continues) picking on the tab, lists the picks, or stops; always answers the picks. */
export async function recordOnTab(
  tabId: number,
  tabUrl: string | undefined,
  action: 'start' | 'list' | 'stop',
  banner: string,
): Promise<{ ok: true; recording: boolean; picked: PickedField[]; saved: RecordedMapping | null } | { ok: false; error: RecordError }> {
  const url = await pageOf(tabUrl);
  if (!url) return { ok: false, error: 'no-tab' };
  let reply;
  try {
    reply = await tabChannel(tabId).send({ op: 'record', expected: { origin: url.origin, path: url.pathname }, action, banner });
  } catch (err) {
    await exchangeFailed('background.record', err);
    return { ok: false, error: 'inject-failed' };
  }
  const result = reply.response;
  if (!result || !result.ok) {
    await storageItems.recording(tabId).remove();
    return { ok: false, error: result?.error === 'framed' ? 'framed' : 'inject-failed' };
  }
  if (result.recording) await storageItems.recording(tabId).set(true);
  else await storageItems.recording(tabId).remove();
  return { ok: true, recording: result.recording, picked: result.picked, saved: await loadRecordedMapping(url.origin, url.pathname) };
}

export interface RecordedChoice {
  selector: string;
  label: string;
  key: string;
  part?: FieldPart;
}

/** Saves the user's keys for the picked fields and ends the picking on the page. */
export async function saveRecording(tabId: number, tabUrl: string | undefined, title: string | undefined, choices: RecordedChoice[], banner: string): Promise<{ ok: true; saved: RecordedMapping } | { ok: false; error: RecordError }> {
  const url = await pageOf(tabUrl);
  if (!url) return { ok: false, error: 'no-tab' };
  const fields = choices
    .filter((c) => isProfileKey(c.key) && (c.part === undefined || (FIELD_PARTS as readonly unknown[]).includes(c.part)))
    .map((c) => ({ selector: c.selector, key: c.key, label: c.label.slice(0, 80), ...(c.part !== undefined ? { part: c.part } : {}) }));
  if (fields.length === 0) return { ok: false, error: 'nothing-to-save' };
  const saved: RecordedMapping = { title: (title || url.host).slice(0, 80), fields, recordedAt: new Date().toISOString() };
  await saveRecordedMapping(url.origin, url.pathname, saved);
  await recordOnTab(tabId, tabUrl, 'stop', banner);
  return { ok: true, saved };
}

/** The page's recorded mapping as a provider page, so that a fill uses it as a mapping. */
export function recordedMatch(url: URL, recorded: RecordedMapping): PageMatch {
  const provider: Provider = {
    id: RECORDED_PROVIDER_ID,
    label: { ja: recorded.title || url.host, en: recorded.title || url.host },
    category: 'other',
    origins: [url.origin],
    updated: recorded.recordedAt.slice(0, 10),
    pages: [
      {
        id: 'recorded',
        path: url.pathname,
        title: { ja: recorded.title || url.pathname },
        fields: recorded.fields.map((f) => ({ selector: f.selector, key: f.key, ...(f.part !== undefined ? { part: f.part } : {}) })),
      },
    ],
  };
  return { provider, page: provider.pages[0] };
}

export async function recordedMatchFor(tabUrl: string): Promise<PageMatch | null> {
  const url = new URL(tabUrl);
  const recorded = await loadRecordedMapping(url.origin, url.pathname);
  return recorded ? recordedMatch(url, recorded) : null;
}

/** The recorded mapping of the tab's page as the text of a provider file. */
export async function exportRecording(tabUrl: string | undefined): Promise<{ ok: true; fileName: string; text: string } | { ok: false; error: RecordError }> {
  const url = await pageOf(tabUrl);
  if (!url) return { ok: false, error: 'no-tab' };
  const recorded = await loadRecordedMapping(url.origin, url.pathname);
  if (!recorded) return { ok: false, error: 'nothing-recorded' };
  let text: string;
  try {
    text = renderRecordedProvider({
      origin: url.origin,
      path: url.pathname,
      title: recorded.title,
      fields: recorded.fields,
      today: new Date().toISOString().slice(0, 10),
    });
  } catch (err) {
    await noteError('background.export-recording', err);
    return { ok: false, error: 'nothing-recorded' };
  }
  const id = /id: '([^']+)'/.exec(text)?.[1] ?? 'recorded';
  return { ok: true, fileName: `${id}.ts`, text };
}
