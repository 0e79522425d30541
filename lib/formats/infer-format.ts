// The automatic format choice: reading a field's constraints and the text around it.
import type { FieldPart } from './parts';
import type { FormatName } from './apply-format';
import type { FieldTraits, ValueKind } from './field-traits';
import { comparableText } from './width';

export interface Signals {
  /** Hint and placeholder as written (kana script matters: ふりがな vs フリガナ). */
  raw: string;
  /** The same, NFKC-normalised (ﾌﾘｶﾞﾅ → フリガナ, － → -, （ → (). */
  text: string;
  /** Example values given by the placeholder or a 例： note. */
  examples: string[];
  width: 'full' | 'half' | undefined;
  noHyphen: boolean;
  withHyphen: boolean;
  digitsOnlyNote: boolean;
}

const NO_HYPHEN =
  /(ハイフン|ハイフォン|「-」|『-』|"-"|'-'|\(-\)|-)\s*(\(-\)|「-」)?\s*[はを]?\s*(なし|無し|ナシ|不要|いらない|抜き|ぬき|除|省|入れず|入れない|いれない|つけず|付けず|付けない|つけない|含めず|含まない|使わ|使用しない)/;
const WITH_HYPHEN =
  /(ハイフン|「-」|『-』|\(-\))\s*(\(-\)|「-」)?\s*[をもは]?\s*(あり|有り|付き|つき|含め|含む|入れて|いれて|付けて|つけて|区切|必要|必須)|数字と\s*(ハイフン|-)/;
const DIGITS_ONLY_NOTE = /数字のみ|数字だけ|半角数字(?!.*(ハイフン|-))/;
const EXAMPLE = /例\s*[):]?\s*:?\s*([0-9A-Za-z〒\-/.年月日元令和平成昭和大正明治]+)/g;

export function readSignals(traits: FieldTraits): Signals {
  const raw = [traits.hint, traits.placeholder ?? ''].join(' ').trim();
  const text = comparableText(raw);
  const examples: string[] = [];
  for (const m of text.matchAll(EXAMPLE)) examples.push(m[1]);
  const placeholder = comparableText(traits.placeholder ?? '').replace(/^例\s*[):]?\s*:?\s*/, '');
  if (placeholder) examples.push(placeholder);
  // 「姓と名の間に半角スペース」 speaks of the space, not of the width of the whole value.
  const widthText = text.replace(/(全角|半角)\s*(スペース|空白)/g, '');
  const full = widthText.search(/全角/);
  const half = widthText.search(/半角/);
  let width: Signals['width'];
  if (full >= 0 && (half < 0 || full < half)) width = 'full';
  else if (half >= 0) width = 'half';
  return {
    raw,
    text,
    examples,
    width,
    noHyphen: NO_HYPHEN.test(text),
    withHyphen: WITH_HYPHEN.test(text),
    digitsOnlyNote: DIGITS_ONLY_NOTE.test(text),
  };
}

export function isNumericInput(traits: FieldTraits): boolean {
  return traits.type === 'number' || traits.inputMode === 'numeric' || traits.inputMode === 'decimal';
}

/** What a pattern attribute says about hyphens: true = requires one, false = digits only. */
function patternHyphen(pattern: string | undefined): boolean | undefined {
  if (!pattern) return undefined;
  if (/-\?|-\]\?|\(-\)\?/.test(pattern)) return undefined;
  if (/-/.test(pattern.replace(/\[[^\]]*\]/g, (cls) => cls.replace(/\w-\w/g, '')))) return true;
  if (/^\^?(\\d|\[0-9\]|\[\\d\])(\*|\+|\{\d+(,\d*)?\})?\$?$/.test(pattern)) return false;
  return undefined;
}

function widthFormat(s: Signals): FormatName | undefined {
  if (s.width === 'full') return 'fullwidth';
  if (s.width === 'half') return 'halfwidth';
  return undefined;
}

