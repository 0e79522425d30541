// Values a form splits over several inputs: 姓/名 under one caption, the two boxes of a postal
// code, the three of a phone number, the selects of a date, an e-mail typed twice.

import type { FieldPart } from '../profile/keys';
import { aloneTogether, fire, maxLength, ownCaptions, pairBlock, smallestBlock, together, VISIBLE_CAPTION_KINDS, type Candidate } from './candidate';
import { SHOWN_CONTROLS } from './element-text';
import { groupBy } from './group-by';
import { isPartMark, stripDecorations } from './normalise-text';
import { withoutExamplePrefix } from './read-example';
import { readDateKind } from './read-text';
import { BRACKETED_READING, READING_WORD } from './reading-words';
import { POSTAL, type DatePart } from './reading';

function active(c: Candidate): boolean {
  return !c.excluded && c.interp.type !== 'none';
}

/** Two name inputs under one caption with nothing telling them apart are 姓 then 名. */
export function resolveNameSplits(candidates: Candidate[]): void {
  const names = candidates.filter((c) => active(c) && c.interp.type === 'name');
  // [name1] [name2] side by side, each in a column of its own: the block holding both holds nothing else.
  const rowOf = new Map<Candidate, object>();
  names.forEach((a, i) => {
    const b = names[i + 1];
    if (!b || b.index !== a.index + 1 || a.context.group === b.context.group) return;
    const block = pairBlock(a.control.element, b.control.element);
    if (block) rowOf.set(a, block).set(b, block);
  });
  // The user's name and someone else's (お名前 then 配偶者のお名前) are never one name split in two.
  const groups = groupBy(names, (c) => rowOf.get(c) ?? c.context.group).flatMap((group) => groupBy(group, (c) => `${c.scope}:${c.householdIndex ?? ''}`));
  for (const list of groups) {
    // 漢字 [ ][ ] カタカナ [ ][ ] ローマ字 [ ][ ]: each script's pair is split on its own.
    const scriptOf = (c: Candidate) => (c.interp.reading.romaji ? 'romaji' : c.interp.reading.kana ? 'kana' : 'plain');
    for (const script of ['plain', 'kana', 'romaji']) {
      const same = list.filter((c) => scriptOf(c) === script);
      if (same.length !== 2) continue;
      const [a, b] = same;
      // ふりがな [ ] 保護者のお名前 [ ] ふりがな [ ]: a name between them makes them two people's readings.
      if (names.some((c) => c.index > a.index && c.index < b.index)) continue;
      const pa = a.interp.reading.namePart;
      const pb = b.interp.reading.namePart;
      // お名前 [例：山田] [例：太郎] with name="name" and name="last_name": the samples, one word each, show
      // the family name then the given name; a part read only from the names yields to them.
      if (oneWordSample(a) && oneWordSample(b) && (pa === 'full' || !pa || a.interp.reading.namePartFromName) && b.interp.reading.namePartFromName && pb !== 'given') {
        a.interp.reading.namePart = 'family';
        b.interp.reading.namePart = 'given';
        fire(a, 'split.name');
        fire(b, 'split.name');
      } else if ((pa === 'full' || !pa) && (pb === 'full' || !pb)) {
        a.interp.reading.namePart = 'family';
        b.interp.reading.namePart = 'given';
        fire(a, 'split.name');
        fire(b, 'split.name');
      } else if (pa === 'family' && pb === 'family' && b.interp.reading.namePartFromName && !a.interp.reading.namePartFromName) {
        // セイ [first_name_kana] カナ [last_name_kana]: the part a visible caption gives the first box
        // outweighs the second box's name saying the same.
        b.interp.reading.namePart = 'given';
        fire(b, 'split.name');
      } else if (pa === 'given' && pb === 'given' && a.interp.reading.namePartFromName && !b.interp.reading.namePartFromName) {
        a.interp.reading.namePart = 'family';
        fire(a, 'split.name');
      } else if (pa === 'family' && (pb === 'full' || !pb)) b.interp.reading.namePart = 'given';
      else if (pb === 'given' && (pa === 'full' || !pa)) a.interp.reading.namePart = 'family';
    }
  }
  // [苗字] [名前] side by side, wherever the row's other boxes stand: 名前 after the family name, in the
  // same script, is the given name, as 名 is.
  names.forEach((a, i) => {
    const b = names[i + 1];
    if (!b || b.index !== a.index + 1 || a.scope !== b.scope || a.householdIndex !== b.householdIndex) return;
    const [ra, rb] = [a.interp.reading, b.interp.reading];
    if (ra.namePart !== 'family' || rb.namePart !== 'full' || !!ra.kana !== !!rb.kana || !!ra.romaji !== !!rb.romaji) return;
    if (!ownCaptions(b).some((t) => /^(?:お)?名前$/.test(stripDecorations(t)))) return;
    b.interp.reading.namePart = 'given';
    fire(b, 'split.name');
  });
}

