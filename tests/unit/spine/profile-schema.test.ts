import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import {
  emptyProfile,
  isProfileEmpty,
  parseProfile,
  type ProfileIssue,
  type ProfileParseResult,
} from '../../../lib/profile/schema';
import { EN, JA } from './locales';

function issuesOf(result: ProfileParseResult): ProfileIssue[] {
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.issues;
}

/** The issues of a profile that is the sample with one change applied. */
function issuesWith(change: (p: Record<string, any>) => void): ProfileIssue[] {
  const input = structuredClone(SAMPLE_PROFILE) as Record<string, any>;
  change(input);
  return issuesOf(parseProfile(input));
}

describe('valid profiles', () => {
  it('accepts the full sample profile and keeps its values', () => {
    const result = parseProfile(SAMPLE_PROFILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.name).toEqual(SAMPLE_PROFILE.name);
    expect(result.profile.phone).toBe('09012345678');
    expect(result.profile.oldAddress.postalCode).toBe('1600022');
    expect(result.profile.household[0].name.givenKana).toBe('イチロウ');
    expect(result.profile.providers['demo-denki'].supplyPointId).toBe('0300111234567890123456');
    // Parts the sample leaves out are filled with empty strings, not left undefined.
    expect(result.profile.oldAddress.room).toBe('');
    expect(result.profile.providers['demo-gas'].supplyPointId).toBe('');
    expect(isProfileEmpty(result.profile)).toBe(false);
  });

  it('accepts an empty profile and fills every leaf with an empty string', () => {
    const result = parseProfile({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile).toEqual(emptyProfile());
    expect(result.profile.schemaVersion).toBe(1);
    expect(result.profile.name.familyKana).toBe('');
    expect(result.profile.newAddress.prefecture).toBe('');
    expect(result.profile.household).toEqual([]);
    expect(isProfileEmpty(result.profile)).toBe(true);
  });

  it('trims values before checking them', () => {
    const result = parseProfile({ email: '  hanako@example.jp ', phone: ' 09012345678 ' });
    expect(result).toMatchObject({ ok: true, profile: { email: 'hanako@example.jp', phone: '09012345678' } });
  });

  it.each([
    ['a 10-digit landline', { phone: '0312345678' }],
    ['a leap day', { birthDate: '2024-02-29' }],
    ['katakana with a full-width space and a long mark', { name: { familyKana: 'ヤマダ　タロー' } }],
    ['start on the stop day', { move: { stopDate: '2026-12-20', startDate: '2026-12-20' } }],
    ['ten household members', { household: Array.from({ length: 10 }, () => ({ name: {} })) }],
    ['a 22-digit supply point id', { providers: { 'demo-denki': { supplyPointId: '0'.repeat(22) } } }],
    ['prefectures ending in 道 and 府', { oldAddress: { prefecture: '北海道' }, newAddress: { prefecture: '京都府' } }],
  ])('accepts %s', (_label, input) => {
    expect(parseProfile(input).ok).toBe(true);
  });
});

describe('invalid values and their message keys', () => {
  it.each([
    ['ひらがな フリガナ', { name: { familyKana: 'やまだ' } }, 'name.familyKana', 'err_kana'],
    ['Latin フリガナ', { name: { familyKana: 'Yamada' } }, 'name.familyKana', 'err_kana'],
    ['half-width katakana フリガナ', { name: { givenKana: 'ﾊﾅｺ' } }, 'name.givenKana', 'err_kana'],
    ['kanji フリガナ', { name: { givenKana: '花子' } }, 'name.givenKana', 'err_kana'],
    ['ひらがな address kana', { newAddress: { kana: 'うめだ' } }, 'newAddress.kana', 'err_kana'],
    ['kana in ローマ字', { name: { familyRomaji: 'ヤマダ' } }, 'name.familyRomaji', 'err_romaji'],
    ['a 5-digit postal code', { oldAddress: { postalCode: '12345' } }, 'oldAddress.postalCode', 'err_postal'],
    ['a postal code with a hyphen (stored without)', { oldAddress: { postalCode: '123-4567' } }, 'oldAddress.postalCode', 'err_postal'],
    ['a full-width postal code', { newAddress: { postalCode: '１６０００２２' } }, 'newAddress.postalCode', 'err_postal'],
    ['a phone with hyphens', { phone: '090-1234-5678' }, 'phone', 'err_phone'],
    ['a phone without the leading 0', { phone: '9012345678' }, 'phone', 'err_phone'],
    ['an international phone', { phoneAlt: '+819012345678' }, 'phoneAlt', 'err_phone'],
    ['a short phone', { phone: '012345' }, 'phone', 'err_phone'],
    ['an e-mail without domain', { email: 'hanako@' }, 'email', 'err_email'],
    ['an e-mail with a space', { email: 'hana ko@example.jp' }, 'email', 'err_email'],
    ['February 30th', { birthDate: '2026-02-30' }, 'birthDate', 'err_date'],
    ['a slash date', { move: { date: '2026/12/20' } }, 'move.date', 'err_date'],
    ['month 13', { move: { stopDate: '2026-13-01' } }, 'move.stopDate', 'err_date'],
    ['a prefecture without 都', { oldAddress: { prefecture: '東京' } }, 'oldAddress.prefecture', 'err_prefecture'],
    ['a JIS code as prefecture', { newAddress: { prefecture: '13' } }, 'newAddress.prefecture', 'err_prefecture'],
    ['an unknown gender', { gender: 'unknown' }, 'gender', 'err_gender'],
    ['a capitalised gender', { gender: 'Female' }, 'gender', 'err_gender'],
    ['a 21-digit supply point id', { providers: { 'demo-denki': { supplyPointId: '0'.repeat(21) } } }, 'providers.demo-denki.supplyPointId', 'err_supply_point_id'],
    ['a supply point id with hyphens', { providers: { x: { supplyPointId: '0300-1112-3456-7890-1234' } } }, 'providers.x.supplyPointId', 'err_supply_point_id'],
    ['a customer number with an underscore', { providers: { 'demo-gas': { customerNumber: 'G_2048' } } }, 'providers.demo-gas.customerNumber', 'err_customer_number'],
    ['a customer number with kanji', { providers: { 'demo-gas': { customerNumber: '番号1' } } }, 'providers.demo-gas.customerNumber', 'err_customer_number'],
    ['a 51-character family name', { name: { family: '山'.repeat(51) } }, 'name.family', 'err_too_long'],
    ['eleven household members', { household: Array.from({ length: 11 }, () => ({ name: {} })) }, 'household', 'err_household_max'],
  ])('rejects %s', (_label, input, path, message) => {
    const issues = issuesOf(parseProfile(input));
    expect(issues).toContainEqual({ path, message });
    expect(issues.every((i) => i.path === path)).toBe(true);
  });

  it('rejects a stop date after the start date on move.startDate', () => {
    const issues = issuesWith((p) => {
      p.move = { date: '2026-12-20', stopDate: '2026-12-22', startDate: '2026-12-21' };
    });
    expect(issues).toEqual([{ path: 'move.startDate', message: 'err_start_before_stop' }]);
  });

  it('reports every problem at once, not only the first', () => {
    const issues = issuesWith((p) => {
      p.email = 'broken';
      p.oldAddress.postalCode = '160-0022';
      p.move = { stopDate: '2026-12-22', startDate: '2026-12-21' };
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'err_email' },
        { path: 'oldAddress.postalCode', message: 'err_postal' },
        { path: 'move.startDate', message: 'err_start_before_stop' },
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  it('maps zod messages that are no message key to err_invalid', () => {
    expect(issuesOf(parseProfile('not a profile'))).toEqual([{ path: '', message: 'err_invalid' }]);
    expect(issuesOf(parseProfile({ schemaVersion: 2 }))).toEqual([{ path: 'schemaVersion', message: 'err_invalid' }]);
    expect(issuesOf(parseProfile({ phone: 9012345678 }))).toEqual([{ path: 'phone', message: 'err_invalid' }]);
  });
});

describe('birth dates in the future', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a birth date after today and accepts today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T12:00:00Z'));
    expect(parseProfile({ birthDate: '2026-06-01' }).ok).toBe(true);
    expect(issuesOf(parseProfile({ birthDate: '2026-06-02' }))).toEqual([
      { path: 'birthDate', message: 'err_birth_future' },
    ]);
  });
});

describe('issue paths inside household members and providers', () => {
  it('names the member index and the nested field', () => {
    const issues = issuesWith((p) => {
      p.household[0].name.familyKana = 'やまだ';
    });
    expect(issues).toEqual([{ path: 'household.0.name.familyKana', message: 'err_kana' }]);
  });

  it('names the second member when only the second is wrong', () => {
    const issues = issuesWith((p) => {
      p.household.push({ name: { given: '次郎' }, birthDate: '2020-02-30' });
    });
    expect(issues).toEqual([{ path: 'household.1.birthDate', message: 'err_date' }]);
  });

  it('rejects an unknown gender of a member at its path', () => {
    const issues = issuesWith((p) => {
      p.household[0].gender = 'unknown';
    });
    expect(issues.map((i) => i.path)).toEqual(['household.0.gender']);
    expect(JA[issues[0].message]).toBeDefined();
  });

  it('rejects a provider id that is not kebab-case', () => {
    const issues = issuesWith((p) => {
      p.providers['Demo Denki'] = { customerNumber: '1' };
    });
    expect(issues.map((i) => i.path)).toEqual(['providers.Demo Denki']);
  });
});

describe('message keys have Japanese and English text', () => {
  const keys = [
    'err_kana', 'err_romaji', 'err_postal', 'err_phone', 'err_email', 'err_date', 'err_prefecture',
    'err_gender', 'err_birth_future', 'err_start_before_stop', 'err_supply_point_id',
    'err_customer_number', 'err_household_max', 'err_too_long', 'err_invalid',
  ];

  it.each(keys)('%s', (key) => {
    expect(JA[key]?.message.trim()).toBeTruthy();
    expect(EN[key]?.message.trim()).toBeTruthy();
  });

  it.each([
    ['err_kana', 'フリガナはカタカナで入力してください'],
    ['err_postal', '郵便番号は7桁の数字です'],
    ['err_phone', '電話番号は0から始まる10桁または11桁の数字で入力してください'],
    ['err_date', '存在しない日付です'],
    ['err_prefecture', '都道府県を一覧から選んでください'],
    ['err_birth_future', '生年月日が未来の日付になっています'],
    ['err_start_before_stop', '使用開始日は使用停止日以降の日付にしてください'],
    ['err_supply_point_id', '供給地点特定番号は22桁の数字です'],
    ['err_household_max', '同居者は10人までです'],
  ])('%s reads 「%s」', (key, text) => {
    expect(JA[key].message).toBe(text);
  });

  it('every issue of any input carries a key that both locales define', () => {
    const leaf = fc.oneof(fc.string(), fc.constantFrom('', 'やまだ', '123-4567', '2026-02-30', '東京', 'x@y'));
    const input = fc.record(
      {
        name: fc.record({ family: leaf, familyKana: leaf, givenRomaji: leaf }, { requiredKeys: [] }),
        birthDate: leaf,
        gender: leaf,
        phone: leaf,
        email: leaf,
        oldAddress: fc.record({ postalCode: leaf, prefecture: leaf, kana: leaf }, { requiredKeys: [] }),
        move: fc.record({ stopDate: leaf, startDate: leaf }, { requiredKeys: [] }),
        household: fc.array(fc.record({ name: fc.record({ givenKana: leaf }), gender: leaf }), { maxLength: 12 }),
        providers: fc.dictionary(fc.constantFrom('demo-gas', 'x', 'Bad'), fc.record({ customerNumber: leaf })),
      },
      { requiredKeys: [] },
    );
    let rejected = 0;
    fc.assert(
      fc.property(input, (value) => {
        const result = parseProfile(value);
        if (result.ok) return;
        rejected += 1;
        for (const issue of result.issues) {
          expect(JA[issue.message], issue.message).toBeDefined();
          expect(EN[issue.message], issue.message).toBeDefined();
        }
      }),
    );
    expect(rejected).toBeGreaterThan(0);
  });
});
