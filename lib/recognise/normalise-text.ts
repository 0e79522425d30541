const NOT_SPACE = /[^\s\u00a0]/;
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Folds the width and spacing variants that Japanese pages mix freely (全角/半角 digits and
 * letters, half-width katakana, ideographic spaces, ケータイ for 携帯) so patterns can be written once.
 */
export function normaliseText(text: string): string {
  // Most text nodes of a large page are layout whitespace, and ASCII needs no folding.
  if (!NOT_SPACE.test(text)) return '';
  return (NOT_ASCII.test(text) ? text.normalize('NFKC') : text)
    .replace(/[\u200b\u00a0\s]+/g, ' ')
    .replace(/[‐‑‒–—―ーｰ−](?=\d)/g, '-')
    // ケータイ番号, ケータイメール: the everyday spelling of 携帯.
    .replace(/ケータイ/g, '携帯')
    .trim()
    .toLowerCase();
}

const LETTER = /^[\u4e00-\u9fff々ぁ-んァ-ヶ]$/;
const LETTER_END = /[\u4e00-\u9fff々ぁ-んァ-ヶー]$/;
const LETTER_START = /^[\u4e00-\u9fff々ぁ-んァ-ヶー]/;

/**
 * メール<br>アドレス, <span>郵便</span>番号: Japanese puts no space between words, so where a line break
 * or an inline tag falls between two letters, the words run on as the browser draws them.
 */
export function wordRunsOn(before: string, after: string): boolean {
  return LETTER_END.test(before) && LETTER_START.test(after);
}

/** お 名 前, 相 手 方 情 報: a word spaced out letter by letter (fewest to most letters) is one word; other text stays as it is. */
export function joinSpacedLetters(text: string, fewest: number, most: number): string {
  const letters = text.trim().split(/\s+/);
  return letters.length >= fewest && letters.length <= most && letters.every((l) => LETTER.test(l)) ? letters.join('') : text;
}

/** Drops the decorations around a caption: required marks, colons, brackets left empty. */
export function stripDecorations(text: string): string {
  return text
    .replace(/必須|任意|※|\*|＊|:|：/g, ' ')
    .replace(/\(\s*\)|（\s*）|【\s*】|\[\s*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a `name`/`id` value into lower-case words: `order_zip01` → order zip 01, `firstName` → first name. */
export function splitIdentifier(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-zA-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** （姓）, メイ, 年: a mark naming which part of a value a box takes, and nothing else. */
export function isPartMark(text: string): boolean {
  return /^[(（]?\s*(?:姓|名|氏|セイ|メイ|せい|めい|年|月|日|西暦|和暦|元号)\s*[)）]?$/.test(stripDecorations(text));
}

/**
 * <input value="姓">, <input value="例）山田">: older pages print the caption or a sample inside the box
 * as its starting value, cleared by script on focus, where newer ones use a placeholder.
 */
export function isStartingHint(value: string): boolean {
  const text = normaliseText(value);
  return !!text && (isPartMark(text) || /^[(\[]?\s*(?:例|入力例|記入例)\s*[:)\]]/.test(text));
}

// 制限文字数を超えています, 入力されていません: a message the page shows when a value is wrong, kept in
// the markup for its script; it is neither a caption nor an example.
const VALIDATION_MESSAGE = /^[※*＊!！]?\s*(?:[^。]{0,16}(?:文字数|桁数|字数)(?:を|が)(?:超えて|オーバーして)い(?:ます|る)|[^。]{0,16}(?:が|は)?(?:入力|選択)されていません|[^。]{0,16}(?:が|は)正しくありません|[^。]{0,16}(?:の)?形式が正しくありません)[。.]?$/;

export function isValidationMessage(text: string): boolean {
  return text.length <= 30 && VALIDATION_MESSAGE.test(text);
}
