import { askBackground } from '../messages';
import { RECORDED_PROVIDER_ID, type FieldReport, type FillReport } from '../plan/types';
import { h, t } from './i18n';
import { keyLabel } from './key-label';

const ICONS: Record<FieldReport['outcome'], string> = { filled: '✓', skipped: '–', 'not-found': '?' };

function outcomeText(field: FieldReport): string {
  if (field.outcome === 'filled') return t('outcome_filled');
  if (field.outcome === 'not-found') return t('outcome_notFound');
  return t('outcome_skipped', t(`reason_${(field.reason ?? 'unsupported').replace(/-/g, '_')}`));
}

/** The per-field result of a fill: what was written, what was skipped and why. Never shows values. */
/** 「不具合を報告用にコピー」 under a mapped fill that did not fill every field. */
function copyForMaintainers(tabId: number): HTMLElement {
  const button = h('button', { type: 'button', class: 'copy-drift' }, t('driftCopy'));
  const done = h('span', { class: 'copy-drift-status', role: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    const reply = await askBackground({ type: 'drift-report', tabId });
    if (!reply.ok) {
      done.textContent = t('driftCopyFailed');
      return;
    }
    try {
      await navigator.clipboard.writeText(reply.text);
      done.textContent = t('driftCopied');
    } catch {
      done.textContent = t('driftCopyFailed');
    }
  });
  return h('p', { class: 'drift' }, button, ' ', done);
}

export function renderFillReport(report: FillReport, tabId?: number): HTMLElement {
  const { filled, skipped } = report.counts;
  const notFound = report.counts['not-found'];
  const items = report.fields.map((field) =>
    h(
      'li',
      { class: `outcome-${field.outcome}`, 'data-key': field.key, 'data-outcome': field.outcome, 'data-reason': field.reason },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, ICONS[field.outcome]),
      h('span', { class: 'what' }, keyLabel(field.key, field.part), field.pageLabel ? h('small', {}, ` — ${field.pageLabel}`) : null),
      h('span', { class: 'result' }, outcomeText(field)),
      field.guessed ? h('span', { class: 'tag' }, t('guessed')) : null,
    ),
  );
  return h(
    'section',
    { class: 'report', 'aria-labelledby': 'report-title' },
    h('h2', { id: 'report-title' }, t('reportTitle')),
    h('p', { class: 'report-counts' }, t('reportCounts', [String(filled), String(skipped), String(notFound)])),
    h('ul', { class: 'report-fields' }, ...items),
    h('p', { class: 'report-check' }, t('reportCheck')),
    tabId !== undefined && report.providerId && report.providerId !== RECORDED_PROVIDER_ID && report.counts.filled < report.fields.length ? copyForMaintainers(tabId) : null,
  );
}