function inferKana(traits: FieldTraits, s: Signals): FormatName | undefined {
  const pattern = traits.pattern ?? '';
  if (/半角\s*(カナ|カタカナ)/.test(s.text) || (s.width === 'half' && !/ひらがな/.test(s.raw))) {
    return /口座|名義/.test(s.text) ? 'bankKana' : 'halfwidthKatakana';
  }
  if (/ｦ-ﾟ|ｱ-ﾝ|ｦ-ﾝ|\\uff6[0-9a-f]|\\uFF6[0-9A-F]/.test(pattern)) return 'halfwidthKatakana';
  if (/ぁ-ん|ぁ-ゖ|ぁ-ゞ|\\u3041|\\u304[0-9a-fA-F]/.test(pattern)) return 'hiragana';
  if (/ァ-ン|ァ-ヶ|ァ-ヴ|ァ-ヺ|ァ-ー|\\u30[aA]1|\\u30[aA]0/.test(pattern)) return 'katakana';
  const saysHiragana = /ひらがな|平仮名/.test(s.raw);
  const saysKatakana = /カタカナ|片仮名|カナ\s*で|全角\s*カナ/.test(s.text);
  if (saysHiragana && !saysKatakana) return 'hiragana';
  if (saysKatakana && !saysHiragana) return 'katakana';
  if (saysHiragana && saysKatakana) return undefined;
  if (/ふりがな|よみがな|せい|めい/.test(s.raw)) return 'hiragana';
  if (/フリガナ|ヨミガナ|カナ|セイ|メイ/.test(s.text)) return 'katakana';
  return s.width === 'full' ? 'katakana' : undefined;
}

function inferName(s: Signals): FormatName | undefined {
  const space = /スペース|空白|空け|あけ/;
  if (space.test(s.text)) {
    if (/(スペース|空白)\s*[はを]?\s*(なし|無し|不要|入れず|入れない|空けず|あけず)|空けず|あけず|詰めて/.test(s.text)) {
      return 'nameNoSpace';
    }
    if (/半角\s*(スペース|空白)/.test(s.text)) return 'nameHalfSpace';
    return 'nameFullSpace';
  }
  return widthFormat(s);
}

function examplesHave(s: Signals, withHyphen: RegExp, digits: RegExp): boolean | undefined {
  for (const example of s.examples) {
    if (withHyphen.test(example)) return true;
    if (digits.test(example)) return false;
  }
  return undefined;
}

function inferPostal(traits: FieldTraits, s: Signals, part?: FieldPart): FormatName | undefined {
  if (part !== undefined) return s.width === 'full' ? 'fullwidth' : undefined;
  const hyphen = decideHyphen(traits, s, {
    example: examplesHave(s, /^〒?[0-9x]{3}-[0-9x]{4}$/i, /^〒?\d{7}$/),
    digitsLength: 7,
    hyphenLength: 8,
  });
  if (s.width === 'full') return hyphen === false ? 'fullwidth' : 'postalHyphenFullwidth';
  if (hyphen === true) return 'postalHyphen';
  if (hyphen === false) return 'postalDigits';
  return undefined;
}

function inferPhone(traits: FieldTraits, s: Signals, part?: FieldPart): FormatName | undefined {
  if (part !== undefined) return s.width === 'full' ? 'fullwidth' : undefined;
  const hyphen = decideHyphen(traits, s, {
    example: examplesHave(s, /\d{2,5}-\d{1,4}-\d{3,4}|^[0x]{2,5}-[0x]{1,4}-[0x]{3,4}$/i, /^0\d{9,10}$/),
    digitsLength: [10, 11],
    hyphenLength: [12, 13],
  });
  if (s.width === 'full') return hyphen === false ? 'fullwidth' : 'phoneHyphenFullwidth';
  if (hyphen === true) return 'phoneHyphen';
  if (hyphen === false) return 'phoneDigits';
  return undefined;
}

/** Hyphens or not, strongest signal first: words, examples, pattern, maxlength, input type. */
function decideHyphen(
  traits: FieldTraits,
  s: Signals,
  rules: { example: boolean | undefined; digitsLength: number | number[]; hyphenLength: number | number[] },
): boolean | undefined {
  if (s.noHyphen) return false;
  if (s.withHyphen) return true;
  if (rules.example !== undefined) return rules.example;
  const fromPattern = patternHyphen(traits.pattern);
  if (fromPattern !== undefined) return fromPattern;
  const within = (n: number, set: number | number[]) => (Array.isArray(set) ? set.includes(n) : n === set);
  if (traits.maxLength !== undefined) {
    if (within(traits.maxLength, rules.digitsLength)) return false;
    if (within(traits.maxLength, rules.hyphenLength)) return true;
  }
  if (isNumericInput(traits) || s.digitsOnlyNote) return false;
  return undefined;
}

