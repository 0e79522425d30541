import { describe, expect, it } from 'vitest';
import { sameProfile } from '../../../lib/ui/same-profile';

describe('sameProfile', () => {
  it('compares by structure, in any key order', () => {
    expect(sameProfile({ name: { family: '山田', given: '花子' }, household: [] }, { household: [], name: { given: '花子', family: '山田' } })).toBe(true);
  });

  it('sees a changed, added or removed value anywhere', () => {
    const saved = { phone: '0312345678', household: [{ name: { family: '山田' } }] };
    expect(sameProfile(saved, { ...saved, phone: '0312345679' })).toBe(false);
    expect(sameProfile(saved, { ...saved, household: [{ name: { family: '山田' } }, {}] })).toBe(false);
    expect(sameProfile(saved, { ...saved, household: [{ name: { family: '山本' } }] })).toBe(false);
    expect(sameProfile(saved, { ...saved, email: 'a@example.jp' })).toBe(false);
  });

  it('treats a missing value and an empty box alike', () => {
    expect(sameProfile({ phone: '', move: {} }, { move: { date: '' } })).toBe(true);
  });
});
