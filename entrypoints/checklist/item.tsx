import { useState } from 'preact/hooks';
import { linkedProviders } from '../../lib/procedures/catalog';
import { numberKindsFor } from '../../lib/procedures/numbers';
import { t } from '../../lib/ui/i18n';
import { applyEvent, removeOwn, setNumber, setSite } from './actions';
import { dueText, text } from './format';
import { record, today, type Row } from './model';

const STATUS_ICON = { todo: '○', filled: '◐', done: '✓', 'not-applicable': '—' } as const;

function NumberField({ id, kind, label }: { id: string; kind: 'customerNumber' | 'supplyPointId'; label: string }) {
  const stored = record.value.numbers[id]?.[kind] ?? '';
  const [error, setError] = useState<string | null>(null);
  const inputId = `num-${id}-${kind}`;
  return (
    <div class="field">
      <label for={inputId}>{t(label)}</label>
      <input
        id={inputId}
        inputMode={kind === 'supplyPointId' ? 'numeric' : 'text'}
        autocomplete="off"
        defaultValue={stored}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={async (e) => setError(await setNumber(id, kind, (e.currentTarget as HTMLInputElement).value))}
      />
      {error && <p id={`${inputId}-error`} class="field-error" role="alert">{t(error)}</p>}
    </div>
  );
}

function SiteField({ id }: { id: string }) {
  const [error, setError] = useState<string | null>(null);
  const inputId = `site-${id}`;
  return (
    <div class="field wide">
      <label for={inputId}>{t('siteLabel')}</label>
      <input
        id={inputId}
        type="url"
        placeholder="https://"
        defaultValue={record.value.sites[id] ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${inputId}-hint`}
        onChange={async (e) => setError(await setSite(id, (e.currentTarget as HTMLInputElement).value))}
      />
      <small id={`${inputId}-hint`} class="hint">{error ? t(error) : t('siteHint')}</small>
    </div>
  );
}

function CompleteForm({ id, onClose }: { id: string; onClose: () => void }) {
  const [receipt, setReceipt] = useState('');
  const [day, setDay] = useState(today.value);
  return (
    <form
      class="complete-form"
      onSubmit={async (e) => {
        e.preventDefault();
        await applyEvent(id, { type: 'complete', receiptNumber: receipt, doneOn: day || today.value });
        onClose();
      }}
    >
      <div class="field">
        <label for={`receipt-${id}`}>{t('receiptNumber')}</label>
        <input id={`receipt-${id}`} value={receipt} maxLength={60} onInput={(e) => setReceipt((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for={`done-${id}`}>{t('doneOn')}</label>
        <input id={`done-${id}`} type="date" value={day} required onInput={(e) => setDay((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <button type="submit" class="primary">{t('markDoneSave')}</button>
      <button type="button" onClick={onClose}>{t('closeForm')}</button>
    </form>
  );
}

export function ProcedureItem({ row }: { row: Row }) {
  const [completing, setCompleting] = useState(false);
  const { entry, state, id } = row;
  const name = entry ? text(entry.name) : row.ownName!;
  const status = state.status;
  const kinds = entry ? numberKindsFor(entry.category) : [];
  const linked = entry ? linkedProviders(entry) : [];
  const urgency = status === 'done' || status === 'not-applicable' ? null : row.urgency;
  return (
    <li class={`procedure status-${status}${urgency ? ` urgency-${urgency}` : ''}`} id={id} data-procedure={id} aria-labelledby={`${id}-name`}>
      <div class="procedure-head">
        <h3 id={`${id}-name`}>{name}</h3>
        <span class="tag">{t(`pcat_${row.category.replace(/-/g, '_')}`)}</span>
        <span class="state" data-status={status}>
          <span aria-hidden="true">{STATUS_ICON[status]}</span> {t(`status_${status.replace(/-/g, '_')}`)}
        </span>
      </div>
      <p class="due">
        {urgency === 'overdue' && <strong class="urgent">⚠ {t('urgency_overdue')} </strong>}
        {urgency === 'soon' && <strong class="soon">⏰ {t('urgency_soon')} </strong>}
        {dueText(row.due)}
        {row.due.kind === 'deadline' && row.due.shifted && <small> {t('due_shifted')}</small>}
      </p>
      {state.status === 'done' && (
        <p class="done-detail">
          {t('doneDetail', [state.doneOn ?? '', state.receiptNumber ?? '—'])}
        </p>
      )}
      {entry && (
        <details>
          <summary>{t('details')}</summary>
          <dl>
            <dt>{t('where')}</dt>
            <dd>{text(entry.where)}</dd>
            <dt>{t('methods')}</dt>
            <dd>{entry.methods.map((m) => t(`method_${m.replace(/-/g, '_')}`)).join('・')}</dd>
            {entry.bring.length > 0 && <dt>{t('bring')}</dt>}
            {entry.bring.length > 0 && <dd>{entry.bring.map((b) => t(`bring_${b.replace(/-/g, '_')}`)).join('、')}</dd>}
            {(entry.due.type === 'deadline' || entry.due.type === 'promptly') && <dt>{t('basis')}</dt>}
            {(entry.due.type === 'deadline' || entry.due.type === 'promptly') && <dd>{text(entry.due.basis)}</dd>}
            {entry.due.type === 'guide' && <dd class="hint">{t('guideNote')}</dd>}
            {entry.note && <dt>{t('note')}</dt>}
            {entry.note && <dd>{text(entry.note)}</dd>}
          </dl>
          {entry.officialUrl && (
            <p>
              <a href={entry.officialUrl} target="_blank" rel="noreferrer">{t('officialPage')}</a>
            </p>
          )}
          {linked.length > 0 && <p class="hint">{t('fillsOnline', linked.map((p) => p.label.ja).join('、'))}</p>}
          {entry.counterSheet && (
            <p>
              <a href={`/counter-sheet.html#${entry.counterSheet}`} target="_blank">{t('openCounterSheet')}</a>
            </p>
          )}
          {kinds.length > 0 && (
            <div class="grid numbers">
              {kinds.map((k) => (
                <NumberField key={k.kind} id={id} kind={k.kind} label={k.label} />
              ))}
              {linked.length === 0 && <SiteField id={id} />}
            </div>
          )}
        </details>
      )}
      <div class="actions">
        {status !== 'done' && status !== 'not-applicable' && !completing && (
          <button type="button" class="primary" onClick={() => setCompleting(true)}>{t('markDone')}</button>
        )}
        {status === 'done' && <button type="button" onClick={() => void applyEvent(id, { type: 'reopen' })}>{t('reopen')}</button>}
        {status !== 'done' && status !== 'not-applicable' && (
          <button type="button" onClick={() => void applyEvent(id, { type: 'not-applicable' })}>{t('markNotApplicable')}</button>
        )}
        {status === 'not-applicable' && <button type="button" onClick={() => void applyEvent(id, { type: 'applicable' })}>{t('markApplicable')}</button>}
        {!entry && (
          <button type="button" onClick={() => confirm(t('confirmRemoveOwn', name)) && void removeOwn(id)}>{t('removeOwn')}</button>
        )}
      </div>
      {completing && <CompleteForm id={id} onClose={() => setCompleting(false)} />}
    </li>
  );
}
