import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_NAMES,
  applyFormat,
  groupPhone,
  inferFormat,
  pickOption,
  splitPostal,
  toHalfwidth,
  toHiragana,
  toKatakana,
} from '../../../lib/formats/index';
import type { FieldTraits, ValueKind } from '../../../lib/formats/index';

const KINDS: ValueKind[] = ['name', 'kana', 'romaji', 'postal', 'phone', 'date', 'prefecture', 'address', 'email', 'number', 'text'];
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('formats never throw', () => {
  it('on arbitrary strings, and give strings back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMAT_NAMES), anyString, (format, value) => {
        expect(typeof applyFormat(format, value)).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it("on '' give ''", () => {
    for (const format of FORMAT_NAMES) expect(applyFormat(format, '')).toBe('');
  });

  it('inferFormat and pickOption accept arbitrary traits and options', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        anyString,
        anyString,
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        fc.array(fc.record({ value: anyString, text: anyString }), { maxLength: 6 }),
        fc.constantFrom(undefined, 1, 2, 3, 'year', 'month', 'day', 'era'),
        (kind, hint, value, maxLength, options, part) => {
          const traits: FieldTraits = { tag: 'input', type: 'text', hint, placeholder: value, maxLength, pattern: hint };
          const format = inferFormat(kind, traits, part as never);
          expect(format === undefined || FORMAT_NAMES.includes(format)).toBe(true);
          const picked = pickOption(options, kind, value, part as never);
          expect(picked === undefined || options.some((o) => o.value === picked)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

const hiraganaChar = fc.integer({ min: 0x3041, max: 0x3096 }).map((c) => String.fromCharCode(c));
const katakanaChar = fc.integer({ min: 0x30a1, max: 0x30f6 }).map((c) => String.fromCharCode(c));
const kanaString = (char: fc.Arbitrary<string>) =>
  fc.array(fc.oneof({ weight: 8, arbitrary: char }, { weight: 1, arbitrary: fc.constant('ー') }), { minLength: 1, maxLength: 20 }).map((a) => a.join(''));
const asciiPrintable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });

describe('round trips', () => {
  it('hiragana → katakana → hiragana on kana-only strings', () => {
    fc.assert(fc.property(kanaString(hiraganaChar), (s) => {
        expect(toHiragana(toKatakana(s))).toBe(s);
      }));
  });

  it('katakana → hiragana → katakana on kana-only strings', () => {
    fc.assert(fc.property(kanaString(katakanaChar), (s) => {
        expect(toKatakana(toHiragana(s))).toBe(s);
      }));
  });

  it('halfwidthKatakana → katakana restores full-width katakana (ヵヶ and ヰヱ aside, which have no half-width form)', () => {
    const plain = kanaString(katakanaChar).filter((s) => !/[ヵヶヰヱヮ]/.test(s));
    fc.assert(fc.property(plain, (s) => {
        expect(applyFormat('katakana', applyFormat('halfwidthKatakana', s))).toBe(s);
      }));
  });

  it('fullwidth → halfwidth on printable ASCII', () => {
    fc.assert(
      fc.property(asciiPrintable, (s) => {
        const full = applyFormat('fullwidth', s);
        expect(/[\x21-\x7e]/.test(full)).toBe(false);
        expect(applyFormat('halfwidth', full)).toBe(s);
      }),
    );
  });

  it('halfwidth leaves printable ASCII alone', () => {
    fc.assert(fc.property(asciiPrintable, (s) => {
        expect(toHalfwidth(s)).toBe(s);
      }));
  });

  it('postal formats all read back as the same code', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (code) => {
        for (const format of ['postalDigits', 'postalHyphen', 'postalMark', 'postalHyphenFullwidth'] as const) {
          expect(splitPostal(applyFormat(format, code))?.join('')).toBe(code);
        }
      }),
    );
  });

  it('mobile numbers group as 3-4-4 and read back', () => {
    fc.assert(
      fc.property(fc.constantFrom('090', '080', '070'), fc.stringMatching(/^[1-9]\d{7}$/), (prefix, rest) => {
        const number = prefix + rest;
        expect(groupPhone(number)).toEqual([prefix, rest.slice(0, 4), rest.slice(4)]);
        expect(applyFormat('phoneDigits', applyFormat('phoneHyphenFullwidth', number))).toBe(number);
      }),
    );
  });
});