/** Words a placeholder uses as the box's caption (姓, メイ, お名前), not as a sample of what to write. */
const NAME_CAPTION_WORD = new RegExp(`^(?:姓|名|氏|セイ|メイ|せい|めい|姓名|氏名|お?名前|なまえ|ナマエ|苗字|名字|みょうじ|ミョウジ|${READING_WORD})$`);

/** A placeholder sample of one word (例：山田, 例：タロウ, or a bare ヤマダ): a part of a name, not the whole. */
function oneWordSample(c: Candidate): boolean {
  const placeholder = c.context.texts.find((t) => t.kind === 'placeholder')?.text.trim() ?? '';
  const sample = withoutExamplePrefix(placeholder);
  return /^[\u4e00-\u9fff々ぁ-んァ-ヶー]{1,5}$/.test(sample) && (sample !== placeholder || !NAME_CAPTION_WORD.test(sample));
}

/**
 * お名前 [姓][名] then フリガナ [sei_furigana]: where the form splits the name in one script and asks
 * the other in a single box captioned for the whole name, that box is the whole name, whatever part
 * its name attribute says.
 */
export function resolveLoneNameParts(candidates: Candidate[]): void {
  const names = candidates.filter((c) => active(c) && c.interp.type === 'name' && c.scope === 'main');
  const script = (c: Candidate) => (c.interp.reading.romaji ? 'romaji' : c.interp.reading.kana ? 'kana' : 'kanji');
  const splitScripts = new Set(
    names.filter((c) => c.interp.reading.namePart === 'given' && !c.interp.reading.namePartFromName).map(script),
  );
  names.forEach((c, i) => {
    const r = c.interp.reading;
    if (!r.namePartFromName || r.namePart === 'full' || splitScripts.has(script(c)) || !splitScripts.size) return;
    if (!c.context.texts.some((t) => VISIBLE_CAPTION_KINDS.has(t.kind))) return;
    if ([names[i - 1], names[i + 1]].some((n) => n && script(n) === script(c))) return;
    r.namePart = 'full';
    fire(c, 'name.lone-box');
  });
}

const PART_ONLY = new Set(['placeholder', 'sample', 'identifier', 'type', 'autocomplete', 'note', 'after']);
const SCRIPT_WORD = new RegExp(`ローマ字|英字|英語|漢字|${READING_WORD}`);

/**
 * お名前（ローマ字） [last name] [first name]: the caption over a row reaches the first box only; the
 * given name right beside a family name in kana or romaji, with no caption or script word of its own,
 * is written in the same script.
 */
export function resolveNameScripts(candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1];
    const b = candidates[i];
    if (!active(a) || !active(b) || a.interp.type !== 'name' || b.interp.type !== 'name' || !together(a, b)) continue;
    const ra = a.interp.reading;
    const rb = b.interp.reading;
    if (ra.namePart !== 'family' || rb.namePart !== 'given') continue;
    // 姓[ ] 名[ ]（フリガナ）: the mark after the line's last box speaks for the box before it as well.
    if (rb.kana && !ra.kana && !ra.romaji && a.context.line && a.context.line === b.context.line && endsWithReadingMark(b) && partMarksOnly(a, b)) {
      ra.kana = true;
      fire(a, 'split.name-script');
      continue;
    }
    if (!(ra.kana || ra.romaji) || rb.kana || rb.romaji) continue;
    // <label for> 名: on a line of its own is the box's own caption, not a mark beside a row's caption.
    if (!partMarksOnly(b)) continue;
    if (ra.kana) rb.kana = true;
    if (ra.romaji) rb.romaji = true;
    fire(b, 'split.name-script');
  }
}

