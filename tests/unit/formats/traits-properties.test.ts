import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRAIT_VALUES,
  applyTraits,
  formatAddress,
  inferTraits,
  numberToKanji,
  parseDate,
} from '../../../lib/formats/index';
import type { FieldTraits, FormatTraits, ValueKind } from '../../../lib/formats/index';
import { FIELD_PARTS } from '../../../lib/profile/keys';

const KINDS: ValueKind[] = ['name', 'kana', 'romaji', 'postal', 'phone', 'date', 'prefecture', 'address', 'email', 'number', 'text'];
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

/** Any combination of traits, each present or not. */
const anyTraits: fc.Arbitrary<FormatTraits> = fc.record(
  Object.fromEntries(Object.entries(TRAIT_VALUES).map(([name, values]) => [name, fc.constantFrom(...values)])) as {
    [K in keyof FormatTraits]: fc.Arbitrary<NonNullable<FormatTraits[K]>>;
  },
  { requiredKeys: [] },
);

const ADDRESS_KEYS = ['town', 'block', 'townName', 'chomeBlock', 'townBlock', 'full', 'cityTown', 'blockBuilding'] as const;

describe('composing traits never throws', () => {
  it('for any kind, traits, value and part', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), anyTraits, anyString, fc.option(fc.constantFrom(...FIELD_PARTS), { nil: undefined }), (kind, traits, value, part) => {
        const out = applyTraits(kind, traits, value, part !== undefined ? { part } : {});
        expect(typeof out).toBe('string');
        if (value === '') expect(out).toBe('');
      }),
      { numRuns: 4000 },
    );
  });

  it('for any address parts and address key', () => {
    fc.assert(
      fc.property(anyTraits, anyString, anyString, anyString, fc.constantFrom(...ADDRESS_KEYS), fc.boolean(), (traits, town, block, pref, key, chomeInBlock) => {
        const parts = { prefecture: pref, city: '市', town, block, building: 'ビル' };
        expect(typeof applyTraits('address', traits, '', { address: { parts, key, chomeInBlock } })).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('for inference from any field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), anyString, anyString, fc.option(fc.constantFrom(...FIELD_PARTS), { nil: undefined }), (kind, hint, placeholder, part) => {
        const field: FieldTraits = { tag: 'input', type: 'text', hint, placeholder };
        const traits = inferTraits(kind, field, part);
        for (const [name, value] of Object.entries(traits)) {
          expect((TRAIT_VALUES as Record<string, readonly string[]>)[name]).toContain(value);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('round trips', () => {
  it('padding: padded then unpadded gives the number back, and padding twice changes nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom('month', 'day', 'year' as const), (n, part) => {
        const padded = applyTraits('date', { padding: 'pad2' }, String(n), { part });
        expect(padded).toMatch(/^\d{2}$/);
        expect(applyTraits('date', { padding: 'pad2' }, padded, { part })).toBe(padded);
        expect(applyTraits('date', { padding: 'none' }, padded, { part })).toBe(String(n));
      }),
    );
  });

  it('width: full then half gives printable ASCII back, with and without padding', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(ascii, fc.constantFrom<ValueKind>('text', 'address', 'email'), (s, kind) => {
        const full = applyTraits(kind, { width: 'full' }, s);
        expect(full).not.toMatch(/[!-~]/);
        expect(applyTraits(kind, { width: 'half' }, full)).toBe(s.replace(/[\u2010-\u2015\u2212]/g, '-'));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), (n) => {
        const full = applyTraits('date', { width: 'full', padding: 'pad2' }, String(n), { part: 'day' });
        expect(applyTraits('date', { width: 'half', padding: 'none' }, full, { part: 'day' })).toBe(String(n));
      }),
    );
  });

  it('a date written with any traits reads back as the same date', () => {
    const day = fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });
    const dateTraits = fc.record(
      {
        calendar: fc.constantFrom(...TRAIT_VALUES.calendar),
        separator: fc.constantFrom('hyphen', 'slash', 'dot', 'none', 'kanji' as const),
        padding: fc.constantFrom(...TRAIT_VALUES.padding),
        era: fc.constantFrom(...TRAIT_VALUES.era),
        firstYear: fc.constantFrom(...TRAIT_VALUES.firstYear),
        width: fc.constantFrom(...TRAIT_VALUES.width),
      },
      { requiredKeys: ['calendar'] },
    );
    fc.assert(
      fc.property(day, dateTraits, (d, traits) => {
        // Unseparated era dates (H020415) are no shape anybody reads back.
        fc.pre(!(traits.calendar === 'wareki' && traits.separator === 'none'));
        const iso = d.toISOString().slice(0, 10);
        const written = applyTraits('date', traits, iso);
        const back = parseDate(written);
        expect(back, written).not.toBeNull();
        const [y, m, dd] = iso.split('-').map(Number);
        expect(back).toEqual({ year: y, month: m, day: dd });
      }),
      { numRuns: 2000 },
    );
  });

  it('丁目 and 番地 typed in any notation come out the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 4 }),
        (chome, ban, go, notation) => {
          const typed = [
            { town: `小町${numberToKanji(chome)}丁目`, block: `${ban}-${go}` },
            { town: `小町${chome}丁目`, block: `${ban}番${go}号` },
            { town: '小町', block: `${chome}-${ban}-${go}` },
            { town: '小町', block: `${chome}丁目${ban}番${go}号` },
            { town: '小町', block: `${chome}丁目${ban}-${go}` },
          ][notation];
          expect(formatAddress(typed, 'townName', {})).toBe('小町');
          expect(formatAddress(typed, 'chomeBlock', { block: 'hyphens' })).toBe(`${chome}-${ban}-${go}`);
          expect(formatAddress(typed, 'townBlock', { block: 'words', chomeNumerals: 'kanji' })).toBe(
            `小町${numberToKanji(chome)}丁目${ban}番${go}号`,
          );
        },
      ),
    );
  });
});
