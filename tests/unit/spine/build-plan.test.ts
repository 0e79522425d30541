import { describe, expect, it } from 'vitest';
import type { FieldTraits, FormatName } from '../../../lib/formats';
import { buildFillPlan, type FieldSpec, type Plan } from '../../../lib/plan/build-plan';
import type { CollectedField, ControlKind, FillAction } from '../../../lib/plan/types';
import type { FieldPart } from '../../../lib/profile/keys';
import { PREFECTURES, parseProfile, type Profile } from '../../../lib/profile/schema';
import { sampleProfile, stringLeaves } from './sample';

type Options = { value: string; text: string }[];

interface Case {
  key: string;
  part?: FieldPart;
  format?: FormatName;
  control?: ControlKind;
  options?: Options;
}

function traitsFor(control: ControlKind, options?: Options): FieldTraits {
  if (control === 'select') return { tag: 'select', type: 'select-one', hint: '', options: options ?? [] };
  if (control === 'radio') return { tag: 'input', type: 'radio', hint: '', options: options ?? [] };
  if (control === 'date') return { tag: 'input', type: 'date', hint: '' };
  return { tag: 'input', type: 'text', hint: '' };
}

/** A plan for fields that were all found, visible and enabled on the page. */
function plan(cases: Case[], profile: Profile = sampleProfile(), providerId: string | null = 'demo-denki'): Plan {
  const specs: FieldSpec[] = cases.map((c, i) => ({
    id: `f${i}`,
    key: c.key,
    ...(c.part !== undefined ? { part: c.part } : {}),
    ...(c.format ? { format: c.format } : {}),
  }));
  const collected: CollectedField[] = cases.map((c, i) => {
    const control = c.control ?? 'text';
    return { id: `f${i}`, status: 'found', selector: `#field-${i}`, control, traits: traitsFor(control, c.options) };
  });
  return buildFillPlan({ providerId, specs, collected, profile });
}

/** The action planned for a single field, or the reason it was skipped. */
function actionOf(c: Case, profile?: Profile, providerId?: string | null): FillAction | string {
  const result = plan([c], profile, providerId);
  if (result.fields.length === 1) return result.fields[0].action;
  return `${result.reports[0].outcome}:${result.reports[0].reason ?? ''}`;
}

const text = (value: string): FillAction => ({ kind: 'text', value });
const opts = (pairs: [string, string][]): Options => pairs.map(([value, t]) => ({ value, text: t }));
const placeholder: [string, string] = ['', '選択してください'];

function profileWith(change: (p: Record<string, any>) => void): Profile {
  const input = structuredClone(sampleProfile()) as Record<string, any>;
  change(input);
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.profile;
}

describe('text values', () => {
  it.each<[string, Case, string]>([
    ['family name', { key: 'name.family' }, '山田'],
    ['given name', { key: 'name.given' }, '花子'],
    ['family kana', { key: 'name.familyKana' }, 'ヤマダ'],
    ['kana as hiragana', { key: 'name.givenKana', format: 'hiragana' }, 'はなこ'],
    ['full name', { key: 'name.full' }, '山田　花子'],
    ['full kana', { key: 'name.fullKana' }, 'ヤマダ　ハナコ'],
    ['full name without space', { key: 'name.full', format: 'nameNoSpace' }, '山田花子'],
    ['romaji', { key: 'name.familyRomaji' }, 'YAMADA'],
    ['phone part 1', { key: 'phone', part: 1 }, '090'],
    ['phone part 2', { key: 'phone', part: 2 }, '1234'],
    ['phone part 3', { key: 'phone', part: 3 }, '5678'],
    ['landline part 1', { key: 'phoneAlt', part: 1 }, '03'],
    ['phone with hyphens', { key: 'phone', format: 'phoneHyphen' }, '090-1234-5678'],
    ['phone as stored', { key: 'phone' }, '09012345678'],
    ['postal part 1', { key: 'oldAddress.postalCode', part: 1 }, '160'],
    ['postal part 2', { key: 'oldAddress.postalCode', part: 2 }, '0022'],
    ['postal with hyphen', { key: 'newAddress.postalCode', format: 'postalHyphen' }, '530-0001'],
    ['e-mail', { key: 'email' }, 'hanako.yamada@example.jp'],
    ['e-mail confirmation', { key: 'emailConfirm' }, 'hanako.yamada@example.jp'],
    ['stop date with slashes', { key: 'move.stopDate', format: 'dateSlash' }, '2026/12/20'],
    ['start date in wareki', { key: 'move.startDate', format: 'dateWareki' }, '令和8年12月21日'],
    ['start year', { key: 'move.startDate', part: 'year' }, '2026'],
    ['start month', { key: 'move.startDate', part: 'month' }, '12'],
    ['birth day padded', { key: 'birthDate', part: 'day', format: 'pad2' }, '15'],
    ['birth month padded', { key: 'birthDate', part: 'month', format: 'pad2' }, '04'],
    ['gender as text', { key: 'gender' }, '女性'],
  ])('%s', (_label, c, expected) => {
    expect(actionOf(c)).toEqual(text(expected));
  });

  it('writes an ISO date into a date control, whatever the format says', () => {
    expect(actionOf({ key: 'birthDate', control: 'date' })).toEqual(text('1990-04-15'));
    expect(actionOf({ key: 'move.stopDate', control: 'date', format: 'dateSlash' })).toEqual(text('2026-12-20'));
  });

  it('refuses a date part in a date control', () => {
    expect(actionOf({ key: 'birthDate', part: 'year', control: 'date' })).toBe('skipped:no-option');
  });

  it('writes the year and month of a date into a month control (お引越し予定月), and nothing else there', () => {
    expect(actionOf({ key: 'move.stopDate', control: 'month' })).toEqual(text('2026-12'));
    expect(actionOf({ key: 'birthDate', control: 'month', format: 'dateWareki' })).toEqual(text('1990-04'));
    // Control: a part of a date, or a value that is no date, is not written into it.
    expect(actionOf({ key: 'birthDate', part: 'day', control: 'month' })).toBe('skipped:no-option');
    expect(actionOf({ key: 'name.family', control: 'month' })).toBe('skipped:no-option');
  });
});

