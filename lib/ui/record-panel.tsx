import { signal, useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { askBackground, type ReplyOf } from '../messages';
import type { PickedField } from '../plan/types';
import { t } from './i18n';
import { decodeChoice, encodeChoice, KeySelect } from './key-options';

// 「項目を割り当て」: the user clicks the fields of the page (the popup may close meanwhile; picks are
// kept in the page until saved), then chooses a profile key for each here. Saved, the mapping is used
// by the next fill of this page and can be exported as a provider file.

type Picks = Extract<ReplyOf<'record'>, { ok: true }>;

/** The message for a failed step; a refused or missing answer reads as the page not being reachable. */
function errorText(error: string): string {
  const known = ['no-tab', 'framed', 'nothing-to-save', 'nothing-recorded'].includes(error) ? error : 'inject-failed';
  return t(`recordError_${known.replace(/-/g, '_')}`);
}

/** Downloads text as a file from the popup (no permission needed for a blob of our own). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface PickRow {
  field: PickedField;
  choice: Signal<string>;
}

interface RecordPanelProps {
  tabId: number;
  recordingNow: boolean;
  hasSaved: boolean;
}

export function RecordPanel({ tabId, recordingNow, hasSaved }: RecordPanelProps) {
  const status = useSignal('');
  const recording = useSignal(false);
  const saved = useSignal(hasSaved);
  const rows = useSignal<PickRow[]>([]);
  const banner = t('recordBanner');

  function showPicks(reply: Picks): void {
    const earlier = new Map((reply.saved?.fields ?? []).map((f) => [f.selector, encodeChoice(f.key, f.part)]));
    rows.value = reply.picked.map((field) => ({ field, choice: signal(earlier.get(field.selector) ?? '') }));
    recording.value = reply.recording;
    saved.value = reply.saved !== null;
    const count = rows.value.length;
    status.value = reply.recording ? (count ? t('recordPicked', String(count)) : t('recordInstruction')) : reply.saved ? t('recordSaved', String(reply.saved.fields.length)) : '';
  }

  async function send(action: 'start' | 'list' | 'stop'): Promise<void> {
    const reply = await askBackground({ type: 'record', tabId, action, banner });
    if (!reply.ok) status.value = errorText(reply.error);
    else showPicks(reply);
  }

  async function save(): Promise<void> {
    const fields = rows.value.flatMap(({ field, choice }) => {
      const picked = decodeChoice(choice.value);
      if (picked.key === null) return [];
      return [{ selector: field.selector, label: field.label, key: picked.key, ...(picked.part !== undefined ? { part: picked.part } : {}) }];
    });
    const reply = await askBackground({ type: 'record-save', tabId, banner, fields });
    if (!reply.ok) {
      status.value = errorText(reply.error);
      return;
    }
    await send('list');
  }

  async function exportFile(): Promise<void> {
    const reply = await askBackground({ type: 'record-export', tabId });
    if (!reply.ok) {
      status.value = errorText(reply.error);
      return;
    }
    download(reply.fileName, reply.text);
    status.value = t('recordExported', reply.fileName);
  }

  useEffect(() => {
    if (recordingNow) void send('list');
  }, []);

  return (
    <section class="record" aria-labelledby="record-title">
      <h2 id="record-title">{t('recordTitle')}</h2>
      <p class="hint">{t('recordExplain')}</p>
      <button type="button" class="record-start" hidden={recording.value} onClick={() => void send('start')}>
        {t('recordStart')}
      </button>
      <p class="record-status" role="status" aria-live="polite">
        {status}
      </p>
      <ul class="record-fields">
        {rows.value.map(({ field, choice }) => (
          <li key={field.selector} class="record-field" data-selector={field.selector}>
            <span class="record-label">{field.label || field.selector}</span>
            <KeySelect label={t('recordKeyFor', field.label || field.selector)} value={choice.value} onChange={(v) => (choice.value = v)} />
          </li>
        ))}
      </ul>
      <div class="record-actions">
        <button type="button" class="record-refresh" hidden={!recording.value} onClick={() => void send('list')}>
          {t('recordRefresh')}
        </button>
        <button type="button" class="primary record-save" hidden={!recording.value || rows.value.length === 0} onClick={() => void save()}>
          {t('recordSave')}
        </button>
        <button type="button" class="record-cancel" hidden={!recording.value} onClick={() => void send('stop')}>
          {t('recordCancel')}
        </button>
        <button type="button" class="record-export" hidden={!saved.value} onClick={() => void exportFile()}>
          {t('recordExport')}
        </button>
      </div>
    </section>
  );
}
