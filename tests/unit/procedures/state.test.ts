import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, progress, transition, type ProcedureState } from '../../../lib/procedures/state';

describe('procedure state transitions', () => {
  const at = '2026-04-02T10:00:00.000Z';
  it('未着手 → 入力済み → 完了 with 受付番号 and date', () => {
    const filled = transition(INITIAL_STATE, { type: 'filled', at });
    expect(filled).toEqual({ status: 'filled', filledAt: at });
    const done = transition(filled, { type: 'complete', receiptNumber: ' A-123 ', doneOn: '2026-04-03' });
    expect(done).toEqual({ status: 'done', filledAt: at, doneOn: '2026-04-03', receiptNumber: 'A-123' });
  });

  it('a later fill never undoes 完了; reopening returns to 入力済み', () => {
    const done: ProcedureState = { status: 'done', filledAt: at, doneOn: '2026-04-03' };
    expect(transition(done, { type: 'filled', at: '2026-04-05T00:00:00Z' })).toBe(done);
    expect(transition(done, { type: 'reopen' })).toEqual({ status: 'filled', filledAt: at });
    expect(transition({ status: 'done', doneOn: '2026-04-03' }, { type: 'reopen' })).toEqual({ status: 'todo' });
  });

  it('対象外 and back; 完了 is not set aside by 対象外', () => {
    const na = transition(INITIAL_STATE, { type: 'not-applicable' });
    expect(na).toEqual({ status: 'not-applicable' });
    expect(transition(na, { type: 'filled', at })).toBe(na);
    expect(transition(na, { type: 'complete', doneOn: '2026-04-03' })).toBe(na);
    expect(transition(na, { type: 'applicable' })).toEqual({ status: 'todo' });
    const done: ProcedureState = { status: 'done', doneOn: '2026-04-03' };
    expect(transition(done, { type: 'not-applicable' })).toBe(done);
  });

  it('progress counts applicable procedures only', () => {
    expect(progress([{ status: 'done' }, { status: 'filled' }, { status: 'todo' }, { status: 'not-applicable' }])).toEqual({ done: 1, filled: 1, total: 3 });
  });
});