describe('address keys', () => {
  it.each<[string, string]>([
    ['oldAddress.prefecture', '東京都'],
    ['oldAddress.city', '新宿区'],
    ['oldAddress.townBlock', '新宿三丁目1-1'],
    ['oldAddress.building', 'サンプルマンション101'],
    ['oldAddress.full', '東京都新宿区新宿三丁目1-1 サンプルマンション101'],
    ['newAddress.cityTown', '大阪市北区梅田一丁目'],
    ['newAddress.line1', '大阪市北区梅田一丁目2-3'],
    ['newAddress.afterPrefecture', '大阪市北区梅田一丁目2-3 梅田テストハイツ502'],
    ['newAddress.afterCity', '梅田一丁目2-3 梅田テストハイツ502'],
    ['newAddress.fullWithoutBuilding', '大阪府大阪市北区梅田一丁目2-3'],
  ])('%s', (key, expected) => {
    expect(actionOf({ key })).toEqual(text(expected));
  });

  it('joins building name and room when no building is stored', () => {
    const profile = profileWith((p) => {
      p.newAddress.building = '';
      p.newAddress.buildingName = '梅田ハイツ';
      p.newAddress.room = '502';
    });
    expect(actionOf({ key: 'newAddress.building' }, profile)).toEqual(text('梅田ハイツ 502'));
    expect(actionOf({ key: 'newAddress.full' }, profile)).toEqual(text('大阪府大阪市北区梅田一丁目2-3 梅田ハイツ 502'));
  });

  it('skips an address part the user left empty', () => {
    expect(actionOf({ key: 'oldAddress.kana' })).toBe('skipped:no-value');
  });
});