const LINE_END_READING = new RegExp(`^${BRACKETED_READING}$`);

function endsWithReadingMark(c: Candidate): boolean {
  return c.context.texts.some((t) => t.kind === 'after' && LINE_END_READING.test(t.text.trim()));
}

/**
 * A box whose only words are marks of a part (姓, セイ) or hints that are no caption of their own,
 * besides the row's caption it shares with `beside`.
 */
function partMarksOnly(c: Candidate, beside?: Candidate): boolean {
  const shared = (t: { kind: string; text: string }) => t.kind === 'header' && !!beside?.context.texts.some((o) => o.kind === 'header' && o.text === t.text);
  return !c.context.texts.some((t) => !shared(t) && (t.kind === 'label' || !(PART_ONLY.has(t.kind) || isPartMark(t.text)) || SCRIPT_WORD.test(t.text)));
}

const KANA_WORD = new RegExp(`セイ|メイ|せい|めい|${READING_WORD}`);
const KANJI_NAME_WORD = /^(?:お?名前|氏名|姓|名|氏|名字|苗字|漢字)(?:\s*\(.*\))?$/;

function ownNameCaption(c: Candidate): string | null {
  return c.context.texts.find((t) => t.kind === 'label' || t.kind === 'before')?.text.trim() ?? null;
}

/** The box's own caption, or the caption of the row it alone stands in (<span>名前</span> over one box). */
function rowNameCaption(c: Candidate): string | null {
  return ownNameCaption(c) ?? (c.context.sharedHeader ? null : (c.context.texts.find((t) => t.kind === 'header')?.text.trim() ?? null));
}

/**
 * 【ご契約者さまのお名前】【フリガナ】 over 姓[ ] 名[ ] / セイ[ ] メイ[ ]: a caption naming both the name
 * and its kana reaches every box of the row; where the row's own words set some boxes apart as kana
 * (セイ, メイ), the boxes captioned 姓 and 名 are the name itself.
 */
export function resolveStackedScripts(candidates: Candidate[]): void {
  const kanaNames = candidates.filter((c) => active(c) && c.interp.type === 'name' && c.interp.reading.kana);
  for (const list of groupBy(kanaNames, (c) => c.context.group)) {
    const kanaOwn = list.filter((c) => KANA_WORD.test(ownNameCaption(c) ?? ''));
    const plainOwn = list.filter((c) => {
      const own = ownNameCaption(c);
      return !!own && !KANA_WORD.test(own) && KANJI_NAME_WORD.test(own);
    });
    if (!kanaOwn.length || !plainOwn.length) continue;
    for (const c of plainOwn) {
      c.interp.reading.kana = false;
      fire(c, 'name.own-script');
    }
  }
}

const KANA_SAMPLE = /^(?:例\s*[)）:：]?\s*)?[\u3041-\u3096\u30a1-\u30fcー・\s]+$/;

function kanaSample(c: Candidate): boolean {
  const placeholder = c.context.texts.find((t) => t.kind === 'placeholder')?.text.trim();
  return !!placeholder && KANA_SAMPLE.test(placeholder);
}

const READING_MARK = String.raw`\s*(?:${BRACKETED_READING}|${READING_WORD})?`;
/** 姓名, 姓名（フリガナ）: the whole name's word, which names the family name where 名前 follows it. */
const FAMILY_BY_PAIR = new RegExp(`^姓名${READING_MARK}$`);
/** 名前, お名前 *, 名前(カナ), 名前カナ: a word for the whole name, which right after 名字 names the given name. */
const BARE_NAME_WORD = new RegExp(`^お?名前${READING_MARK}$`);

/**
 * 名字 [例）山田] 名前 [例）太郎] 名字 [例）やまだ] 名前 [例）たろう]: 名前 right after 名字 is the given name, and
 * boxes repeating the parts the form already asked, with samples written in kana, ask the kana.
 */
