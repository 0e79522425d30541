// The 47 prefectures in JIS X 0401 order: the list index + 1 is the prefecture code.
import { comparableText } from './width';

export const PREFECTURE_NAMES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県',
  '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県',
  '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県',
  '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県',
  '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県',
  '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県',
  '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const;

export interface Prefecture {
  /** 東京都 */
  name: string;
  /** 東京 (北海道 stays 北海道) */
  short: string;
  /** '13': two digits, '01'..'47' */
  code: string;
}

export const PREFECTURES: readonly Prefecture[] = PREFECTURE_NAMES.map((name, i) => ({
  name,
  short: name === '北海道' ? name : name.replace(/[都府県]$/, ''),
  code: String(i + 1).padStart(2, '0'),
}));

function byCode(digits: string): Prefecture | null {
  const n = Number(digits);
  return Number.isInteger(n) && n >= 1 && n <= 47 ? PREFECTURES[n - 1] : null;
}

function byName(text: string): Prefecture | null {
  return PREFECTURES.find((p) => p.name === text || p.short === text) ?? null;
}

/**
 * Reads a prefecture from its name, short name or JIS code, alone or combined as option texts
 * write them: '東京都', '東京', '13', '013', '13 東京都', '東京都(13)', '13:東京都'.
 */
export function prefectureOf(value: string): Prefecture | null {
  const v = comparableText(value);
  if (!v) return null;
  if (/^\d{1,3}$/.test(v)) return byCode(v);
  const named = byName(v);
  if (named) return named;
  const m = /^(?:(\d{1,3})\s*[:：.\-_\s]?\s*)?([^\d\s:()（）]+?)\s*(?:[(（]\s*(\d{1,3})\s*[)）])?$/.exec(v);
  if (!m) return null;
  return byName(m[2]);
}

/** The prefecture that a whole address starts with ('東京都千代田区…' → 東京都), by full name only. */
export function prefectureAtStart(address: string): Prefecture | null {
  const v = comparableText(address);
  return PREFECTURES.find((p) => v.startsWith(p.name)) ?? null;
}
