// The state of one procedure: 未着手 → 入力済み (a fill wrote its form) → 完了 (the user says it is
// done, optionally with a 受付番号 and date); 対象外 (does not apply) from and back to 未着手.

export const STATUSES = ['todo', 'filled', 'done', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];

export interface ProcedureState {
  status: Status;
  receiptNumber?: string;
  doneOn?: string;
  filledAt?: string;
}

export type StateEvent =
  | { type: 'filled'; at: string }
  | { type: 'complete'; receiptNumber?: string; doneOn: string }
  | { type: 'reopen' }
  | { type: 'not-applicable' }
  | { type: 'applicable' };

export const INITIAL_STATE: ProcedureState = { status: 'todo' };

/** The next state, or the same object when the event does not apply (e.g. a fill never undoes 完了). */
export function transition(state: ProcedureState, event: StateEvent): ProcedureState {
  switch (event.type) {
    case 'filled':
      if (state.status !== 'todo' && state.status !== 'filled') return state;
      return { ...state, status: 'filled', filledAt: event.at };
    case 'complete': {
      if (state.status === 'not-applicable') return state;
      const receipt = event.receiptNumber?.trim();
      const { receiptNumber: _r, ...rest } = state;
      return { ...rest, status: 'done', doneOn: event.doneOn, ...(receipt ? { receiptNumber: receipt } : {}) };
    }
    case 'reopen':
      if (state.status !== 'done') return state;
      return { status: state.filledAt ? 'filled' : 'todo', ...(state.filledAt ? { filledAt: state.filledAt } : {}) };
    case 'not-applicable':
      return state.status === 'done' ? state : { status: 'not-applicable' };
    case 'applicable':
      return state.status === 'not-applicable' ? { status: 'todo' } : state;
  }
}

/** Progress over the procedures that apply: done counts fully; 入力済み is shown apart. */
export function progress(states: ProcedureState[]): { done: number; filled: number; total: number } {
  const applicable = states.filter((s) => s.status !== 'not-applicable');
  return {
    done: applicable.filter((s) => s.status === 'done').length,
    filled: applicable.filter((s) => s.status === 'filled').length,
    total: applicable.length,
  };
}