export function resolveRepeatedNameParts(candidates: Candidate[]): void {
  const seen = new Map<unknown, Set<string>>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!active(c) || c.interp.type !== 'name') continue;
    const r = c.interp.reading;
    const prev = candidates[i - 1];
    // 姓名 [ ] then 名前 [ ]: where 名前 follows it, 姓名 names the family name.
    const prevFamily = !!prev && (prev.interp.reading.namePart === 'family' || (prev.interp.reading.namePart === 'full' && FAMILY_BY_PAIR.test(stripDecorations(rowNameCaption(prev) ?? ''))));
    const afterFamily = r.namePart === 'full' && BARE_NAME_WORD.test(stripDecorations(rowNameCaption(c) ?? '')) && !!prev && active(prev) && prev.form === c.form && prev.scope === c.scope && prev.interp.type === 'name' && prevFamily;
    const asked = seen.get(c.form) ?? new Set<string>();
    seen.set(c.form, asked);
    const part = afterFamily ? 'given' : (r.namePart ?? 'full');
    if (!r.kana && !r.romaji && asked.has(part) && kanaSample(c)) {
      r.kana = true;
      fire(c, 'name.kana-sample');
    }
    if (afterFamily && !!prev.interp.reading.kana === !!r.kana && !!prev.interp.reading.romaji === !!r.romaji) {
      r.namePart = 'given';
      fire(c, 'split.name');
      if (prev.interp.reading.namePart === 'full') {
        prev.interp.reading.namePart = 'family';
        fire(prev, 'split.name');
      }
    }
    if (!r.kana && !r.romaji) asked.add(r.namePart ?? 'full');
  }
}

/** Digits a box is shaped for: its maxlength, else the length of a digits-only placeholder (000, 1234). */
function digitShape(c: Candidate): number | null {
  if (c.control.kind !== 'text') return null;
  const placeholder = withoutExamplePrefix(c.control.element.getAttribute('placeholder') ?? '').trim();
  if (/^\d{3,4}$/.test(placeholder)) return placeholder.length;
  // [_ _ _]-[_ _ _ _]: one blank mark per digit.
  const blanks = placeholder.replace(/\s+/g, '');
  if (/^(?:[_＿]{3,4}|[○〇]{3,4}|[x×]{3,4})$/i.test(blanks)) return blanks.length;
  return maxLength(c);
}

function addressOrNothing(c: Candidate): boolean {
  if (c.excluded || c.interp.reading.addressSpecial) return false;
  return c.interp.type === undefined || (c.interp.type === 'address' && (!(c.interp.reading.addressParts ?? 0) || !!c.interp.reading.partsFromExample));
}

const ADDRESS_HINT = /住所|所在地|〒|郵便|postal|zip|addr|post/i;

function speaksOfAddress(c: Candidate): boolean {
  const el = c.control.element;
  return c.interp.type === 'address' || ADDRESS_HINT.test(`${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''}`) || c.context.texts.some((t) => t.kind !== 'note' && ADDRESS_HINT.test(t.text));
}

/**
 * [000]-[0000] under an address caption: two boxes shaped for 3 and 4 digits, alone on their line,
 * are the two parts of the postal code (a phone's parts come in threes).
 */
export function resolvePostalPairs(candidates: Candidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    const aPostal = !a.excluded && a.interp.type === 'address' && a.interp.reading.addressParts === POSTAL && a.part === undefined;
    if (!a.context.line || a.context.line !== b.context.line || !(aPostal || addressOrNothing(a)) || !addressOrNothing(b)) continue;
    // 郵便番号 [ ]-[ ]: a postal code's box, a printed hyphen, then a box with no part of its own.
    const hyphenAfterPostal = aPostal && !b.interp.reading.addressParts && joinedByHyphen(a, b);
    if (!hyphenAfterPostal && (digitShape(a) !== 3 || digitShape(b) !== 4)) continue;
    // 〒[000]-[0000] [例）東京都中央区…]: the address box may run on in the same line, wide and
    // shaped for words, after the pair.
    const onLine = candidates.filter((c) => c.context.line === a.context.line);
    const rest = onLine.slice(2);
    if (onLine[0] !== a || onLine[1] !== b || !rest.every((c) => c.interp.type === 'address' && !((c.interp.reading.addressParts ?? 0) & POSTAL) && (maxLength(c) ?? 99) > 8)) continue;
    if (!speaksOfAddress(a)) continue;
    for (const [c, part] of [[a, 1], [b, 2]] as const) {
      c.interp.type = 'address';
      c.interp.reading.type = 'address';
      c.interp.reading.addressParts = POSTAL;
      c.interp.reading.partsFromExample = false;
      c.part = part;
      c.confidence = Math.max(c.confidence, 0.7);
      fire(c, 'split.postal-shape');
    }
  }
}

