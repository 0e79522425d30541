import { useSignal } from '@preact/signals';
import { noteError } from '../diagnostics/log';
import { askBackground } from '../messages';
import { RECORDED_PROVIDER_ID, type FieldReport, type FillReport as Report, type LeftEmptyField } from '../plan/types';
import { t } from './i18n';
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

/** Problem rows (skipped, not found) first, each group in page order. */
export function orderedRows(fields: FieldReport[]): FieldReport[] {
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => ORDER[a.field.outcome] - ORDER[b.field.outcome] || a.index - b.index)
    .map((x) => x.field);
}

/** 「不具合を報告用にコピー」 under a mapped fill that did not fill every field. */
function CopyForMaintainers({ tabId }: { tabId: number }) {
  const done = useSignal('');
  async function copy(): Promise<void> {
    const reply = await askBackground({ type: 'drift-report', tabId });
    if (!reply.ok) {
      done.value = t('driftCopyFailed');
      return;
    }
    try {
      await navigator.clipboard.writeText(reply.text);
      done.value = t('driftCopied');
    } catch (err) {
      void noteError('fill-report.drift-copy', err);
      done.value = t('driftCopyFailed');
    }
  }
  return (
    <p class="drift">
      <button type="button" class="copy-drift" onClick={() => void copy()}>
        {t('driftCopy')}
      </button>{' '}
      <span class="copy-drift-status" role="status" aria-live="polite">
        {done}
      </span>
    </p>
  );
}

function FieldRow({ field }: { field: FieldReport }) {
  return (
    <li class={`outcome-${field.outcome}`} data-key={field.key} data-outcome={field.outcome} data-reason={field.reason}>
      <span class="icon" aria-hidden="true">
        {ICONS[field.outcome]}
      </span>
      <span class="what">
        {keyLabel(field.key, field.part)}
        {field.pageLabel && <small> — {field.pageLabel}</small>}
      </span>
      <span class="result">{outcomeText(field)}</span>
      {field.guessed && <span class="tag">{t('guessed')}</span>}
    </li>
  );
}

function LeftEmpty({ fields }: { fields: LeftEmptyField[] }) {
  return (
    <section class="left-empty" aria-labelledby="left-empty-title">
      <h3 id="left-empty-title">{`${t('leftEmptyTitle')}（${fields.length}）`}</h3>
      <p>{t('leftEmptyNote')}</p>
      <ul>
        {fields.map((f, i) => (
          <li key={i} data-required={f.required ? 'true' : 'false'}>
            {f.required && <strong class="required">{`${t('leftEmptyRequired')} `}</strong>}
            {f.caption || t('leftEmptyNoCaption')}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface FillReportProps {
  report: Report;
  tabId?: number;
  /** Offered for the fields that kept what they already held (「上書きして入力」). */
  onOverwrite?: (ids: string[]) => void;
}

/** The per-field result of a fill: the problems first (what was skipped and why, what was not found,
 * the fields of the form still empty), then what was written. Never shows values. */
export function FillReport({ report, tabId, onOverwrite }: FillReportProps) {
  const { filled, skipped } = report.counts;
  const notFound = report.counts['not-found'];
  const rows = orderedRows(report.fields);
  const problems = rows.filter((f) => f.outcome !== 'filled');
  const written = rows.filter((f) => f.outcome === 'filled');
  const kept = report.fields.filter((f) => f.outcome === 'skipped' && f.reason === 'user-value').map((f) => f.id);
  const leftEmpty = report.leftEmpty ?? [];
  const offerCopy = tabId !== undefined && !!report.providerId && report.providerId !== RECORDED_PROVIDER_ID && filled < report.fields.length;
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">{t('reportTitle')}</h2>
      <p class="report-counts">{t('reportCounts', [String(filled), String(skipped), String(notFound)])}</p>
      {kept.length > 0 && onOverwrite && (
        <div class="report-overwrite">
          <p>{t('overwriteNote')}</p>
          <button type="button" class="overwrite" onClick={() => onOverwrite(kept)}>
            {t('overwriteButton')}
          </button>
        </div>
      )}
      {problems.length > 0 && (
        <ul class="report-fields report-problems" aria-label={t('reportProblems')}>
          {problems.map((f) => (
            <FieldRow key={f.id} field={f} />
          ))}
        </ul>
      )}
      {leftEmpty.length > 0 && <LeftEmpty fields={leftEmpty} />}
      {written.length > 0 && (
        <ul class="report-fields report-filled" aria-label={t('reportFilled')}>
          {written.map((f) => (
            <FieldRow key={f.id} field={f} />
          ))}
        </ul>
      )}
      <p class="report-check">{t('reportCheck')}</p>
      {offerCopy && <CopyForMaintainers tabId={tabId} />}
    </section>
  );
}
