import { describe, expect, it } from 'vitest';
import { applyFormat, dateParts, findEra, modernEras, parseDate } from '../../../lib/formats/index';

describe('dateParts', () => {
  it.each([
    ['2019-04-30', { year: '2019', month: '4', day: '30', era: '平成', eraYear: '31' }],
    ['2019-05-01', { year: '2019', month: '5', day: '1', era: '令和', eraYear: '1' }],
    ['1989-01-07', { year: '1989', month: '1', day: '7', era: '昭和', eraYear: '64' }],
    ['1989-01-08', { year: '1989', month: '1', day: '8', era: '平成', eraYear: '1' }],
    ['1926-12-24', { year: '1926', month: '12', day: '24', era: '大正', eraYear: '15' }],
    ['1926-12-25', { year: '1926', month: '12', day: '25', era: '昭和', eraYear: '1' }],
    ['2026-04-01', { year: '2026', month: '4', day: '1', era: '令和', eraYear: '8' }],
    ['1900-02-28', { year: '1900', month: '2', day: '28', era: '明治', eraYear: '33' }],
  ])('%s', (iso, expected) => {
    expect(dateParts(iso)).toEqual(expected);
  });

  it.each(['', '2026-02-30', '2026-13-01', 'tomorrow', '1850-01-01', '2026-4'])('rejects %s', (input) => {
    expect(dateParts(input)).toBeNull();
  });

  it('reads the shapes people type', () => {
    for (const input of ['2026/4/1', '2026.04.01', '2026年4月1日', '20260401', '令和8年4月1日', 'R8.4.1', '２０２６－０４－０１']) {
      expect(parseDate(input)).toEqual({ year: 2026, month: 4, day: 1 });
    }
    expect(parseDate('令和元年5月1日')).toEqual({ year: 2019, month: 5, day: 1 });
    expect(parseDate('平成31年5月1日')).toBeNull();
  });
});

describe('eras from the platform calendar', () => {
  it('lists the modern eras in order with letters and numeric codes', () => {
    expect(modernEras().map((e) => [e.name, e.letter, e.startYear, e.code])).toEqual([
      ['明治', 'M', 1868, 1],
      ['大正', 'T', 1912, 2],
      ['昭和', 'S', 1926, 3],
      ['平成', 'H', 1989, 4],
      ['令和', 'R', 2019, 5],
    ]);
    expect(findEra('r')?.name).toBe('令和');
    expect(findEra('4')?.name).toBe('平成');
  });
});

describe('date formats', () => {
  it.each([
    ['dateIso', '2026/4/1', '2026-04-01'],
    ['dateSlash', '2026-04-01', '2026/04/01'],
    ['dateSlashUnpadded', '2026-04-01', '2026/4/1'],
    ['dateDigits', '2026-04-01', '20260401'],
    ['dateJa', '2026-04-01', '2026年4月1日'],
    ['dateWareki', '2026-04-01', '令和8年4月1日'],
    ['dateWareki', '2019-05-01', '令和元年5月1日'],
    ['dateWareki', '2019-04-30', '平成31年4月30日'],
    ['dateWareki', '1989-01-07', '昭和64年1月7日'],
    ['dateWareki', '1989-01-08', '平成元年1月8日'],
    ['dateWarekiShort', '2026-04-01', 'R8.4.1'],
    ['dateWarekiShort', '1985-11-23', 'S60.11.23'],
    ['dateIso', 'someday', 'someday'],
  ] as const)('%s(%s) = %s', (format, input, expected) => {
    expect(applyFormat(format, input)).toBe(expected);
  });

  it.each([
    ['pad2', '4', '04'],
    ['pad2', '12', '12'],
    ['pad2', '４', '04'],
    ['pad2', '4月', '04'],
    ['unpadded', '04', '4'],
    ['unpadded', '10', '10'],
    ['eraName', 'R', '令和'],
    ['eraName', '2019-04-30', '平成'],
    ['eraLetter', '令和', 'R'],
    ['eraLetter', '1989-01-07', 'S'],
    ['eraYear', '元', '1'],
    ['eraYear', '2019-05-01', '1'],
    ['eraYear', '08', '8'],
    ['eraYearGan', '1', '元'],
    ['eraYearGan', '2019-05-01', '元'],
    ['eraYearGan', '1989-01-07', '64'],
    ['eraYearGan', '8', '8'],
  ] as const)('part format %s(%s) = %s', (format, input, expected) => {
    expect(applyFormat(format, input)).toBe(expected);
  });
});