type RunKind = 'postal' | 'phone' | 'date' | 'email';

function runKind(c: Candidate): RunKind | null {
  if (!active(c)) return null;
  const r = c.interp.reading;
  if (c.interp.type === 'address' && r.addressParts === POSTAL) return 'postal';
  if (c.interp.type === 'phone') return 'phone';
  if (c.interp.type === 'email') return 'email';
  if (c.interp.type === 'date' || (!c.interp.type && r.datePart)) return 'date';
  return null;
}

function continues(prev: Candidate, next: Candidate, kind: RunKind): boolean {
  if (prev.form !== next.form || prev.scope !== next.scope || prev.householdIndex !== next.householdIndex) return false;
  if (next.index !== prev.index + 1) return false;
  // Three boxes all named hphone1: one name repeated numbers nothing, so it orders nothing.
  const sameName = !!prev.control.element.getAttribute('name') && prev.control.element.getAttribute('name') === next.control.element.getAttribute('name');
  const ps = sameName ? undefined : prev.interp.reading.seq;
  const ns = sameName ? undefined : next.interp.reading.seq;
  // [userPhone5]-[userPhone4]-[userPhone42]: a printed hyphen joins the pieces, whatever numbers the names carry.
  const hyphenated = (kind === 'phone' || kind === 'postal') && joinedByHyphen(prev, next);
  if (ps && ns && ns <= ps && !hyphenated) return false;
  if (kind === 'date') {
    // <input type="month"> holds a year and a month whole, as a date input holds a whole date.
    if (/^(?:date|month)$/.test(prev.control.type) || /^(?:date|month)$/.test(next.control.type)) return false;
    const pk = prev.interp.reading.dateKind;
    const nk = next.interp.reading.dateKind;
    if (pk && nk && pk !== nk) return false;
    const pp = prev.interp.reading.datePart;
    const np = next.interp.reading.datePart;
    if (pp && np && pp === np) return false;
    // [2026▾]年 [1▾]月 [1▾]日, each select in a box of its own: the parts follow in order side by side.
    const a = prev.control.element;
    const b = next.control.element;
    // [ ]年 [ ]月 [ ]日 as items of a list under one row header: the same.
    const sameList = !!a.closest('li') && a.closest('li')!.parentElement === b.closest('li')?.parentElement;
    const sameRow = a.parentElement?.parentElement === b.parentElement?.parentElement || sameList || (!!prev.context.header && prev.context.header === next.context.header) || onlyPartsWithin(a, b);
    if (pp && np && DATE_ORDER.indexOf(np) === DATE_ORDER.indexOf(pp) + 1 && sameRow) return true;
  }
  if (kind === 'postal' && maxLength(prev) === 3 && maxLength(next) === 4) return true;
  if (kind === 'phone' && (holdsWholePhone(prev) || holdsWholePhone(next))) {
    fire(holdsWholePhone(prev) ? prev : next, 'split.whole-phone');
    return false;
  }
  // 電話番号（市外局番または先頭） / 電話番号（中央） / 電話番号（末尾）: captions that name the pieces of one number.
  if (kind === 'phone' && namesPhonePiece(prev) && namesPhonePiece(next)) return true;
  if (kind === 'phone' && ownCaption(prev) && ownCaption(next) && ownCaption(prev) !== ownCaption(next)) {
    fire(prev, 'split.separate-phones');
    fire(next, 'split.separate-phones');
    return false;
  }
  // 電話番号（携帯） and 電話番号（自宅）, each box in a row of its own: two numbers, not two parts.
  if (kind === 'phone' && rowCaption(prev) && rowCaption(next) && rowCaption(prev) !== rowCaption(next) && prev.context.header !== next.context.header) {
    fire(prev, 'split.separate-phones');
    fire(next, 'split.separate-phones');
    return false;
  }
  // 電話番号1 [ ] / 電話番号2 [ ] / 電話番号3 [ ], each on a line of its own under its own caption: whole numbers.
  if (kind === 'phone' && numberedPhoneLines(prev, next)) {
    fire(prev, 'split.separate-phones');
    fire(next, 'split.separate-phones');
    return false;
  }
  // [ ]-[ ]-[ ], each box in a wrapper of its own: the printed hyphen joins them; so does one row
  // caption over boxes with no words of their own (<dt>携帯電話番号</dt><dd><li>[ ]<li>[ ]<li>[ ]).
  if (hyphenated || prev.context.group === next.context.group || aloneTogether(prev, next) || (kind === 'phone' && underOneCaption(prev, next))) return true;
  // f12 then f13 under a caption of its own (連絡先②): the count of the names runs on across two numbers.
  const captionedAtBox = next.context.texts.some((t) => t.kind === 'label' || t.kind === 'before');
  return !!(ps && ns && ns === ps + 1) || (numberedOnFrom(prev, next) && !captionedAtBox);
}

