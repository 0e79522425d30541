import { PROCEDURE_CATEGORIES, type ProcedureCategory } from '../../lib/providers/procedure-schema';
import { t } from '../../lib/ui/i18n';
import { ProcedureItem } from './item';
import { categoryFilter, eventDate, record, thisWeekOnly, totals, visibleRows } from './model';
import { Consents, History, OwnProcedureForm } from './records';
import { Setup } from './setup';

function Progress() {
  const { done, filled, total } = totals.value;
  return (
    <div class="list-progress">
      <label for="progress-bar">{t('progressLabel')}</label>
      <progress id="progress-bar" max={total || 1} value={done} aria-valuetext={t('progressText', [String(done), String(total), String(filled)])} />
      <span role="status" aria-live="polite" data-progress={`${done}/${total}`}>{t('progressText', [String(done), String(total), String(filled)])}</span>
    </div>
  );
}

function Filters() {
  return (
    <div class="filters" role="group" aria-label={t('filtersLabel')}>
      <div class="field">
        <label for="filter-category">{t('category')}</label>
        <select id="filter-category" value={categoryFilter.value} onChange={(e) => (categoryFilter.value = (e.currentTarget as HTMLSelectElement).value as ProcedureCategory | '')}>
          <option value="">{t('filterAll')}</option>
          {PROCEDURE_CATEGORIES.map((c) => (
            <option key={c} value={c}>{t(`pcat_${c.replace(/-/g, '_')}`)}</option>
          ))}
        </select>
      </div>
      <label class="check">
        <input type="checkbox" id="filter-week" checked={thisWeekOnly.value} onChange={(e) => (thisWeekOnly.value = (e.currentTarget as HTMLInputElement).checked)} /> {t('filterThisWeek')}
      </label>
    </div>
  );
}

export function App() {
  const rows = visibleRows.value;
  return (
    <>
      <p class="lead">{t('checklistLead')}</p>
      <Setup />
      <section class="list" aria-labelledby="list-title">
        <h2 id="list-title">{t(`listTitle_${record.value.purpose}`)}</h2>
        {!eventDate.value && <p class="notice" role="note">{t(`askEventDate_${record.value.purpose}`)}</p>}
        <Progress />
        <Filters />
        {rows.length === 0 ? <p class="hint">{t('listEmpty')}</p> : <ul class="procedures">{rows.map((row) => <ProcedureItem key={row.id} row={row} />)}</ul>}
      </section>
      <OwnProcedureForm />
      <Consents />
      <History />
    </>
  );
}
