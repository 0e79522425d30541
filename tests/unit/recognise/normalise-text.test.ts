import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../lib/recognise/normalise-text';

// The fast paths (whitespace only, ASCII only) give what full NFKC folding gives.
const reference = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u200b\u00a0\s]+/g, ' ')
    .replace(/[‐‑‒–—―ーｰ−](?=\d)/g, '-')
    .trim()
    .toLowerCase();

describe('normaliseText', () => {
  it.each([
    '',
    '\n      \t  ',
    '\u3000\u3000',
    '\u00a0 \u00a0',
    '\u200b',
    ' Zip Code ',
    'E-Mail  Address',
    '郵便番号（半角）',
    'ＴＥＬ０３−１２３４',
    'ﾌﾘｶﾞﾅ',
    '電話番号\u3000(ハイフンなし)',
    'tel: 03ー1234',
  ])('folds %j as full NFKC folding does', (text) => {
    expect(normaliseText(text)).toBe(reference(text));
  });
});
