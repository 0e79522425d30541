// The automatic choice of traits: the named format the field's constraints point to, then each trait
// read on its own from the field, so that a field asking for 全角 and for two digits gets both.
import type { FieldPart } from './parts';
import type { FieldTraits, ValueKind } from './field-traits';
import { inferFormat, readSignals, type Signals } from './infer-format';
import { prefectureOf } from './prefecture';
import { FORMAT_TRAITS, mergeTraits, type FormatTraits } from './traits';

const KANA = /^[ぁ-ゖァ-ヺーｦ-ﾟ]+$/;
const HIRAGANA = /^[ぁ-ゖー]+$/;
const KATAKANA = /^[ァ-ヺー]+$/;
const HALF_KANA = /^[ｦ-ﾟ]+$/;
const KANJI = /^[\p{Script=Han}々]+$/u;
const LATIN = /^[A-Za-zＡ-Ｚａ-ｚ]+$/;

/**
 * Examples as the page writes them (not normalised: the script and width of a name matter): the
 * placeholder without its 例, and what follows 例： in the hint, up to two words.
 */
function rawExamples(traits: FieldTraits): string[] {
  const found: string[] = [];
  const placeholder = (traits.placeholder ?? '').replace(/^\s*例\s*[)）]?\s*[:：]?\s*/, '').trim();
  if (placeholder) found.push(placeholder);
  // 例：…, 例)…, 例 … but not 例えば.
  const EXAMPLE = /例(?:\s*[)）:：]|\s)\s*[:：]?\s*([^\s、。,，（）()「」/／]+(?:[ \u3000][^\s、。,，（）()「」/／]+)?)/g;
  for (const m of traits.hint.matchAll(EXAMPLE)) found.push(m[1]);
  return found;
}

function sameScript(a: string, b: string): boolean {
  return [KANA, KANJI, LATIN].some((re) => re.test(a) && re.test(b));
}

/** A name example: two words of one script apart ('ヤマダ　タロウ'), or one word of a name script. */
function nameSpacing(examples: string[]): FormatTraits['spacing'] {
  for (const example of examples) {
    const two = /^(\S+)([ \u3000]+)(\S+)$/.exec(example);
    if (two && sameScript(two[1], two[3])) {
      if (two[2].includes('\u3000')) return 'full';
      // A space typed into a hint is collapsed to ' '; a full-width name is written with a full-width space.
      return HALF_KANA.test(two[1]) || LATIN.test(two[1]) ? 'half' : 'full';
    }
    if (!two && (KANA.test(example) || KANJI.test(example) || LATIN.test(example)) && example.length >= 4) {
      return 'none';
    }
  }
  return undefined;
}

function spacingNote(s: Signals): FormatTraits['spacing'] {
  if (!/スペース|空白|空け|あけ|詰めて/.test(s.text)) return undefined;
  if (/(スペース|空白)\s*[はを]?\s*(なし|無し|不要|いりません|入れず|入れない|空けず|あけず|含めず|使わ)|空けず|あけず|詰めて/.test(s.text)) return 'none';
  if (/半角\s*(スペース|空白)/.test(s.text)) return 'half';
  if (/全角\s*(スペース|空白)/.test(s.text)) return 'full';
  // A space without a width takes the width of the name (ﾔﾏﾀﾞ ﾊﾅｺ, ヤマダ　ハナコ): the stored one.
  return undefined;
}

function kanaScript(examples: string[]): FormatTraits['script'] {
  for (const example of examples) {
    const letters = example.replace(/[ \u3000]/g, '');
    if (!KANA.test(letters)) continue;
    if (HIRAGANA.test(letters)) return 'hiragana';
    if (KATAKANA.test(letters)) return 'katakana';
    if (HALF_KANA.test(letters)) return 'halfwidthKatakana';
  }
  return undefined;
}

