import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchChunkLoader } from '../../../lib/postal/fetch-chunk';
import { createPostalLookup } from '../../../lib/postal/lookup';
import { splitAddress } from '../../../lib/postal/split-address';
import { decodePostalChunk } from '../../../lib/postal/chunk-format';
import { diskLoader, ensurePostalIndex, indexSize, POSTAL_INDEX_DIR } from './disk-index';

beforeAll(async () => {
  await ensurePostalIndex();
}, 120_000);

describe('postal lookup over the generated index', () => {
  it('finds one town with its kana', async () => {
    const postal = createPostalLookup(diskLoader());
    expect(await postal.lookup('100-0001')).toEqual([
      {
        postalCode: '1000001',
        prefecture: '東京都',
        prefectureKana: 'トウキョウト',
        city: '千代田区',
        cityKana: 'チヨダク',
        town: '千代田',
        townKana: 'チヨダ',
      },
    ]);
  });

  it('accepts any input shape', async () => {
    const postal = createPostalLookup(diskLoader());
    for (const code of ['1000001', '〒100-0001', '１００－０００１', '100 0001']) {
      expect((await postal.lookup(code)).map((c) => c.town)).toEqual(['千代田']);
    }
  });

  it('gives every town of a code shared by many (452-0961)', async () => {
    const candidates = await createPostalLookup(diskLoader()).lookup('4520961');
    expect(candidates.length).toBeGreaterThan(30);
    expect(new Set(candidates.map((c) => `${c.prefecture}${c.city}`))).toEqual(new Set(['愛知県清須市']));
    expect(candidates.map((c) => c.town)).toContain('春日明河原');
    expect(candidates.find((c) => c.town === '春日明河原')?.townKana).toBe('ハルヒアケガワラ');
  });

  it('gives both prefectures of a code that crosses a border (498-0000)', async () => {
    const candidates = await createPostalLookup(diskLoader()).lookup('4980000');
    expect(candidates.map((c) => [c.prefecture, c.city, c.town])).toEqual([
      ['愛知県', '弥富市', ''],
      ['三重県', '桑名郡木曽岬町', ''],
    ]);
  });

  it('leaves the town empty for a whole-city code, without kana', async () => {
    const [candidate] = await createPostalLookup(diskLoader()).lookup('0600000');
    expect(candidate).toMatchObject({ prefecture: '北海道', city: '札幌市中央区', town: '' });
    expect(candidate.townKana).toBeUndefined();
  });

  it.each(['0000000', '9999999', '1000000x', 'abc', '', '12345'])('gives [] for %s', async (code) => {
    expect(await createPostalLookup(diskLoader()).lookup(code)).toEqual([]);
  });

  it('loads each chunk once, and remembers a missing one', async () => {
    const loads = new Map<string, number>();
    const postal = createPostalLookup(diskLoader(loads));
    await Promise.all([postal.lookup('1000001'), postal.lookup('1000002'), postal.lookup('1000005')]);
    await postal.lookup('1000001');
    await postal.lookup('0000001');
    await postal.lookup('0000002');
    expect(loads.get('100')).toBe(1);
    expect(loads.get('000')).toBe(1);
  });

  it('tries a chunk again after a failed load', async () => {
    let calls = 0;
    const disk = diskLoader();
    const postal = createPostalLookup(async (name) => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return disk(name);
    });
    expect(await postal.lookup('1000001')).toEqual([]);
    expect(await postal.lookup('1000001')).toHaveLength(1);
  });

  it('ignores data of another format', async () => {
    const postal = createPostalLookup(async () => ({ v: 99 }));
    expect(await postal.lookup('1000001')).toEqual([]);
    expect(decodePostalChunk('100', { v: 1, p: [], c: [], k: '0001', i: [0], t: '', n: '' })).toBeNull();
  });

  it('lists the cities of a prefecture', async () => {
    const postal = createPostalLookup(diskLoader());
    const tokyo = await postal.cities('13');
    expect(tokyo).toContainEqual({ name: '千代田区', kana: 'チヨダク' });
    expect(tokyo.map((c) => c.name)).toContain('府中市');
    expect((await postal.cities('1')).map((c) => c.name)).toContain('札幌市中央区');
    expect(await postal.cities('48')).toEqual([]);
  });

  it('loads chunks over fetch the way the extension serves them', async () => {
    const requested: string[] = [];
    const fakeFetch = (async (url: string) => {
      requested.push(url);
      const name = url.replace('chrome-extension://id/postal/', '');
      if (name === '000.json.gz') throw new TypeError('Failed to fetch');
      try {
        return new Response(await readFile(path.join(POSTAL_INDEX_DIR, name)));
      } catch {
        return new Response('', { status: 404 });
      }
    }) as typeof fetch;
    const postal = createPostalLookup(fetchChunkLoader('chrome-extension://id/postal', fakeFetch));
    expect((await postal.lookup('100-0001'))[0]?.town).toBe('千代田');
    expect(await postal.lookup('000-0001')).toEqual([]);
    expect(await postal.lookup('999-0001')).toEqual([]);
    expect((await postal.cities('47')).length).toBeGreaterThan(0);
    expect(requested).toEqual([
      'chrome-extension://id/postal/100.json.gz',
      'chrome-extension://id/postal/000.json.gz',
      'chrome-extension://id/postal/999.json.gz',
      'chrome-extension://id/postal/cities.json.gz',
    ]);
  });

  it('ships at most 2 MB', async () => {
    const size = await indexSize();
    expect(size.total).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(size.max).toBeLessThan(64 * 1024);
  });
});

describe('splitAddress with the index', () => {
  const postal = createPostalLookup(diskLoader());
  const cities = (code: string) => postal.cities(code);

  it.each([
    ['東京都千代田区千代田1-1 ○○ビル', { postalCode: '', prefecture: '東京都', city: '千代田区', rest: '千代田1-1 ○○ビル' }],
    ['〒060-0042 北海道札幌市中央区大通西1丁目', { postalCode: '0600042', prefecture: '北海道', city: '札幌市中央区', rest: '大通西1丁目' }],
    ['〒１００－０００１東京都千代田区千代田１－１', { postalCode: '1000001', prefecture: '東京都', city: '千代田区', rest: '千代田１－１' }],
    ['三重県木曽岬町大字西対海地1', { postalCode: '', prefecture: '三重県', city: '桑名郡木曽岬町', rest: '大字西対海地1' }],
    ['大阪市北区梅田1-1-1', { postalCode: '', prefecture: '大阪府', city: '大阪市北区', rest: '梅田1-1-1' }],
    ['四日市市諏訪町1-5', { postalCode: '', prefecture: '三重県', city: '四日市市', rest: '諏訪町1-5' }],
    ['市川市八幡1-1-1', { postalCode: '', prefecture: '千葉県', city: '市川市', rest: '八幡1-1-1' }],
    ['府中市宮西町1-1', { postalCode: '', prefecture: '', city: '府中市', rest: '宮西町1-1' }],
    ['神奈川県 横浜市中区 日本大通1', { postalCode: '', prefecture: '神奈川県', city: '横浜市中区', rest: '日本大通1' }],
  ])('%s', async (text, expected) => {
    expect(await splitAddress(text, cities)).toEqual(expected);
  });
});