describe('selects and radios', () => {
  const prefByName = opts([placeholder, ...PREFECTURES.map((p): [string, string] => [p, p])]);
  const prefByCode = opts([placeholder, ...PREFECTURES.map((p, i): [string, string] => [String(i + 1).padStart(2, '0'), p])]);
  const months = opts([placeholder, ...Array.from({ length: 12 }, (_, i): [string, string] => [String(i + 1).padStart(2, '0'), `${i + 1}月`])]);
  const days = opts(Array.from({ length: 31 }, (_, i): [string, string] => [String(i + 1), String(i + 1)]));
  const genderRadio = opts([['1', '男性'], ['2', '女性']]);
  const eras = opts([placeholder, ['M', '明治'], ['T', '大正'], ['S', '昭和'], ['H', '平成'], ['R', '令和']]);

  it('picks a prefecture option by name', () => {
    expect(actionOf({ key: 'newAddress.prefecture', control: 'select', options: prefByName })).toEqual({ kind: 'select', value: '大阪府' });
  });

  it('picks a prefecture option whose value is the JIS code', () => {
    expect(prefByCode.find((o) => o.value === '13')?.text).toBe('東京都');
    expect(actionOf({ key: 'oldAddress.prefecture', control: 'select', options: prefByCode })).toEqual({ kind: 'select', value: '13' });
  });

  it('picks a zero-padded month option', () => {
    expect(actionOf({ key: 'birthDate', part: 'month', control: 'select', options: months })).toEqual({ kind: 'select', value: '04' });
    expect(actionOf({ key: 'move.startDate', part: 'month', control: 'select', options: months })).toEqual({ kind: 'select', value: '12' });
  });

  it('picks a day option', () => {
    expect(actionOf({ key: 'birthDate', part: 'day', control: 'select', options: days })).toEqual({ kind: 'select', value: '15' });
  });

  it('picks the gender radio by its label', () => {
    expect(actionOf({ key: 'gender', control: 'radio', options: genderRadio })).toEqual({ kind: 'radio', value: '2' });
    const male = profileWith((p) => {
      p.gender = 'male';
    });
    expect(actionOf({ key: 'gender', control: 'radio', options: genderRadio }, male)).toEqual({ kind: 'radio', value: '1' });
  });

  it('skips a radio group that has no option for the value', () => {
    const other = profileWith((p) => {
      p.gender = 'other';
    });
    expect(actionOf({ key: 'gender', control: 'radio', options: genderRadio }, other)).toBe('skipped:no-option');
  });

  it('skips a select without any fitting option', () => {
    expect(actionOf({ key: 'oldAddress.prefecture', control: 'select', options: opts([placeholder, ['27', '大阪府']]) })).toBe('skipped:no-option');
  });

  it('writes the era year when the same key has an era part (1990 → 平成2)', () => {
    const result = plan([
      { key: 'birthDate', part: 'era', control: 'select', options: eras },
      { key: 'birthDate', part: 'year' },
      { key: 'birthDate', part: 'month' },
    ]);
    expect(result.fields.map((f) => f.action)).toEqual([{ kind: 'select', value: 'H' }, text('2'), text('4')]);
  });

  it('keeps the western year for another key without an era part', () => {
    const result = plan([
      { key: 'birthDate', part: 'era', control: 'select', options: eras },
      { key: 'birthDate', part: 'year' },
      { key: 'move.startDate', part: 'year' },
    ]);
    expect(result.fields.map((f) => f.action)).toEqual([{ kind: 'select', value: 'H' }, text('2'), text('2026')]);
  });
});

describe('household and provider keys', () => {
  it('reads a household member', () => {
    expect(actionOf({ key: 'household[0].name.given' })).toEqual(text('一郎'));
    expect(actionOf({ key: 'household[0].name.fullKana' })).toEqual(text('ヤマダ　イチロウ'));
    expect(actionOf({ key: 'household[0].relationship' })).toEqual(text('夫'));
    expect(actionOf({ key: 'household[0].gender' })).toEqual(text('男性'));
  });

  it('skips a household member that does not exist', () => {
    expect(actionOf({ key: 'household[1].name.given' })).toBe('skipped:no-value');
  });

  it.each([
    ['demo-denki', '1234-5678-90'],
    ['demo-gas', 'G-20481234'],
    ['demo-suido', '77-001234'],
  ])('uses the customer number of %s', (providerId, expected) => {
    expect(actionOf({ key: 'provider.customerNumber' }, undefined, providerId)).toEqual(text(expected));
  });

  it('skips the customer number of an unknown provider or without a provider', () => {
    expect(actionOf({ key: 'provider.customerNumber' }, undefined, 'other-denki')).toBe('skipped:no-value');
    expect(actionOf({ key: 'provider.customerNumber' }, undefined, null)).toBe('skipped:no-value');
  });

  it('uses the supply point id of the provider only', () => {
    expect(actionOf({ key: 'provider.supplyPointId' }, undefined, 'demo-denki')).toEqual(text('0300111234567890123456'));
    expect(actionOf({ key: 'provider.supplyPointId' }, undefined, 'demo-gas')).toBe('skipped:no-value');
  });
});

describe('move dates', () => {
  const onlyMoveDate = () =>
    profileWith((p) => {
      p.move = { date: '2027-03-31', stopDate: '', startDate: '' };
    });

  it('uses the moving day for an empty stop or start date', () => {
    expect(actionOf({ key: 'move.stopDate', format: 'dateSlash' }, onlyMoveDate())).toEqual(text('2027/03/31'));
    expect(actionOf({ key: 'move.startDate', control: 'date' }, onlyMoveDate())).toEqual(text('2027-03-31'));
  });

  it('prefers an entered stop date', () => {
    expect(actionOf({ key: 'move.stopDate' })).toEqual(text('2026-12-20'));
  });

  it('skips when no date is known at all', () => {
    const none = profileWith((p) => {
      p.move = {};
    });
    expect(actionOf({ key: 'move.stopDate' }, none)).toBe('skipped:no-value');
  });
});

