import { computed, signal } from '@preact/signals';
import { catalog } from '../../lib/procedures/catalog';
import { computeDue, dueThisWeek, urgencyOf, type Due, type Urgency } from '../../lib/procedures/due-date';
import { emptyRecord, type ProcedureRecord } from '../../lib/procedures/record';
import type { ProcedureCategory } from '../../lib/providers/procedure-schema';
import { selectProcedures } from '../../lib/procedures/select';
import { INITIAL_STATE, progress, type ProcedureState } from '../../lib/procedures/state';
import { localIsoDate } from '../../lib/formats/calendar-day';
import type { Procedure } from '../../lib/providers/procedure-schema';

// The checklist page's state: the stored record and the move date as signals, and everything the
// list shows derived from them.

export const record = signal<ProcedureRecord>(emptyRecord());
export const moveDate = signal('');
export const today = signal(localIsoDate());
export const categoryFilter = signal<ProcedureCategory | ''>('');
export const thisWeekOnly = signal(false);

export interface Row {
  id: string;
  entry: Procedure | null;
  /** The user's own procedure's name (entry null). */
  ownName?: string;
  category: ProcedureCategory;
  due: Due;
  urgency: Urgency | null;
  state: ProcedureState;
}

export const eventDate = computed(() => (record.value.purpose === 'move' ? moveDate.value : record.value.eventDates[record.value.purpose] ?? ''));

/** Entries the purpose and answers select; companies only when ticked. */
export const selected = computed(() => selectProcedures(catalog(), record.value.purpose, record.value.answers));
export const companies = computed(() => selected.value.filter((e) => e.optional));

export const rows = computed<Row[]>(() => {
  const r = record.value;
  const day = eventDate.value;
  const fromCatalog = selected.value
    .filter((e) => !e.optional || r.picked[e.id])
    .map((entry): Row => {
      const due = computeDue(entry.due, day);
      return { id: entry.id, entry, category: entry.category, due, urgency: urgencyOf(due, today.value), state: r.states[entry.id] ?? INITIAL_STATE };
    });
  const own = r.own
    .filter((o) => o.purpose === r.purpose)
    .map((o): Row => {
      const due: Due = o.dueOn ? { kind: 'deadline', date: o.dueOn, shifted: false } : { kind: 'none' };
      return { id: o.id, entry: null, ownName: o.name, category: o.category, due, urgency: urgencyOf(due, today.value), state: r.states[o.id] ?? INITIAL_STATE };
    });
  const order = (row: Row) => (row.due.kind === 'deadline' || row.due.kind === 'guide' ? row.due.date : '9999');
  return [...fromCatalog, ...own].sort((a, b) => order(a).localeCompare(order(b)));
});

export const visibleRows = computed(() =>
  rows.value.filter(
    (row) =>
      (!categoryFilter.value || row.category === categoryFilter.value) &&
      (!thisWeekOnly.value || (row.state.status !== 'done' && row.state.status !== 'not-applicable' && dueThisWeek(row.due, today.value))),
  ),
);

export const totals = computed(() => progress(rows.value.map((r) => r.state)));