function underOneCaption(prev: Candidate, next: Candidate): boolean {
  const wordless = (c: Candidate) => !ownCaption(c) && c.context.texts.every((t) => t.kind !== 'placeholder' || /^[\d\s-]*$/.test(withoutExamplePrefix(t.text)));
  return !!prev.context.header && prev.context.header === next.context.header && wordless(prev) && wordless(next);
}

function numberedPhoneLines(prev: Candidate, next: Candidate): boolean {
  // 電話番号1（日中連絡が取れる番号）: a note in brackets after the number leaves it the caption's last word.
  const caption = (c: Candidate) =>
    (c.context.texts.find((t) => t.kind === 'label' || t.kind === 'before' || t.kind === 'header' || t.kind === 'placeholder')?.text.trim() ?? '').replace(/\s*[(（][^()（）]*[)）]$/, '');
  const a = caption(prev);
  const b = caption(next);
  const shaped = (c: Candidate) => (digitShape(c) ?? 99) >= 10;
  // 電話番号 1 [whole] then 電話番号 2 [ ]-[ ]-[ ]: one of them shaped for a whole number is enough.
  // 電話番号2 then 電話番号3: each number after the first counts on the same way.
  const numbered = (t: string) => /(?:電話|tel)\S*?\s*(\d)$/i.exec(t);
  const [na, nb] = [numbered(a), numbered(b)];
  return !!prev.context.line && prev.context.line !== next.context.line && a !== b && !!na && !!nb && Number(nb[1]) === Number(na[1]) + 1 && (shaped(prev) || shaped(next));
}

/** [tel[0]] [tel[1]] [tel[2]], fax0 fax1: names counted from 0 number the parts in order all the same. */
function numberedOnFrom(prev: Candidate, next: Candidate): boolean {
  const numbered = (c: Candidate) => /^(.*?)(\d+)\]?$/.exec(c.control.element.getAttribute('name') || c.control.element.getAttribute('id') || '');
  const a = numbered(prev);
  const b = numbered(next);
  return !!a && !!b && a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1;
}

/**
 * [生年▾] [月▾] [日▾], each inside its own stack of wrappers (Vuetify, MUI): the smallest block holding
 * both holds no more boxes than the four parts of one date, and is not the whole form.
 */
function onlyPartsWithin(a: Element, b: Element): boolean {
  const block = smallestBlock(a, b);
  return !!block && block.querySelectorAll(SHOWN_CONTROLS).length <= 4;
}


/** A box whose maxlength (or size) holds a whole phone number is not one part of it. */
function holdsWholePhone(c: Candidate): boolean {
  const max = maxLength(c);
  return max !== null && max >= 10;
}

/** The caption of the row a box stands in (its row header), if any. */
function rowCaption(c: Candidate): string | null {
  return c.context.texts.find((t) => t.kind === 'header')?.text ?? null;
}

/** The caption written at the box itself (its label or the words right before it), if any. */
function ownCaption(c: Candidate): string | null {
  const aria = c.control.element.getAttribute('aria-label');
  const text = c.context.texts.find((t) => (t.kind === 'label' || t.kind === 'before') && t.text !== aria)?.text ?? null;
  // 市外局番, 電話番号2: the caption of a part, not of a number.
  return text && !/\d\s*$|局番|加入者|[-ー]$/.test(text) ? text : null;
}

