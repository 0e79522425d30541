import { useState } from 'preact/hooks';
import { linkedProviders } from '../../lib/procedures/catalog';
import { PURPOSES, QUESTIONS } from '../../lib/providers/procedure-schema';
import { t } from '../../lib/ui/i18n';
import { setAnswer, setEventDate, setPicked, setPurpose } from './actions';
import { companies, eventDate, record } from './model';
import { lang, text } from './format';

/** Purpose, event date, the questions that select entries, and the companies the user has. */
export function Setup() {
  const r = record.value;
  const [dateError, setDateError] = useState<string | null>(null);
  return (
    <section class="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setupTitle')}</h2>
      <fieldset class="purposes">
        <legend>{t('purposeLegend')}</legend>
        {PURPOSES.map((p) => (
          <label key={p}>
            <input type="radio" name="purpose" value={p} checked={r.purpose === p} onChange={() => void setPurpose(p)} /> {t(`purpose_${p}`)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="event-date">{t(`eventDate_${r.purpose}`)}</label>
        <input
          id="event-date"
          type="date"
          value={eventDate.value}
          aria-invalid={dateError ? 'true' : undefined}
          aria-describedby={dateError ? 'event-date-error' : undefined}
          onChange={async (e) => setDateError(await setEventDate((e.currentTarget as HTMLInputElement).value))}
        />
        {dateError && <p id="event-date-error" class="field-error" role="alert">{t(dateError)}</p>}
      </div>
      <fieldset class="questions">
        <legend>{t('questionsLegend')}</legend>
        {QUESTIONS.map((q) => {
          const value = r.answers[q];
          return (
            <div class="field question" key={q}>
              <label for={`q-${q}`}>{t(`question_${q}`)}</label>
              <select
                id={`q-${q}`}
                value={value === undefined ? '' : value ? 'yes' : 'no'}
                onChange={(e) => {
                  const v = (e.currentTarget as HTMLSelectElement).value;
                  void setAnswer(q, v === '' ? undefined : v === 'yes');
                }}
              >
                <option value="">{t('answerUnknown')}</option>
                <option value="yes">{t('answerYes')}</option>
                <option value="no">{t('answerNo')}</option>
              </select>
            </div>
          );
        })}
      </fieldset>
      <fieldset class="companies">
        <legend>{t('companiesLegend')}</legend>
        <p class="hint">{t('companiesHint')}</p>
        <ul>
          {companies.value.map((e) => {
            const linked = linkedProviders(e);
            return (
              <li key={e.id}>
                <label>
                  <input type="checkbox" data-pick={e.id} checked={!!r.picked[e.id]} onChange={(ev) => void setPicked(e.id, (ev.currentTarget as HTMLInputElement).checked)} />{' '}
                  {text(e.name)}
                </label>
                {linked.length > 0 && <small class="linked"> — {linked.map((p) => (lang() === 'ja' ? p.label.ja : p.label.en ?? p.label.ja)).join('、')}</small>}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </section>
  );
}
