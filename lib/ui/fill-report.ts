import { askBackground } from '../messages';
import { RECORDED_PROVIDER_ID, type FieldReport, type FillReport } from '../plan/types';
import { h, t } from './i18n';
import { keyLabel } from './key-label';

const ICONS: Record<FieldReport['outcome'], string> = { filled: '✓', skipped: '–', 'not-found': '?' };
const ORDER: Record<FieldReport['outcome'], number> = { skipped: 0, 'not-found': 1, filled: 2 };

export function reasonText(field: Pick<FieldReport, 'reason' | 'limit'>): string {
  const reason = field.reason ?? 'unsupported';
  if (reason === 'too-long') return t('reason_too_long', String(field.limit ?? ''));
  return t(`reason_${reason.replace(/-/g, '_')}`);
}

function outcomeText(field: FieldReport): string {
  if (field.outcome === 'filled') return t('outcome_filled');
  if (field.outcome === 'not-found') return t('outcome_notFound');
  return t('outcome_skipped', reasonText(field));
}

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

/** Problem rows (skipped, not found) first, each group in page order. */
export function orderedRows(fields: FieldReport[]): FieldReport[] {
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => ORDER[a.field.outcome] - ORDER[b.field.outcome] || a.index - b.index)
    .map((x) => x.field);
}

/** The per-field result of a fill: what was skipped and why, what was not found, what was written,
 * and the fields of the form still empty. Never shows values. `onOverwrite` (when given) is offered
 * for the fields that kept what they already held. */
export function renderFillReport(report: FillReport, tabId?: number, onOverwrite?: (ids: string[]) => void): HTMLElement {
  const { filled, skipped } = report.counts;
  const notFound = report.counts['not-found'];
  const items = orderedRows(report.fields).map((field) =>
    h(
      'li',
      { class: `outcome-${field.outcome}`, 'data-key': field.key, 'data-outcome': field.outcome, 'data-reason': field.reason },
      h('span', { class: 'icon', 'aria-hidden': 'true' }, ICONS[field.outcome]),
      h('span', { class: 'what' }, keyLabel(field.key, field.part), field.pageLabel ? h('small', {}, ` — ${field.pageLabel}`) : null),
      h('span', { class: 'result' }, outcomeText(field)),
      field.guessed ? h('span', { class: 'tag' }, t('guessed')) : null,
    ),
  );
  const kept = report.fields.filter((f) => f.outcome === 'skipped' && f.reason === 'user-value').map((f) => f.id);
  let overwrite: HTMLElement | null = null;
  if (kept.length > 0 && onOverwrite) {
    const button = h('button', { type: 'button', class: 'overwrite' }, t('overwriteButton'));
    button.addEventListener('click', () => onOverwrite(kept));
    overwrite = h('div', { class: 'report-overwrite' }, h('p', {}, t('overwriteNote')), button);
  }
  const leftEmpty = report.leftEmpty ?? [];
  const empty =
    leftEmpty.length > 0
      ? h(
          'section',
          { class: 'left-empty', 'aria-labelledby': 'left-empty-title' },
          h('h3', { id: 'left-empty-title' }, `${t('leftEmptyTitle')}（${leftEmpty.length}）`),
          h('p', {}, t('leftEmptyNote')),
          h(
            'ul',
            {},
            ...leftEmpty.map((f) =>
              h(
                'li',
                { 'data-required': f.required ? 'true' : 'false' },
                f.required ? h('strong', { class: 'required' }, `${t('leftEmptyRequired')} `) : null,
                f.caption || t('leftEmptyNoCaption'),
              ),
            ),
          ),
        )
      : null;
  return h(
    'section',
    { class: 'report', 'aria-labelledby': 'report-title' },
    h('h2', { id: 'report-title' }, t('reportTitle')),
    h('p', { class: 'report-counts' }, t('reportCounts', [String(filled), String(skipped), String(notFound)])),
    overwrite,
    h('ul', { class: 'report-fields' }, ...items),
    empty,
    h('p', { class: 'report-check' }, t('reportCheck')),
    tabId !== undefined && report.providerId && report.providerId !== RECORDED_PROVIDER_ID && report.counts.filled < report.fields.length ? copyForMaintainers(tabId) : null,
  );
}
