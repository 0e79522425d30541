import type { GuessPreview } from '../messages';

type Guessed = GuessPreview['fields'][number];

/**
 * The order of the confirmation list: guesses held back for a reason the user must judge (the side
 * of the address, whose details, a caption that says nothing, a value asked twice) first, then those
 * merely not certain enough to tick, then the rest; the page's order within each.
 */
export function orderGuesses<T extends Pick<Guessed, 'key' | 'review' | 'remembered'>>(fields: T[]): T[] {
  const tier = (f: T) => (f.remembered || f.key === null || !f.review ? 2 : f.review === 'low-confidence' ? 1 : 0);
  return fields.map((f, i) => ({ f, i })).sort((a, b) => tier(a.f) - tier(b.f) || a.i - b.i).map(({ f }) => f);
}
