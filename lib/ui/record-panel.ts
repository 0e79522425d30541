import { askBackground, type ReplyOf } from '../messages';
import type { PickedField } from '../plan/types';
import { h, t } from './i18n';
import { decodeChoice, encodeChoice, keyOptionGroups } from './key-options';

// 「項目を割り当て」: the user clicks the fields of the page (the popup may close meanwhile; picks are
// kept in the page until saved), then chooses a profile key for each here. Saved, the mapping is used
// by the next fill of this page and can be exported as a provider file.

type RecordReply = ReplyOf<'record'>;

/** The message for a failed step; a refused or missing answer reads as the page not being reachable. */
function errorText(error: string): string {
  const known = ['no-tab', 'framed', 'nothing-to-save', 'nothing-recorded'].includes(error) ? error : 'inject-failed';
  return t(`recordError_${known.replace(/-/g, '_')}`);
}

function keySelect(label: string, value: string): HTMLSelectElement {
  const select = h(
    'select',
    { 'aria-label': t('recordKeyFor', label) },
    h('option', { value: '' }, t('guessNoKey')),
    ...keyOptionGroups().map((g) => h('optgroup', { label: t(g.group) }, ...g.options.map((o) => h('option', { value: o.value }, o.label)))),
  );
  select.value = value;
  return select;
}

/** Downloads text as a file from the popup (no permission needed for a blob of our own). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function renderRecordPanel(tabId: number, recordingNow: boolean, hasSaved: boolean): HTMLElement {
  const status = h('p', { class: 'record-status', role: 'status', 'aria-live': 'polite' });
  const list = h('ul', { class: 'record-fields' });
  const start = h('button', { type: 'button', class: 'record-start' }, t('recordStart'));
  const refresh = h('button', { type: 'button', class: 'record-refresh', hidden: true }, t('recordRefresh'));
  const save = h('button', { type: 'button', class: 'primary record-save', hidden: true }, t('recordSave'));
  const cancel = h('button', { type: 'button', class: 'record-cancel', hidden: true }, t('recordCancel'));
  const exportButton = h('button', { type: 'button', class: 'record-export', hidden: !hasSaved }, t('recordExport'));
  const banner = t('recordBanner');
  let rows: { field: PickedField; select: HTMLSelectElement }[] = [];

  function showPicks(reply: Extract<RecordReply, { ok: true }>): void {
    const picked: PickedField[] = reply.picked;
    const earlier = new Map((reply.saved?.fields ?? []).map((f) => [f.selector, encodeChoice(f.key, f.part)]));
    rows = picked.map((field) => ({ field, select: keySelect(field.label || field.selector, earlier.get(field.selector) ?? '') }));
    list.replaceChildren(
      ...rows.map(({ field, select }) =>
        h('li', { class: 'record-field', 'data-selector': field.selector }, h('span', { class: 'record-label' }, field.label || field.selector), select),
      ),
    );
    const recording = reply.recording;
    start.hidden = recording;
    refresh.hidden = !recording;
    cancel.hidden = !recording;
    save.hidden = !recording || rows.length === 0;
    exportButton.hidden = reply.saved === null;
    status.textContent = recording ? (rows.length ? t('recordPicked', String(rows.length)) : t('recordInstruction')) : reply.saved ? t('recordSaved', String(reply.saved.fields.length)) : '';
  }

  async function send(action: 'start' | 'list' | 'stop'): Promise<void> {
    const reply = await askBackground({ type: 'record', tabId, action, banner });
    if (!reply.ok) {
      status.textContent = errorText(reply.error);
      return;
    }
    showPicks(reply);
  }

  start.addEventListener('click', () => void send('start'));
  refresh.addEventListener('click', () => void send('list'));
  cancel.addEventListener('click', () => void send('stop'));
  save.addEventListener('click', async () => {
    const fields = rows.flatMap(({ field, select }) => {
      const choice = decodeChoice(select.value);
      if (choice.key === null) return [];
      return [{ selector: field.selector, label: field.label, key: choice.key, ...(choice.part !== undefined ? { part: choice.part } : {}) }];
    });
    const reply = await askBackground({ type: 'record-save', tabId, banner, fields });
    if (!reply.ok) {
      status.textContent = errorText(reply.error);
      return;
    }
    await send('list');
  });
  exportButton.addEventListener('click', async () => {
    const reply = await askBackground({ type: 'record-export', tabId });
    if (!reply.ok) {
      status.textContent = errorText(reply.error);
      return;
    }
    download(reply.fileName, reply.text);
    status.textContent = t('recordExported', reply.fileName);
  });

  const panel = h(
    'section',
    { class: 'record', 'aria-labelledby': 'record-title' },
    h('h2', { id: 'record-title' }, t('recordTitle')),
    h('p', { class: 'hint' }, t('recordExplain')),
    start,
    status,
    list,
    h('div', { class: 'record-actions' }, refresh, save, cancel, exportButton),
  );
  if (recordingNow) void send('list');
  return panel;
}