describe('fields the page could not offer', () => {
  const specs: FieldSpec[] = [
    { id: 'a', key: 'name.family' },
    { id: 'b', key: 'name.given' },
    { id: 'c', key: 'email' },
    { id: 'd', key: 'phone', part: 1 },
    { id: 'e', key: 'oldAddress.city' },
    { id: 'f', key: 'oldAddress.town' },
    { id: 'g', key: 'birthDate', pageLabel: '生年月日', guessed: true },
    { id: 'h', key: 'name.familyKana' },
    { id: 'missing', key: 'name.givenKana' },
  ];
  const found = (id: string, extra: Partial<CollectedField> = {}): CollectedField => ({
    id,
    status: 'found',
    selector: `#${id}`,
    control: 'text',
    traits: { tag: 'input', type: 'text', hint: '' },
    ...extra,
  });
  const collected: CollectedField[] = [
    { id: 'a', status: 'not-found' },
    { id: 'b', status: 'ambiguous' },
    { id: 'c', status: 'outside-form' },
    found('d', { blocked: 'disabled' }),
    found('e', { blocked: 'not-visible' }),
    found('f', { blocked: 'read-only' }),
    found('g', { blocked: 'unsupported' }),
    found('h'),
  ];
  const result = buildFillPlan({ providerId: 'demo-denki', specs, collected, profile: sampleProfile() });

  it('plans only the usable field', () => {
    expect(result.fields).toEqual([{ id: 'h', selector: '#h', action: text('ヤマダ') }]);
  });

  it('reports every spec once, in order, with outcome and reason', () => {
    expect(result.reports).toEqual([
      { id: 'a', key: 'name.family', outcome: 'not-found' },
      { id: 'b', key: 'name.given', outcome: 'skipped', reason: 'ambiguous' },
      { id: 'c', key: 'email', outcome: 'skipped', reason: 'outside-form' },
      { id: 'd', key: 'phone', part: 1, outcome: 'skipped', reason: 'disabled' },
      { id: 'e', key: 'oldAddress.city', outcome: 'skipped', reason: 'not-visible' },
      { id: 'f', key: 'oldAddress.town', outcome: 'skipped', reason: 'read-only' },
      { id: 'g', key: 'birthDate', pageLabel: '生年月日', guessed: true, outcome: 'skipped', reason: 'unsupported' },
      { id: 'h', key: 'name.familyKana', outcome: 'filled' },
      { id: 'missing', key: 'name.givenKana', outcome: 'not-found' },
    ]);
  });

  it('keeps the values of skipped fields out of the plan', () => {
    const json = JSON.stringify(result);
    for (const value of ['山田', '花子', 'hanako.yamada@example.jp', '090', '新宿区', '新宿三丁目', '1990', 'ハナコ']) {
      expect(json).not.toContain(value);
    }
  });
});

describe('the plan carries nothing but the planned strings', () => {
  const profile = sampleProfile();
  const result = plan(
    [
      { key: 'name.family' },
      { key: 'phone', part: 1 },
      { key: 'oldAddress.postalCode', part: 2 },
      { key: 'oldAddress.prefecture', control: 'select', options: opts([placeholder, ['13', '東京都']]) },
    ],
    profile,
  );

  it('plans the four fields', () => {
    expect(result.fields.map((f) => f.action)).toEqual([
      text('山田'),
      text('090'),
      text('0022'),
      { kind: 'select', value: '13' },
    ]);
  });

  it('each planned field holds only id, selector and action', () => {
    for (const field of result.fields) {
      expect(Object.keys(field).sort()).toEqual(['action', 'id', 'selector']);
    }
  });

  it('no unmapped profile value appears anywhere in the plan', () => {
    const json = JSON.stringify(result);
    const mapped = new Set(['山田']);
    const unmapped = stringLeaves(profile).filter((v) => !mapped.has(v));
    expect(unmapped).toEqual(expect.arrayContaining(['hanako.yamada@example.jp', '09012345678', '1600022', '花子', 'G-20481234']));
    for (const value of unmapped) expect(json, value).not.toContain(value);
  });
});