/** Consecutive inputs of one kind that belong together, in reading order. */
function runsOf(candidates: Candidate[]): Array<{ kind: RunKind; members: Candidate[] }> {
  const runs: Array<{ kind: RunKind; members: Candidate[] }> = [];
  let current: { kind: RunKind; members: Candidate[] } | null = null;
  for (const c of candidates) {
    const kind = runKind(c);
    if (!kind) {
      current = null;
      continue;
    }
    const prev = current?.members[current.members.length - 1];
    if (current && prev && current.kind === kind && continues(prev, c, kind)) current.members.push(c);
    else {
      current = { kind, members: [c] };
      runs.push(current);
    }
  }
  return runs;
}

const CAPTIONED = /^(?:autocomplete|label|before|placeholder|header|column|choices):/;

/** Boxes of one split value share the caption of the box that has one. */
function shareCaption(members: Candidate[]): void {
  const captioned = members.find((c) => c.evidence.some((e) => CAPTIONED.test(e)));
  if (!captioned) return;
  const caption = captioned.evidence.find((e) => CAPTIONED.test(e))!.replace(/^[a-z]+:/, '');
  for (const c of members) if (c !== captioned && !c.evidence.some((e) => CAPTIONED.test(e))) c.evidence.push(`run:${caption}`);
}

const PHONE_PIECE = /市外局番|市内局番|加入者番号|局番|先頭|中央|末尾|下[4４]桁/;

function namesPhonePiece(c: Candidate): boolean {
  return c.context.texts.some((t) => (t.kind === 'label' || t.kind === 'placeholder') && PHONE_PIECE.test(t.text));
}

const DATE_ORDER: DatePart[] = ['era', 'year', 'month', 'day'];

/** A select whose choices a script fills later: nothing to read but its place. */
function emptySelect(c: Candidate): boolean {
  return c.control.kind === 'select' && (c.control.element as HTMLSelectElement).options.length <= 1;
}

/**
 * 生年月日 [ ▾][ ▾][ ▾] with no choices yet (a script fills them): selects side by side under a date's
 * caption are its year, month and day, in reading order.
 */
export function resolveEmptyDateSelects(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!active(c) || c.interp.type !== 'date' || c.interp.reading.datePart || !emptySelect(c)) continue;
    const rest: Candidate[] = [];
    for (let j = i + 1; j < candidates.length && rest.length < 2; j++) {
      const n = candidates[j];
      const prev = rest[rest.length - 1] ?? c;
      if (!active(n) || n.interp.type !== undefined || !emptySelect(n) || !together(prev, n)) break;
      rest.push(n);
    }
    if (!rest.length) continue;
    [c, ...rest].forEach((m, k) => {
      m.interp.reading.datePart = (['year', 'month', 'day'] as const)[k];
    });
    i += rest.length;
  }
}

export function resolveSplitRuns(candidates: Candidate[]): void {
  for (const { kind, members } of runsOf(candidates)) {
    if (kind === 'postal' || kind === 'phone') {
      const max = kind === 'postal' ? 2 : 3;
      if (members.length < 2 || members.length > max) continue;
      shareCaption(members);
      // 自宅電話番号 [ ]-[ ]-[ ]: the kind the first piece's caption names is the whole number's.
      const alt = members.find((m) => m.interp.reading.alt !== undefined)?.interp.reading.alt;
      if (kind === 'phone' && alt !== undefined) for (const m of members) m.interp.reading.alt ??= alt;
      members.forEach((c, i) => {
        c.part = (i + 1) as FieldPart;
        fire(c, kind === 'postal' ? 'split.postal' : 'split.phone');
      });
    } else if (kind === 'email') {
      if (members.length === 2 && !members[0].interp.reading.confirm) {
        members[1].interp.reading.confirm = true;
        fire(members[1], 'email.twice');
      } else if (members.length === 2 && members[1].interp.reading.confirm) {
        // [ ]（確認のため再入力してください）[ ]: the words between speak of the second box; one of the two is the address itself.
        members[0].interp.reading.confirm = false;
        fire(members[0], 'email.twice');
      }
    } else {
      resolveDateRun(members);
    }
  }
}

