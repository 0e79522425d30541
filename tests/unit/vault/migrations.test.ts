import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeAddress } from '../../../lib/formats/address';
import { toHiragana } from '../../../lib/formats/kana';
import { PROFILE_SCHEMA_VERSION } from '../../../lib/profile/schema';
import { splitAddressRest } from '../../../lib/vault/migrate-v0';
import { migrate, schemaVersionOf } from '../../../lib/vault/migrations';
import { expectCode, vaultErrorOf } from './helpers';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/vault/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

const V0 = fixture('profile-v0.json') as Record<string, string>;
const V1 = fixture('profile-v1.json');

describe('the stored version 1 sample', () => {
  it('is current and comes back unchanged, with nothing to note', async () => {
    expect(PROFILE_SCHEMA_VERSION).toBe(1);
    const result = await migrate(structuredClone(V1));
    expect(result).toEqual({ profile: V1, from: 1, to: 1, notes: [], unplaced: [] });
  });

  it('is not modified by reading it', async () => {
    const input = structuredClone(V1);
    await migrate(input);
    expect(input).toEqual(V1);
  });

  it('is rejected with its issues when it does not validate', async () => {
    const broken = structuredClone(V1) as { phone: string };
    broken.phone = 'not a phone';
    const error = await vaultErrorOf(migrate(broken));
    expect(error.code).toBe('invalid-profile');
    expect(error.issues).toEqual([{ path: 'phone', message: 'err_phone' }]);
  });
});

describe('the stored version 0 sample (the first prototype)', () => {
  it('becomes a version 1 profile', async () => {
    const result = await migrate(structuredClone(V0));
    expect(result.from).toBe(0);
    expect(result.to).toBe(1);
    expect(result.profile).toMatchObject({
      schemaVersion: 1,
      name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
      phone: '09012345678',
      oldAddress: {
        postalCode: '1600022',
        prefecture: '東京都',
        city: '新宿区',
        town: '新宿三丁目',
        block: '1-1',
        building: 'サンプルマンション101',
      },
      newAddress: { postalCode: '', prefecture: '', city: '' },
      move: { date: '2026-12-20', stopDate: '', startDate: '' },
    });
  });

  it('keeps every original value: placed in the profile or returned unplaced', async () => {
    const { profile, unplaced } = await migrate(structuredClone(V0));
    const found: Record<string, string> = {
      name: `${profile.name.family} ${profile.name.given}`,
      kana: toHiragana(`${profile.name.familyKana} ${profile.name.givenKana}`),
      zip: `${profile.oldAddress.postalCode.slice(0, 3)}-${profile.oldAddress.postalCode.slice(3)}`,
      address: `${composeAddress(profile.oldAddress, 'fullWithoutBuilding')} ${profile.oldAddress.building}`,
      tel: `${profile.phone.slice(0, 3)}-${profile.phone.slice(3, 7)}-${profile.phone.slice(7)}`,
      movingDay: profile.move.date.replace(/-/g, '/'),
    };
    for (const { field, value } of unplaced) found[field] = value;
    expect(found).toEqual(V0);
    expect(unplaced).toEqual([{ field: 'memo', value: V0.memo }]);
  });

  it('notes what happened to every field, without values', async () => {
    const { notes } = await migrate(structuredClone(V0));
    for (const field of Object.keys(V0)) expect(notes.some((n) => n.startsWith(`v0→v1 ${field}`))).toBe(true);
    expect(notes).toContain('v0→v1 memo: no field in version 1; kept as unplaced');
    for (const value of Object.values(V0)) expect(notes.join('\n')).not.toContain(value);
  });

  it('keeps what it cannot place instead of guessing', async () => {
    const awkward = {
      name: '山田花子',
      kana: '山田 はなこ',
      zip: '16000',
      tel: '123',
      movingDay: '12月20日',
      address: '〒530-0001 大阪府大阪市北区梅田一丁目2-3',
      pets: ['ねこ'],
      empty: '',
    };
    const result = await migrate(awkward);
    expect(result.unplaced).toEqual([
      { field: 'name', value: '山田花子' },
      { field: 'kana', value: '山田 はなこ' },
      { field: 'zip', value: '16000' },
      { field: 'tel', value: '123' },
      { field: 'movingDay', value: '12月20日' },
      { field: 'pets', value: '["ねこ"]' },
    ]);
    // With the zip unreadable, the postal code written in the address is used.
    expect(result.profile.oldAddress).toMatchObject({
      postalCode: '5300001',
      prefecture: '大阪府',
      city: '大阪市北区',
      town: '梅田一丁目',
      block: '2-3',
    });
    expect(result.profile.name).toMatchObject({ family: '', given: '', familyKana: '', givenKana: '' });
    expect(result.profile.phone).toBe('');
  });

  it('keeps a second postal code that contradicts the zip', async () => {
    const result = await migrate({ zip: '1600022', address: '〒530-0001 大阪府大阪市北区梅田1-2-3' });
    expect(result.profile.oldAddress.postalCode).toBe('1600022');
    expect(result.unplaced).toEqual([{ field: 'address', value: '5300001' }]);
  });

  it('takes a value out that does not validate in version 1 and keeps it', async () => {
    const longName = `${'長'.repeat(60)} 花子`;
    const result = await migrate({ name: longName, tel: '03-1234-5678' });
    expect(result.profile.name.family).toBe('');
    expect(result.profile.name.given).toBe('花子');
    expect(result.profile.phone).toBe('0312345678');
    expect(result.unplaced).toEqual([{ field: 'name', value: '長'.repeat(60) }]);
    expect(result.notes).toContain('v0→v1 name: name.family did not validate (err_too_long); kept as unplaced');
  });

  it('uses a city list when given one', async () => {
    const citiesOf = (code: string) => (code === '23' ? ['名古屋市中区'] : []);
    const result = await migrate({ address: '愛知県名古屋市中区三の丸三丁目1-1' }, { citiesOf });
    expect(result.profile.oldAddress).toMatchObject({ prefecture: '愛知県', city: '名古屋市中区', town: '三の丸三丁目', block: '1-1' });
  });
});

describe('splitting the rest of an address', () => {
  it.each([
    ['新宿三丁目1-1 サンプルマンション101', { town: '新宿三丁目', block: '1-1', building: 'サンプルマンション101' }],
    ['大手町1丁目2-3', { town: '大手町1丁目', block: '2-3', building: '' }],
    ['字大原123番地', { town: '字大原', block: '123番地', building: '' }],
    ['梅田', { town: '梅田', block: '', building: '' }],
  ])('%s', (rest, expected) => {
    expect(splitAddressRest(rest)).toEqual(expected);
  });
});

describe('versions', () => {
  it('reads the version, 0 when absent', () => {
    expect(schemaVersionOf({})).toBe(0);
    expect(schemaVersionOf({ schemaVersion: 1 })).toBe(1);
  });

  it('rejects newer versions as unsupported', async () => {
    await expectCode(migrate({ ...V1, schemaVersion: 2 }), 'unsupported-version');
    await expectCode(migrate({ schemaVersion: 99 }), 'unsupported-version');
  });

  it.each([
    ['a string', 'profile'],
    ['null', null],
    ['an array', [V1]],
    ['a negative version', { schemaVersion: -1 }],
    ['a fractional version', { schemaVersion: 1.5 }],
    ['a text version', { schemaVersion: '1' }],
  ])('rejects %s as malformed', async (_, raw) => {
    await expectCode(migrate(raw), 'malformed');
  });
});