/** Two digits for months, days and era years: an example that pads, or a note that asks for it. */
function padding(s: Signals, part: FieldPart | undefined): FormatTraits['padding'] {
  if (/0\s*[をは]?\s*(付けず|つけず|付けない|つけない|不要)|ゼロ\s*(なし|不要)|前ゼロなし/.test(s.text)) return 'none';
  if (/2桁ずつ|各2桁|0埋め|ゼロ埋め|先頭に0|頭に0|前に0/.test(s.text)) return 'pad2';
  if (part !== undefined && part !== 'era' && /2桁/.test(s.text)) return 'pad2';
  for (const example of s.examples) {
    const pieces =
      part === undefined
        ? /^(?:[MTSHR]|令和|平成|昭和|大正|明治)(\d{1,2})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?$/i.exec(example)?.slice(1) ??
          /^\d{4}[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?$/.exec(example)?.slice(1)
        : /^(?:[MTSHR])?(\d{1,2})[年月日]?$/i.exec(example)?.slice(1);
    if (!pieces) continue;
    if (pieces.some((p) => /^0\d$/.test(p))) return 'pad2';
    if (pieces.some((p) => /^\d$/.test(p))) return 'none';
  }
  return undefined;
}

const SHORT_PREFECTURE =
  /(「?[都府県]」?\s*[・、,/]\s*){1,2}「?[都府県]」?\s*[はを]?\s*(省略|不要|除|つけず|付けず|なし|入れず|入れない|含めず|含まない)|(?<![都道府県])[都府県]{1,3}\s*[はを]?\s*(省略|不要|つけず|付けず|なし)/;
const OMIT_PREFECTURE =
  /都道府県\s*(名)?\s*[はを]?\s*(省略|不要|除|入力不要|記入不要|以外|なし|含めず|含まない|入れず|入れない)|市区町村から/;

function prefectureStyle(traits: FieldTraits, s: Signals, kind: ValueKind, examples: string[]): FormatTraits['prefecture'] {
  if (SHORT_PREFECTURE.test(s.text)) return 'short';
  if (kind === 'address' && OMIT_PREFECTURE.test(s.text)) return 'omit';
  if (kind === 'prefecture' && traits.tag !== 'select') {
    for (const example of examples) {
      const pref = prefectureOf(example);
      if (pref) return example.normalize('NFKC').trim() === pref.name ? 'name' : 'short';
    }
  }
  return undefined;
}

const CHOME = '(\\d+|[〇一二三四五六七八九十]+)丁目';
const WITHOUT_CHOME =
  /丁目\s*[はを]?\s*(含めず|含まない|除|不要|なし|入れず|入れない|省略|別|記入しない)|丁目\s*(以下|以降)\s*[はを]?\s*(番地|次|別)/;

function addressTraits(s: Signals, examples: string[]): FormatTraits {
  const t: FormatTraits = {};
  if (WITHOUT_CHOME.test(s.text)) t.town = 'withoutChome';
  if (/漢数字/.test(s.text) && !/漢数字\s*[はを]?\s*(使わ|不可|使用しない)/.test(s.text)) t.chomeNumerals = 'kanji';
  else if (/算用数字|アラビア数字/.test(s.text)) t.chomeNumerals = 'arabic';
  if (/[○〇]丁目[○〇]番(地)?[○〇]号/.test(s.text)) t.block = 'words';
  for (const raw of examples) {
    const example = raw.normalize('NFKC').replace(/[‐－ー―−]/g, '-');
    const chome = new RegExp(CHOME).exec(example);
    if (chome && !t.chomeNumerals) t.chomeNumerals = /\d/.test(chome[1]) ? 'arabic' : 'kanji';
    if (t.block) continue;
    if (new RegExp(`${CHOME}\\d+番(地)?(\\d+号)?$`).test(example) || /^\d+番(地)?\d+号$/.test(example)) t.block = 'words';
    else if (new RegExp(`${CHOME}\\d+(-\\d+)+$`).test(example)) t.block = 'mixed';
    else if (/^\d+(-\d+){1,2}$/.test(example)) t.block = 'hyphens';
  }
  return t;
}

/** Digits written full-width in the example (例：０４) ask for full width as plainly as 「全角」 does. */
function exampleWidth(kind: ValueKind, examples: string[]): FormatTraits['width'] {
  if (!['postal', 'phone', 'date', 'address', 'number'].includes(kind)) return undefined;
  return examples.some((e) => /[０-９]/.test(e) && !/[0-9A-Za-z]/.test(e)) ? 'full' : undefined;
}

/** The automatic choice of every trait for a field; traits without evidence stay undefined. */
export function inferTraits(kind: ValueKind, traits: FieldTraits, part?: FieldPart): FormatTraits {
  const s = readSignals(traits);
  const named = inferFormat(kind, traits, part);
  const base = named ? FORMAT_TRAITS[named] : {};
  const examples = rawExamples(traits);
  const read: FormatTraits = {};
  if (traits.tag !== 'select') read.width = s.width ?? exampleWidth(kind, examples);
  switch (kind) {
    case 'kana':
      if (!base.script) read.script = kanaScript(examples);
      read.spacing = spacingNote(s) ?? nameSpacing(examples);
      break;
    case 'name':
    case 'romaji':
      read.spacing = spacingNote(s) ?? nameSpacing(examples);
      break;
    case 'date':
      read.padding = padding(s, part);
      break;
    case 'prefecture':
      read.prefecture = prefectureStyle(traits, s, kind, examples);
      break;
    case 'address':
      Object.assign(read, addressTraits(s, examples));
      read.prefecture = prefectureStyle(traits, s, kind, examples);
      break;
    default:
      break;
  }
  // The named choice already weighs width against other signals (半角カナ is a script, not a width).
  if (base.script === 'halfwidthKatakana' || base.script === 'bankKana') delete read.width;
  return mergeTraits(read, base, kind === 'date' && read.padding ? { padding: read.padding } : undefined);
}
