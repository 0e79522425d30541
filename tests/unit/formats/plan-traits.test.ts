import { describe, expect, it } from 'vitest';
import type { FieldTraits, FormatName, FormatTraits } from '../../../lib/formats/index';
import { buildFillPlan, type FieldSpec } from '../../../lib/plan/build-plan';
import type { CollectedField } from '../../../lib/plan/types';
import { parseProfile, type Profile } from '../../../lib/profile/schema';
import { sampleProfile } from '../spine/sample';

interface Field {
  key: string;
  hint?: string;
  placeholder?: string;
  maxLength?: number;
  format?: FormatName;
  traits?: FormatTraits;
}

/** The values a plan writes into text fields found on the page, in field order ('' = not filled). */
function fill(fields: Field[], profile: Profile = sampleProfile()): string[] {
  const specs: FieldSpec[] = fields.map((f, i) => ({
    id: `f${i}`,
    key: f.key,
    ...(f.format ? { format: f.format } : {}),
    ...(f.traits ? { traits: f.traits } : {}),
  }));
  const collected: CollectedField[] = fields.map((f, i) => {
    const traits: FieldTraits = { tag: 'input', type: 'text', hint: f.hint ?? '' };
    if (f.placeholder) traits.placeholder = f.placeholder;
    if (f.maxLength) traits.maxLength = f.maxLength;
    return { id: `f${i}`, status: 'found', selector: `#f${i}`, control: 'text', traits };
  });
  const plan = buildFillPlan({ providerId: null, specs, collected, profile });
  return specs.map((s) => {
    const action = plan.fields.find((f) => f.id === s.id)?.action;
    return action?.kind === 'text' ? action.value : '';
  });
}

function withAddress(town: string, block: string): Profile {
  const input = structuredClone(sampleProfile()) as Record<string, any>;
  input.newAddress = { ...input.newAddress, prefecture: '神奈川県', city: '横浜市中区', town, block, building: '' };
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.profile;
}

const TYPED: [string, string][] = [
  ['小町二丁目', '1-1'],
  ['小町2丁目', '1-1'],
  ['小町', '2-1-1'],
  ['小町', '2丁目1番1号'],
  ['小町', '2丁目1-1'],
];

describe('address boxes split around the 丁目, whatever the user typed (mappings without format)', () => {
  it.each(TYPED)('%s + %s', (town, block) => {
    const profile = withAddress(town, block);
    // 町名 「丁目は含めず」 beside a 丁目・番地 box mapped as the plain block: the 丁目 moves to the block.
    expect(
      fill(
        [
          { key: 'newAddress.town', hint: '町名（丁目は含めず）' },
          { key: 'newAddress.block', hint: '丁目・番地 例：1-2-3' },
        ],
        profile,
      ),
    ).toEqual(['小町', '2-1-1']);
    // The same with the derived keys.
    expect(
      fill(
        [
          { key: 'newAddress.townName', hint: '町名' },
          { key: 'newAddress.chomeBlock', hint: '丁目・番地 例：1-2-3' },
        ],
        profile,
      ),
    ).toEqual(['小町', '2-1-1']);
    // 丁目・番地・号 in words, and 丁目 + hyphens, in one box after the town.
    expect(fill([{ key: 'newAddress.townBlock', hint: '町名・番地（例：本町3丁目4番5号）' }], profile)).toEqual(['小町2丁目1番1号']);
    expect(fill([{ key: 'newAddress.chomeBlock', hint: '丁目・番地 例：3丁目4-5' }], profile)).toEqual(['2丁目1-1']);
    // 二丁目 ↔ 2丁目 from the example.
    expect(fill([{ key: 'newAddress.town', hint: '町域・丁目 例：霞が関一丁目' }], profile)).toEqual(['小町二丁目']);
    expect(fill([{ key: 'newAddress.town', hint: '町域・丁目 例：霞が関1丁目' }], profile)).toEqual(['小町2丁目']);
    // A 全角 丁目・番地 box.
    expect(fill([{ key: 'newAddress.chomeBlock', hint: '丁目・番地（全角）例：1-2-3' }], profile)).toEqual(['２－１－１']);
  });

  it('a town box without any 丁目 note keeps the town as typed beside a plain block', () => {
    expect(fill([{ key: 'newAddress.town' }, { key: 'newAddress.block' }], withAddress('小町二丁目', '1-1'))).toEqual(['小町二丁目', '1-1']);
    expect(fill([{ key: 'newAddress.town' }, { key: 'newAddress.block' }], withAddress('小町', '2-1-1'))).toEqual(['小町', '2-1-1']);
  });

  it('the 丁目 moves only on its own side', () => {
    const values = fill([
      { key: 'newAddress.townName' },
      { key: 'newAddress.block' },
      { key: 'oldAddress.town' },
      { key: 'oldAddress.block' },
    ]);
    expect(values).toEqual(['梅田', '1-2-3', '新宿三丁目', '1-1']);
  });
});

describe('traits in a mapping', () => {
  it('override the inferred trait one by one and keep the others', () => {
    // Inferred: 全角 and two digits; the mapping turns the padding off only.
    expect(fill([{ key: 'birthDate', hint: '生年月日 例：Ｈ０５．０４．０１' }])).toEqual(['Ｈ０２．０４．１５']);
    expect(fill([{ key: 'birthDate', hint: '生年月日 例：Ｈ０５．０４．０１', traits: { padding: 'none' } }])).toEqual(['Ｈ２．４．１５']);
  });

  it('compose with a named format', () => {
    expect(fill([{ key: 'move.date', format: 'dateWarekiShort', traits: { padding: 'pad2' } }])).toEqual(['R08.12.20']);
    expect(fill([{ key: 'name.fullKana', format: 'halfwidthKatakana', traits: { spacing: 'none' } }])).toEqual(['ﾔﾏﾀﾞﾊﾅｺ']);
    expect(fill([{ key: 'newAddress.fullWithoutBuilding', traits: { prefecture: 'omit', width: 'full' } }])).toEqual([
      '大阪市北区梅田一丁目２－３',
    ]);
  });

  it('a prefecture box follows its hint; a full address box may leave the prefecture out', () => {
    expect(fill([{ key: 'newAddress.prefecture', hint: '都道府県（都・府・県は省略）' }])).toEqual(['大阪']);
    expect(fill([{ key: 'newAddress.prefecture', hint: '都道府県' }])).toEqual(['大阪府']);
    expect(fill([{ key: 'newAddress.full', hint: 'ご住所（都道府県は不要）' }])).toEqual(['大阪市北区梅田一丁目2-3 梅田テストハイツ502']);
  });

  it('kana names follow the spacing of the field', () => {
    expect(fill([{ key: 'name.fullKana', hint: 'フリガナ（スペースは不要）' }])).toEqual(['ヤマダハナコ']);
    expect(fill([{ key: 'name.fullKana', hint: 'ふりがな 例：やまだたろう' }])).toEqual(['やまだはなこ']);
    expect(fill([{ key: 'name.fullKana', hint: 'フリガナ' }])).toEqual(['ヤマダ　ハナコ']);
  });

  it('a value longer than maxlength is planned whole, never cut', () => {
    expect(fill([{ key: 'name.fullKana', hint: 'フリガナ（半角カナ）', maxLength: 6 }])).toEqual(['ﾔﾏﾀﾞ ﾊﾅｺ']);
  });
});
