// A box with no caption of its own right after a captioned box of a split value (the second and
// third phone boxes under a legend, the confirmation box under a hint) continues that value.

import { aloneTogether, fire, smallestBlock, together, type Candidate } from './candidate';
import { countFields, elementText } from './element-text';
import { POSTAL } from './reading';
import { endsAsPlace, withoutExamplePrefix } from './read-example';
import { VISIBLE_CAPTION } from './interpret-field';
import { readText } from './read-text';

const OWN_TEXT = new Set(['label', 'before', 'placeholder', 'autocomplete']);
/** Pickers and boxes for other things; any other type is typed in as text (type="tell", unknown to browsers, renders as text). */
const PICKER_OR_OTHER_TYPES = /^(?:date|datetime|datetime-local|month|week|time|url|search)$/;
// [090]－[1234]－[5678]: the mark printed between two boxes joins them; it is no caption.
const SEPARATOR = /^[\s\-－ー‐−―—–~〜～]*$/;

/** [4桁], [2桁以上3桁以内], [半角数字]: the shape of a piece, no caption of its own. */
const DIGIT_COUNT = /^(?:[0-9０-９]+桁(?:以上)?(?:[0-9０-９]+桁)?(?:以内|まで)?|半角数字)$/;

/**
 * [090] [1234] [5678], [例）保険] [例）花子]: a placeholder that only shows a sample of the next part of
 * the value before it (or only its shape, [4桁]) is no caption of its own.
 */
function samplePartOf(prev: Candidate, placeholder: string): boolean {
  const v = withoutExamplePrefix(placeholder).trim();
  if (prev.interp.type === 'phone') return /^\d{2,4}$/.test(v) || DIGIT_COUNT.test(v);
  if (prev.interp.type === 'address') return /^\d{3,4}$/.test(v) || DIGIT_COUNT.test(v);
  if (prev.interp.type === 'name') return /^[\u4e00-\u9fff々ヶぁ-んァ-ヶー]{1,6}$/.test(v) && !endsAsPlace(v);
  return false;
}

/** name="c_name_f_2" read as a name by its name alone: nothing a person reads says what the box is. */
function nameByNameOnly(c: Candidate, prev: Candidate): boolean {
  return c.interp.type === 'name' && prev.interp.type === 'name' && c.evidence.every((e) => /^(?:identifier|note|after):/.test(e));
}

/** [checkLoginId] under 確認用: the words a person reads name no kind; only the box's own name does. */
function kindByNameOnly(c: Candidate): boolean {
  return c.context.texts.every((t) => !VISIBLE_CAPTION.has(t.kind) || !readText(t.text)?.type);
}

function uncaptioned(c: Candidate, prev: Candidate): boolean {
  if (c.excluded || c.interp.reading.datePart) return false;
  if (c.interp.type !== undefined && !(c.interp.reading.confirm === true && prev.interp.type === 'email' && kindByNameOnly(c))) return false;
  if (c.control.kind !== 'text' || PICKER_OR_OTHER_TYPES.test(c.control.type)) return false;
  // 確認のため再度入力してください above the box asks for the same value again.
  if (c.interp.reading.confirm === true) return true;
  return !c.context.texts.some((t) => OWN_TEXT.has(t.kind) && !SEPARATOR.test(t.text) && !(t.kind === 'placeholder' && samplePartOf(prev, t.text)));
}

/**
 * 電話番号 [選択▾] [ ] [ ] [ ]: the row's caption reached only the select, which picks the phone's kind;
 * the boxes after it are the number.
 */
function phoneKindSelect(prev: Candidate): boolean {
  return prev.control.kind === 'select' && prev.interp.reading.negative === 'options' && prev.rules.includes('caption.phone');
}

const isPostal = (c: Candidate) => c.interp.type === 'address' && c.interp.reading.addressParts === POSTAL;

function continuable(prev: Candidate): boolean {
  if (prev.excluded || prev.control.kind !== 'text') return false;
  return prev.interp.type === 'phone' || prev.interp.type === 'email' || prev.interp.type === 'name' || isPostal(prev);
}

/**
 * 〒[123]-[4567] then [          ] on the next line: a postal code has two pieces, each of at most four
 * digits; a third box, or one sized for more, is not one of them.
 */
function endsPostalCode(c: Candidate, prev: Candidate, before: Candidate | undefined): boolean {
  if (!isPostal(prev)) return false;
  if (before && isPostal(before) && !before.excluded && (together(before, prev) || aloneTogether(before, prev))) return true;
  const el = c.control.element;
  const max = Number(el.getAttribute('maxlength') ?? '');
  const size = Number(el.getAttribute('size') ?? '');
  return max > 4 || size > 10;
}

