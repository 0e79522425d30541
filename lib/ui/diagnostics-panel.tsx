import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { diagnosticsText, noteError, readDiagnostics } from '../diagnostics/log';
import { t } from './i18n';

/** 「診断情報をコピー」: puts the diagnostic log (places and codes, never values) on the clipboard, and
 * shows the same text so that it can be selected by hand when the clipboard is refused. */
export function DiagnosticsPanel() {
  const status = useSignal('');
  const text = useSignal<string | null>(null);

  async function copy(): Promise<void> {
    const entries = await readDiagnostics();
    text.value = diagnosticsText(entries, browser.runtime.getManifest().version);
    try {
      await navigator.clipboard.writeText(text.value);
      status.value = t('diagnosticsCopied', String(entries.length));
    } catch (err) {
      void noteError('settings.diagnostics-copy', err);
      status.value = t('diagnosticsCopyFailed');
    }
  }

  return (
    <section class="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diagnosticsTitle')}</h2>
      <p class="hint">{t('diagnosticsExplain')}</p>
      <button type="button" onClick={() => void copy()}>
        {t('diagnosticsCopy')}
      </button>
      <p class="diagnostics-status" role="status" aria-live="polite">
        {status}
      </p>
      {text.value !== null && (
        <textarea class="diagnostics-text" readOnly rows={6} aria-label={t('diagnosticsTitle')} value={text.value} />
      )}
    </section>
  );
}
