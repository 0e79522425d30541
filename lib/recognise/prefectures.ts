import { PREFECTURE_NAMES } from '../formats/prefecture';

/** Prefecture names without their 都/道/府/県 suffix, as some selects list them (東京, 大阪…). */
export const PREFECTURE_STEMS = PREFECTURE_NAMES.map((p) => (p === '北海道' ? p : p.replace(/[都府県]$/, '')));
