import { useState } from 'preact/hooks';
import { catalog } from '../../lib/procedures/catalog';
import { PROCEDURE_CATEGORIES, type ProcedureCategory } from '../../lib/providers/procedure-schema';
import { t } from '../../lib/ui/i18n';
import { keyLabel } from '../../lib/ui/key-label';
import { addOwn, withdraw } from './actions';
import { text } from './format';
import { record } from './model';

export function OwnProcedureForm() {
  const [name, setName] = useState('');
  const [category, setCategory] = useState<ProcedureCategory>('living');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      class="own-form"
      aria-labelledby="own-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim()) return setError(true);
        setError(false);
        await addOwn({ name: name.trim(), category, purpose: record.value.purpose, ...(dueOn ? { dueOn } : {}) });
        setName('');
        setDueOn('');
      }}
    >
      <h2 id="own-title">{t('ownTitle')}</h2>
      <div class="grid own-grid">
        <div class="field">
          <label for="own-name">{t('ownName')}</label>
          <input id="own-name" value={name} maxLength={80} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'own-name-error' : undefined} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          {error && <p id="own-name-error" class="field-error" role="alert">{t('err_own_name')}</p>}
        </div>
        <div class="field">
          <label for="own-category">{t('category')}</label>
          <select id="own-category" value={category} onChange={(e) => setCategory((e.currentTarget as HTMLSelectElement).value as ProcedureCategory)}>
            {PROCEDURE_CATEGORIES.map((c) => (
              <option key={c} value={c}>{t(`pcat_${c.replace(/-/g, '_')}`)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="own-due">{t('ownDue')}</label>
          <input id="own-due" type="date" value={dueOn} onInput={(e) => setDueOn((e.currentTarget as HTMLInputElement).value)} />
        </div>
      </div>
      <button type="submit">{t('ownAdd')}</button>
    </form>
  );
}

export function Consents() {
  const entries = Object.entries(record.value.consents);
  return (
    <section class="consents" aria-labelledby="consents-title">
      <h2 id="consents-title">{t('consentsTitle')}</h2>
      {entries.length === 0 ? (
        <p class="hint">{t('consentsNone')}</p>
      ) : (
        <ul>
          {entries.map(([origin, c]) => (
            <li key={origin} data-origin={origin}>
              <strong>{c.label}</strong> <small>{origin}</small>
              <p class="hint">{t('consentGiven', [c.at.slice(0, 10), String(c.keys.length)])}</p>
              <details>
                <summary>{t('consentKeys')}</summary>
                <ul class="keys">{c.keys.map((k) => <li key={k}>{keyLabel(k)}</li>)}</ul>
              </details>
              <button type="button" onClick={() => void withdraw(origin)} aria-label={t('consentWithdrawFor', c.label)}>{t('consentWithdraw')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function History() {
  const entries = [...record.value.history].reverse();
  const names = new Map(catalog().map((e) => [e.id, text(e.name)]));
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      <p class="hint">{t('historyExplain')}</p>
      {entries.length === 0 ? (
        <p class="hint">{t('historyNone')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('historyWhen')}</th>
              <th scope="col">{t('historySite')}</th>
              <th scope="col">{t('historyProcedure')}</th>
              <th scope="col">{t('historyKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((h, i) => (
              <tr key={i}>
                <td>{new Date(h.at).toLocaleString()}</td>
                <td>{h.origin}{h.path}{h.guessed ? ` ${t('historyGuessed')}` : ''}</td>
                <td>{h.procedureId ? names.get(h.procedureId) ?? h.procedureId : '—'}</td>
                <td>{h.keys.map((k) => keyLabel(k)).join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
