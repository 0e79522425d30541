import { PREFECTURE_NAMES } from '../formats/prefecture';

/** 沖縄県, 東京都: a prefecture's full name and nothing else. */
export function isPrefectureName(value: string): boolean {
  return (PREFECTURE_NAMES as readonly string[]).includes(value);
}

/** Prefecture names without their 都/道/府/県 suffix, as some selects list them (東京, 大阪…). */
export const PREFECTURE_STEMS = PREFECTURE_NAMES.map((p) => (p === '北海道' ? p : p.replace(/[都府県]$/, '')));
