import { describe, expect, it } from 'vitest';
import { PREFECTURES, pickOption } from '../../../lib/formats/index';

const opts = (pairs: [string, string][]) => pairs.map(([value, text]) => ({ value, text }));
const placeholder: [string, string] = ['', '選択してください'];

describe('prefecture selects', () => {
  const byName = opts([placeholder, ...PREFECTURES.map((p): [string, string] => [p.name, p.name])]);
  const byCode = opts([placeholder, ...PREFECTURES.map((p): [string, string] => [p.code, p.name])]);
  const byUnpaddedCode = opts([['0', '--'], ...PREFECTURES.map((p): [string, string] => [String(Number(p.code)), p.name])]);
  const byZeroBasedIndex = opts(PREFECTURES.map((p, i): [string, string] => [String(i), p.name]));
  const byShort = opts([placeholder, ...PREFECTURES.map((p): [string, string] => [p.short, p.short])]);
  const romajiValues = opts([['hokkaido', '北海道'], ['tokyo', '東京都'], ['kyoto', '京都府']]);
  const codeAndName = opts(PREFECTURES.map((p): [string, string] => [p.code, `${p.code} ${p.name}`]));

  it.each([
    ['name values', byName, '東京都', '東京都'],
    ['JIS code values', byCode, '東京都', '13'],
    ['JIS code values, short value', byCode, '東京', '13'],
    ['unpadded codes', byUnpaddedCode, '北海道', '1'],
    ['zero-based values (text wins)', byZeroBasedIndex, '東京都', '12'],
    ['short names', byShort, '大阪府', '大阪'],
    ['short names keep 北海道', byShort, '北海道', '北海道'],
    ['romaji values', romajiValues, '京都府', 'kyoto'],
    ['京都 is not 東京都', romajiValues, '京都', 'kyoto'],
    ['code with name text', codeAndName, '沖縄県', '47'],
    ['stored as code', byName, '13', '東京都'],
  ])('%s', (_label, options, value, expected) => {
    expect(pickOption(options, 'prefecture', value)).toBe(expected);
  });

  it('gives undefined for an unknown prefecture', () => {
    expect(pickOption(byName, 'prefecture', 'Atlantis')).toBeUndefined();
  });
});

describe('era selects', () => {
  const names = opts([placeholder, ['明治', '明治'], ['大正', '大正'], ['昭和', '昭和'], ['平成', '平成'], ['令和', '令和']]);
  const letters = opts([['', '--'], ['M', '明治'], ['T', '大正'], ['S', '昭和'], ['H', '平成'], ['R', '令和']]);
  const numericCodes = opts([['', '元号'], ['1', '明治'], ['2', '大正'], ['3', '昭和'], ['4', '平成'], ['5', '令和']]);
  const numericValuesOnly = opts([['3', 'S'], ['4', 'H'], ['5', 'R']]);
  const lowercaseLetters = opts([['s', 'しょうわ'], ['h', 'へいせい'], ['r', 'れいわ']]);

  it.each([
    ['names', names, '令和', '令和'],
    ['letters as values', letters, '平成', 'H'],
    ['numeric codes', numericCodes, '昭和', '3'],
    ['letter texts', numericValuesOnly, '令和', '5'],
    ['lowercase letter values', lowercaseLetters, 'R', 'r'],
    ['whole date, day before 令和', letters, '2019-04-30', 'H'],
    ['whole date, first day of 令和', letters, '2019-05-01', 'R'],
    ['whole date, last day of 昭和', numericCodes, '1989-01-07', '3'],
  ])('%s', (_label, options, value, expected) => {
    expect(pickOption(options, 'date', value, 'era')).toBe(expected);
  });
});

