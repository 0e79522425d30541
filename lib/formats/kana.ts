// Kana script and width conversions. jaconv does the bulk; the maps below cover what it leaves out
// (ヷヸヹヺ in both directions, ｦﾞ/ﾜﾞ composition).
import jaconv from 'jaconv';
import { toFullwidthAscii, toHalfwidth } from './width';

const COMPOSE_HALFWIDTH: Record<string, string> = {
  'ﾜﾞ': 'ヷ',
  'ｲﾞ': 'ヸ',
  'ｴﾞ': 'ヹ',
  'ｦﾞ': 'ヺ',
};
const DECOMPOSE_VOICED_W: Record<string, string> = {
  'ヷ': 'ﾜﾞ',
  'ヸ': 'ｲﾞ',
  'ヹ': 'ｴﾞ',
  'ヺ': 'ｦﾞ',
};

/** Half-width katakana to full-width, voiced marks composed (ｶﾞ → ガ, ｳﾞ → ヴ). */
function composeHalfwidthKana(value: string): string {
  const composed = value.replace(/[ﾜｲｴｦ]ﾞ/g, (pair) => COMPOSE_HALFWIDTH[pair]);
  return jaconv.toZenKana(composed);
}

/** Full-width katakana: hiragana and half-width katakana converted, everything else kept. */
export function toKatakana(value: string): string {
  return jaconv.toKatakana(composeHalfwidthKana(value));
}

/** Hiragana: katakana (either width) converted; ヷヸヹヺ have no hiragana and stay. */
export function toHiragana(value: string): string {
  return jaconv.toHiragana(composeHalfwidthKana(value));
}

/** Half-width katakana with voiced marks split (ガ → ｶﾞ, パ → ﾊﾟ, ヴ → ｳﾞ); ASCII made half-width too. */
export function toHalfwidthKatakana(value: string): string {
  const halfAscii = toHalfwidth(toKatakana(value));
  const split = halfAscii.replace(/[ヷヸヹヺ]/g, (ch) => DECOMPOSE_VOICED_W[ch]);
  return jaconv.toHanKana(split);
}

/** Everything to full width: ASCII, space, hyphens and half-width katakana. Hiragana stays hiragana. */
export function toFullwidth(value: string): string {
  return toFullwidthAscii(composeHalfwidthKana(value));
}

const SMALL_TO_LARGE: Record<string, string> = {
  'ァ': 'ア', 'ィ': 'イ', 'ゥ': 'ウ', 'ェ': 'エ', 'ォ': 'オ',
  'ッ': 'ツ', 'ャ': 'ヤ', 'ュ': 'ユ', 'ョ': 'ヨ', 'ヮ': 'ワ',
  'ヵ': 'カ', 'ヶ': 'ケ', 'ヰ': 'イ', 'ヱ': 'エ',
};
const BANK_ALLOWED = /[0-9A-Zｦ-ﾝﾞﾟ ().,\-/｢｣]/;

/**
 * 全銀 (Zengin) account-name kana: half-width katakana, uppercase Latin letters, digits, space and
 * ( ) . , - / ｢ ｣. Small kana become large (ッ → ﾂ, ャ → ﾔ) as banks register them; the long vowel
 * mark ー becomes '-', the Zengin character set having no ｰ. Anything else outside the set is dropped.
 */
export function toBankKana(value: string): string {
  const katakana = toKatakana(value)
    .replace(/[ァィゥェォッャュョヮヵヶヰヱ]/g, (ch) => SMALL_TO_LARGE[ch])
    .replace(/[ーｰ]/g, '-')
    .replace(/[・･]/g, '.')
    .replace(/[「」]/g, (ch) => (ch === '「' ? '｢' : '｣'));
  const half = toHalfwidthKatakana(katakana).toUpperCase();
  return Array.from(half)
    .filter((ch) => BANK_ALLOWED.test(ch))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** True when the value holds kana (either script or width), spaces and long-vowel marks only. */
export function isKanaOnly(value: string): boolean {
  return /^[\u3041-\u3096\u309b-\u309e\u30a1-\u30fc\uff66-\uff9f\s・･]+$/.test(value);
}