function inferWholeDate(traits: FieldTraits, s: Signals): FormatName | undefined {
  if (traits.type === 'date') return 'dateIso';
  for (const example of s.examples) {
    if (/^(令和|平成|昭和|大正|明治)/.test(example) || /^[MTSHR]\d{1,2}\./i.test(example)) {
      return /^[MTSHR]/i.test(example) ? 'dateWarekiShort' : 'dateWareki';
    }
    if (/^(\d{4}|y{4})\/(\d{2}|m{2})\/(\d{2}|d{2})$/i.test(example)) return 'dateSlash';
    if (/^(\d{4}|y{4})\/(\d{1,2}|m)\/(\d{1,2}|d)$/i.test(example)) return 'dateSlashUnpadded';
    if (/^(\d{4}|y{4})-(\d{2}|m{2})-(\d{2}|d{2})$/i.test(example)) return 'dateIso';
    if (/^(\d{8}|y{4}m{2}d{2})$/i.test(example)) return 'dateDigits';
    if (/^(\d{4}|y{4})年/i.test(example)) return 'dateJa';
  }
  if (/和暦/.test(s.text)) return 'dateWareki';
  if (s.noHyphen || /8桁/.test(s.text) || traits.maxLength === 8) return 'dateDigits';
  if (/[「(]\/[」)]\s*区切/.test(s.text) || traits.maxLength === 10) return 'dateSlash';
  return undefined;
}

function optionTexts(traits: FieldTraits): string[] {
  return (traits.options ?? []).flatMap((o) => [comparableText(o.value), comparableText(o.text)]);
}

function inferDatePart(traits: FieldTraits, s: Signals, part: FieldPart): FormatName | undefined {
  if (part === 'era') {
    const texts = optionTexts(traits).filter((t) => t !== '');
    if (texts.length > 0) {
      return texts.some((t) => /^[MTSHR]$/i.test(t)) && !texts.some((t) => /^(令和|平成|昭和)/.test(t))
        ? 'eraLetter'
        : undefined;
    }
    if (traits.maxLength === 1 || /アルファベット|[MTSHR]\s*[/・,、]\s*[MTSHR]/i.test(s.text)) return 'eraLetter';
    return undefined;
  }
  if (s.width === 'full') return 'fullwidth';
  if (part === 'month' || part === 'day') {
    const texts = traits.options ? optionTexts(traits) : s.examples;
    if (texts.some((t) => /^0[1-9]/.test(t) || /^(mm|dd)$/i.test(t))) return 'pad2';
    if (traits.pattern && /\{2\}|0\[1-9\]|\[0-3\]/.test(traits.pattern)) return 'pad2';
    return undefined;
  }
  if (part === 'year' && /元年\s*[はを]?\s*[「"]?元/.test(s.text)) return 'eraYearGan';
  return undefined;
}

function inferPrefecture(traits: FieldTraits, s: Signals): FormatName | undefined {
  if (traits.tag === 'select') return undefined;
  if (/コード/.test(s.text)) return 'prefectureCode';
  if ((traits.maxLength === 2 && isNumericInput(traits)) || patternHyphen(traits.pattern) === false) {
    return 'prefectureCode';
  }
  return undefined;
}

/** The automatic choice: which format a field wants when the mapping names none. undefined = keep value as is. */
export function inferFormat(kind: ValueKind, traits: FieldTraits, part?: FieldPart): FormatName | undefined {
  const s = readSignals(traits);
  switch (kind) {
    case 'kana':
      return inferKana(traits, s);
    case 'name':
      return inferName(s);
    case 'romaji':
      if (/大文字/.test(s.text)) return 'uppercase';
      return widthFormat(s);
    case 'postal':
      return inferPostal(traits, s, part);
    case 'phone':
      return inferPhone(traits, s, part);
    case 'date':
      return part === undefined ? inferWholeDate(traits, s) : inferDatePart(traits, s, part);
    case 'prefecture':
      return inferPrefecture(traits, s);
    case 'email':
      return s.width === 'half' ? 'halfwidth' : undefined;
    case 'number':
      if (s.width === 'full') return 'fullwidth';
      if (isNumericInput(traits) || s.noHyphen || s.digitsOnlyNote || patternHyphen(traits.pattern) === false) {
        return 'digitsOnly';
      }
      return widthFormat(s);
    case 'address':
    case 'text':
      return widthFormat(s);
    default:
      return undefined;
  }
}