describe('year selects', () => {
  const western = opts([placeholder, ['2025', '2025'], ['2026', '2026'], ['2027', '2027']]);
  const westernNen = opts([placeholder, ['2025', '2025年'], ['2026', '2026年']]);
  const both = opts([['1985', '昭和60年（1985年）'], ['2019', '平成31年/令和元年（2019年）'], ['2026', '令和8年（2026年）']]);
  const eraOnly = opts([['h31', '平成31年'], ['r1', '令和元年'], ['r8', '令和8年']]);
  const letterYears = opts([['S60', 'S60'], ['H1', 'H1'], ['R8', 'R8']]);
  const eraYearNumbers = opts([placeholder, ...Array.from({ length: 64 }, (_, i): [string, string] => [String(i + 1), `${i + 1}`])]);
  const eraYearGan = opts([['1', '元'], ['2', '2'], ['3', '3']]);

  it.each([
    ['western years', western, '2026-04-01', '2026'],
    ['western 年', westernNen, '2026', '2026'],
    ['era with western in brackets', both, '2026-04-01', '2026'],
    ['era with western, 1985', both, '1985-11-23', '1985'],
    ['2019 in 平成', eraOnly, '2019-04-30', 'h31'],
    ['2019 in 令和', eraOnly, '2019-05-01', 'r1'],
    ['letters', letterYears, '1985-06-01', 'S60'],
    ['era year numbers from a whole date', eraYearNumbers, '2026-04-01', '8'],
    ['era year piece', eraYearNumbers, '8', '8'],
    ['元 option', eraYearGan, '2019-05-01', '1'],
  ])('%s', (_label, options, value, expected) => {
    expect(pickOption(options, 'date', value, 'year')).toBe(expected);
  });
});

describe('month and day selects', () => {
  const padded = opts([placeholder, ...Array.from({ length: 12 }, (_, i): [string, string] => [String(i + 1).padStart(2, '0'), String(i + 1)])]);
  const tsuki = opts([['', '月'], ...Array.from({ length: 12 }, (_, i): [string, string] => [String(i + 1), `${i + 1}月`])]);
  const paddedTexts = opts(Array.from({ length: 31 }, (_, i): [string, string] => [`d${i + 1}`, String(i + 1).padStart(2, '0')]));

  it('matches 4 against 04 values', () => expect(pickOption(padded, 'date', '4', 'month')).toBe('04'));
  it('matches 04 against 4月 texts', () => expect(pickOption(tsuki, 'date', '04', 'month')).toBe('4'));
  it('takes the month from a whole date', () => expect(pickOption(tsuki, 'date', '2026-12-01', 'month')).toBe('12'));
  it('matches days against padded texts', () => expect(pickOption(paddedTexts, 'date', '2026-04-09', 'day')).toBe('d9'));
  it('finds no 13th month', () => expect(pickOption(padded, 'date', '13', 'month')).toBeUndefined());
});

describe('gender and generic selects', () => {
  const jaGender = opts([placeholder, ['1', '男性'], ['2', '女性']]);
  const letters = opts([['M', '男'], ['F', '女']]);
  const codesOnly = opts([['1', '1'], ['2', '2']]);
  const relation = opts([placeholder, ['01', '世帯主'], ['02', '妻'], ['03', '子'], ['99', 'その他']]);
  const mobile = opts([['090', '090'], ['080', '080'], ['070', '070']]);

  it('gender by text', () => {
    expect(pickOption(jaGender, 'text', 'female')).toBe('2');
    expect(pickOption(jaGender, 'text', '男')).toBe('1');
    expect(pickOption(letters, 'text', '女性')).toBe('F');
  });

  it('gender by JIS X 0303 code values', () => {
    expect(pickOption(codesOnly, 'text', 'male')).toBe('1');
  });

  it('generic text and value matching, width and script folded', () => {
    expect(pickOption(relation, 'text', '妻')).toBe('02');
    expect(pickOption(mobile, 'phone', '080', 1)).toBe('080');
    expect(pickOption(opts([['a', 'ｱﾊﾟｰﾄ'], ['m', 'マンション']]), 'text', 'あぱーと')).toBe('a');
    expect(pickOption(opts([['x', 'Other'], ['y', 'Yes']]), 'text', 'YES')).toBe('y');
  });

  it('ignores placeholders and gives undefined when nothing fits', () => {
    expect(pickOption(opts([placeholder, ['-', '-- 選択 --']]), 'text', '選択してください')).toBeUndefined();
    expect(pickOption(relation, 'text', '祖父')).toBeUndefined();
    expect(pickOption([], 'text', 'x')).toBeUndefined();
    expect(pickOption(relation, 'text', '')).toBeUndefined();
  });
});