/** Whether the only text between two boxes is a hyphen or a dash: the pieces of one number. */
function joinedByHyphen(a: Candidate, b: Candidate): boolean {
  return /^\s*[-－ー‐−―—–]\s*$/.test(textBetween(a.control.element, b.control.element));
}

/** Whether the only text between two boxes is an @: one address typed in two pieces. */
function splitAtSign(a: Candidate, b: Candidate): boolean {
  return /^\s*[@＠]\s*$/.test(textBetween(a.control.element, b.control.element));
}

const SHOW_TEXT = 4;
const FOLLOWING = 4;
const PRECEDING = 2;

/**
 * The text that lies between two elements in page order (a few characters are enough here), without
 * the zero-width spaces an outlined box's border legend holds.
 */
function textBetween(a: Element, b: Element): string {
  let root: Node | null = a.parentNode;
  while (root && !root.contains(b)) root = root.parentNode;
  if (!root) return '';
  const walker = a.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n && text.length <= 8; n = walker.nextNode()) {
    if (a.compareDocumentPosition(n) & FOLLOWING && b.compareDocumentPosition(n) & PRECEDING) text += (n.nodeValue ?? '').replace(/[\u200b-\u200d\ufeff]/g, '');
  }
  return text;
}

/** [user] @ [example.com]: the profile keeps the address whole and has no parts for it. */
export function resolveSplitEmails(candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1];
    const b = candidates[i];
    // [ ] @ [ ] under メールアドレス: the box after the @ is the domain, whatever its own words say (@以降を入力).
    if (!active(a) || !active(b) || a.interp.type !== 'email' || (b.interp.type !== 'email' && b.interp.type !== undefined) || b.control.kind !== 'text' || a.form !== b.form) continue;
    if (!splitAtSign(a, b)) continue;
    for (const c of [a, b]) {
      c.interp.type = 'none';
      c.interp.reading.type = 'none';
      fire(c, 'email.split-at');
    }
  }
}

function resolveDateRun(members: Candidate[]): void {
  const typed = members.find((c) => c.interp.type === 'date');
  // 引越しの予定日 over 予定月日 [月▾][日▾]: selects read as a date only by their choices take the kind
  // the heading over them names.
  const dateKind = members.map((c) => c.interp.reading.dateKind).find(Boolean) ??
    (typed ? undefined : members[0].context.sections.slice(0, 2).map((s) => readDateKind(s.text)).find(Boolean));
  if (members.length === 1) {
    const c = members[0];
    // 生まれ年 [    ] (autocomplete="bday-year"): a lone box that asks only the year takes that part.
    const yearOnly = c.interp.reading.datePart === 'year' && c.evidence.some((e) => /^autocomplete:bday-year$|^(?:label|before|header|placeholder):.*(?:生まれ年|生年(?!月日))/.test(e));
    // 生年月日(年) [    ], then 生年月日(月) on the next row: a bracket after the date names the part its box takes.
    const partInBrackets = c.evidence.some((e) => /^(?:label|before|header|placeholder):.*[(（]\s*(?:年|月|日|元号)\s*[)）]/.test(e));
    if (c.interp.reading.datePart && (c.control.kind === 'select' || yearOnly || partInBrackets)) c.part = c.interp.reading.datePart;
    if (!typed) c.interp.type = undefined;
    return;
  }
  const taken = new Set(members.map((c) => c.interp.reading.datePart).filter(Boolean));
  const free = DATE_ORDER.filter((p) => !taken.has(p));
  // Unlabelled selects fill the remaining parts in reading order: 元号, 年, 月, 日.
  const missing = members.filter((c) => !c.interp.reading.datePart);
  const order = missing.length <= 3 && !taken.has('era') ? free.filter((p) => p !== 'era' || missing.length + taken.size === 4) : free;
  missing.forEach((c, i) => {
    if (order[i]) c.interp.reading.datePart = order[i];
  });
  shareCaption(members);
  for (const c of members) {
    c.interp.type = 'date';
    if (dateKind) c.interp.reading.dateKind = dateKind;
    c.part = c.interp.reading.datePart;
    fire(c, 'split.date');
    if (!typed) c.confidence = Math.min(c.confidence || 0.5, 0.6);
  }
}
