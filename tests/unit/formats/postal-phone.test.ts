import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { japanPhoneMetadata, PHONE_METADATA_PATH } from '../../../scripts/build-phone-metadata';
import {
  applyFormat,
  groupPhone,
  normalisePhone,
  normalisePostal,
  splitPostal,
} from '../../../lib/formats/index';

describe('postal codes', () => {
  it.each([
    ['1234567', '1234567'],
    ['123-4567', '1234567'],
    ['〒123-4567', '1234567'],
    ['〒 123-4567', '1234567'],
    ['１２３－４５６７', '1234567'],
    ['123 4567', '1234567'],
    ['123ー4567', '1234567'],
    ['12-34567', '1234567'],
    ['123456', ''],
    ['12345678', ''],
    ['abc-defg', ''],
    ['', ''],
  ])('normalisePostal(%s) = %s', (input, expected) => {
    expect(normalisePostal(input)).toBe(expected);
  });

  it('splits into 3 + 4 digits', () => {
    expect(splitPostal('〒４５２－０９６１')).toEqual(['452', '0961']);
    expect(splitPostal('452096')).toBeNull();
  });

  it.each([
    ['postalDigits', '〒123-4567', '1234567'],
    ['postalHyphen', '1234567', '123-4567'],
    ['postalMark', '1234567', '〒123-4567'],
    ['postalHyphenFullwidth', '1234567', '１２３－４５６７'],
    ['postalHyphen', 'not a code', 'not a code'],
  ] as const)('%s(%s) = %s', (format, input, expected) => {
    expect(applyFormat(format, input)).toBe(expected);
  });
});

describe('phone numbers', () => {
  it.each([
    ['0312345678', ['03', '1234', '5678']],
    ['03-1234-5678', ['03', '1234', '5678']],
    ['0612345678', ['06', '1234', '5678']],
    ['0422123456', ['042', '212', '3456']],
    ['0467-12-3456', ['0467', '12', '3456']],
    ['0467123456', ['0467', '12', '3456']],
    ['0499212345', ['04992', '1', '2345']],
    ['04992-1-2345', ['04992', '1', '2345']],
    ['09012345678', ['090', '1234', '5678']],
    ['080-1234-5678', ['080', '1234', '5678']],
    ['070 1234 5678', ['070', '1234', '5678']],
    ['05012345678', ['050', '1234', '5678']],
    ['0120123456', ['0120', '123', '456']],
    ['0120-123-456', ['0120', '123', '456']],
    ['0570123456', ['0570', '123', '456']],
    ['0800-123-4567', ['0800', '123', '4567']],
    ['０３－１２３４－５６７８', ['03', '1234', '5678']],
    ['０９０ー１２３４ー５６７８', ['090', '1234', '5678']],
    ['(03)1234-5678', ['03', '1234', '5678']],
    ['+81 3 1234 5678', ['03', '1234', '5678']],
    ['+81-90-1234-5678', ['090', '1234', '5678']],
    ['+819012345678', ['090', '1234', '5678']],
  ])('groupPhone(%s)', (input, expected) => {
    expect(groupPhone(input)).toEqual(expected);
    expect(normalisePhone(input)).toBe(expected.join(''));
  });

  it.each(['', '1234', '031234567', '0011234567', '+1 212 555 1234', 'abc', '03-1234-5678 内線12'])(
    'rejects %s',
    (input) => {
      expect(groupPhone(input)).toBeNull();
      expect(normalisePhone(input)).toBe('');
    },
  );

  it.each([
    ['phoneDigits', '03-1234-5678', '0312345678'],
    ['phoneDigits', '+81 90 1234 5678', '09012345678'],
    ['phoneHyphen', '0467123456', '0467-12-3456'],
    ['phoneHyphen', '0120123456', '0120-123-456'],
    ['phoneHyphenFullwidth', '0312345678', '０３－１２３４－５６７８'],
    ['phoneHyphen', '12345', '12345'],
  ] as const)('%s(%s) = %s', (format, input, expected) => {
    expect(applyFormat(format, input)).toBe(expected);
  });

  it('ships exactly the Japan slice of the installed libphonenumber-js metadata', async () => {
    const shipped = JSON.parse(await readFile(PHONE_METADATA_PATH, 'utf8'));
    // On failure after a libphonenumber-js upgrade: npx tsx scripts/build-phone-metadata.ts
    expect(shipped).toEqual(await japanPhoneMetadata());
  });
});
