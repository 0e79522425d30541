import { describe, expect, it } from 'vitest';
import { orderGuesses } from '../../../lib/ui/guess-order';

const g = (id: string, key: string | null, review?: string, remembered = false) => ({ id, key, review, remembered }) as { id: string; key: string | null; review?: 'side-unknown' | 'low-confidence' | 'asked-twice'; remembered: boolean };

describe('the order of the confirmation list', () => {
  it('puts guesses held back for a reason first, then those not certain enough, then the rest, each in page order', () => {
    const fields = [g('name', 'name.full'), g('tel', 'phone', 'low-confidence'), g('zip', 'oldAddress.postalCode', 'side-unknown'), g('memo', null), g('mail', 'email', 'low-confidence'), g('addr', 'oldAddress.full', 'side-unknown'), g('tel2', 'phone', 'asked-twice')];
    expect(orderGuesses(fields).map((f) => f.id)).toEqual(['zip', 'addr', 'tel2', 'tel', 'mail', 'name', 'memo']);
  });

  it('a correction the user made before needs no look, whatever the classifier said', () => {
    const fields = [g('name', 'name.full'), g('zip', 'oldAddress.postalCode', 'side-unknown', true), g('tel', 'phone', 'low-confidence')];
    expect(orderGuesses(fields).map((f) => f.id)).toEqual(['tel', 'name', 'zip']);
  });
});
