import type { FieldReport, FillReport } from '../plan/types';
import { h, t } from './i18n';
import { keyLabel } from './key-label';

const ICONS: Record<FieldReport['outcome'], string> = { filled: '✓', skipped: '–', 'not-found': '?' };

function outcomeText(field: FieldReport): string {
  if (field.outcome === 'filled') return t('outcome_filled');
  if (field.outcome === 'not-found') return t('outcome_notFound');
  return t('outcome_skipped', t(`reason_${(field.reason ?? 'unsupported').replace(/-/g, '_')}`));
}

/** The per-field result of a fill: what was written, what was skipped and why. Never shows values. */
export function renderFillReport(report: FillReport): HTMLElement {
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
  );
}
