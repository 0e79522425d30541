// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ratios, scorePage, type Prediction } from '../../../scripts/lib/score-fields';

function predictions(entries: Array<[string, string | null, (number | string)?]>): Prediction[] {
  return entries.map(([selector, key, part]) => ({ element: document.querySelector(selector)!, selector, key, part }));
}

describe('scorePage', () => {
  document.body.innerHTML = '<input id="a"><input id="b"><input id="c"><input id="d"><input id="e">';
  const labels = {
    fields: [
      { selector: '#a', key: 'oldAddress.city' },
      { selector: '#b', key: 'phone', part: 1 },
      { selector: '#c', key: null },
      { selector: '#d', key: 'email' },
      { selector: '#e', key: null },
    ],
  };

  it('counts TP, FP+FN for a wrong key, FN for a miss and FP for a key where none belongs', () => {
    const s = scorePage(document, labels, predictions([['#a', 'newAddress.city'], ['#b', 'phone', 1], ['#c', 'email'], ['#d', null], ['#e', null]]));
    expect([s.tp, s.fp, s.fn, s.mixups]).toEqual([1, 2, 2, 1]);
    expect(ratios(s).precision).toBeCloseTo(1 / 3);
  });

  it('counts a wrong part as an error and accepts either side on "any" pages', () => {
    const s = scorePage(document, { ...labels, addressSide: 'any' }, predictions([['#a', 'newAddress.city'], ['#b', 'phone', 2], ['#c', null], ['#d', 'email'], ['#e', null]]));
    expect([s.tp, s.fp, s.fn, s.mixups]).toEqual([2, 1, 1, 0]);
  });
});

describe('RESULTS.md method notes', () => {
  it('are kept when the file is written again, up to the history', async () => {
    const { parseMethodNotes } = await import('../../../scripts/lib/field-eval');
    const md = '# R\n\n| a |\n\n## Method notes\n\n- one\n- two\n\n## History\n\n| date |\n';
    expect(parseMethodNotes(md)).toBe('## Method notes\n\n- one\n- two\n');
    expect(parseMethodNotes('# R\n\n## History\n')).toBeNull();
  });
});