/** A box sized for a line of text (maxlength or size of 20 or more), not for a few digits. */
function shapedForLine(c: Candidate): boolean {
  const el = c.control.element;
  return Number(el.getAttribute('maxlength') ?? '') >= 20 || Number(el.getAttribute('size') ?? '') >= 20;
}

/** name="address_1" then name="address_2": the same name with the next number. */
function nextOfName(prev: Candidate, c: Candidate): boolean {
  const a = /^(.*?)(\d+)$/.exec(prev.control.element.getAttribute('name') ?? '');
  const b = /^(.*?)(\d+)$/.exec(c.control.element.getAttribute('name') ?? '');
  return !!a && !!b && a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1;
}

/**
 * [address_1] （例：東京都○○区○○1-1）<br>[address_2] in one cell under a caption naming no address
 * part: the second box, an address by its name alone, is the next line of the same address.
 */
function secondAddressLine(c: Candidate, prev: Candidate): boolean {
  if (c.excluded || prev.excluded || prev.interp.type !== 'address' || isPostal(prev)) return false;
  if (!c.evidence.includes('weak:identifier-only') || c.control.kind !== 'text') return false;
  return nextOfName(prev, c) && together(prev, c) && kindByNameOnly(c);
}

/**
 * [090] - [1234] - [5678], each box in wrappers of its own (a component library's grid): the block
 * holding both holds a few boxes and nothing but the marks joining them.
 */
function joinedRow(prev: Candidate, c: Candidate): boolean {
  const block = smallestBlock(prev.control.element, c.control.element);
  if (!block || countFields(block) > 3) return false;
  const text = elementText(block, 20);
  return !!text && SEPARATOR.test(text);
}

export function resolveUncaptioned(candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i];
    const prev = candidates[i - 1];
    if (secondAddressLine(c, prev)) {
      c.interp.type = 'address';
      c.interp.reading = { ...c.interp.reading, type: 'address', addressParts: 0, addressLine: 2 };
      c.interp.side = prev.interp.side;
      c.scope = prev.scope;
      c.confidence = Math.min(prev.confidence, 0.55);
      c.evidence = c.evidence.filter((e) => e !== 'weak:identifier-only');
      fire(c, 'split.uncaptioned');
      continue;
    }
    // メールアドレス [ ] then a row 確認のためにもう一度 [ ]: the row right after asks the address again.
    const askedAgain = c.interp.reading.confirm === true && prev.interp.type === 'email' && c.index === prev.index + 1 && c.form === prev.form;
    // フリガナ [c_name_f_1 例）ヤマダ] [c_name_f_2 例）タロウ]: the second box, a given name by its name
    // alone, is written in the script of the caption over both.
    if (!c.excluded && continuable(prev) && nameByNameOnly(c, prev) && (together(prev, c) || aloneTogether(prev, c)) && prev.interp.reading.kana && !c.interp.reading.kana) {
      c.interp.reading.kana = true;
      fire(c, 'split.uncaptioned');
      continue;
    }
    const kinds = phoneKindSelect(prev);
    if (!(continuable(prev) || kinds) || !uncaptioned(c, prev) || !(together(prev, c) || aloneTogether(prev, c) || joinedRow(prev, c) || askedAgain)) continue;
    if (endsPostalCode(c, prev, candidates[i - 2])) {
      // 〒 [123-4567] [                    ]: a wide box beside the postal code, under its caption, is the
      // address the code begins.
      if (!c.interp.type && shapedForLine(c) && !isPostal(c)) {
        c.interp.type = 'address';
        c.interp.reading = { ...c.interp.reading, type: 'address', addressParts: 0 };
        continueFrom(c, prev);
      }
      continue;
    }
    if (c.interp.reading.confirm && prev.interp.type !== 'email') continue;
    const r = kinds ? {} : prev.interp.reading;
    const type = kinds ? 'phone' : prev.interp.type;
    c.interp.type = type;
    c.interp.reading = {
      ...c.interp.reading,
      type,
      ...(r.addressParts === POSTAL ? { addressParts: POSTAL } : {}),
      ...(r.kana ? { kana: true } : {}),
      ...(r.romaji ? { romaji: true } : {}),
      ...(prev.interp.type === 'name' ? { namePart: 'full' as const } : {}),
      ...(r.alt !== undefined ? { alt: r.alt } : {}),
    };
    continueFrom(c, prev);
  }
}

/** The box goes on from the one before it: the same side, person and scope, and no more sure than it. */
function continueFrom(c: Candidate, prev: Candidate): void {
  c.interp.side = prev.interp.side;
  c.interp.person = prev.interp.person;
  c.interp.personAnchor = prev.interp.personAnchor;
  c.scope = prev.scope;
  c.householdIndex = prev.householdIndex;
  c.confidence = Math.min(prev.confidence, 0.55);
  fire(c, 'split.uncaptioned');
}
