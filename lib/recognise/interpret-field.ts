// Turns the texts around one control into a single reading: the closest evidence that names a kind
// of value decides the kind; every evidence that agrees (or names none) adds its details.

import type { Control } from './collect-controls';
import type { FieldContext, SourceKind } from './field-context';
import { choicesContradict, readChoices } from './read-options';
import { readAutocomplete, readIdentifier } from './read-identifier';
import { isSampleAddress, readSampleValue } from './read-example';
import { captionBeforeExample, isExampleOnly, partRange, readDateKind, readText } from './read-text';
import { stripDecorations } from './normalise-text';
import { BUILDING, CITY, highestBit, lowestBit, POSTAL, PREF, TOWN, type FieldType, type Reading, type Side } from './reading';
import type { RuleId } from './rules';
import { excludesApplicant, namesEmergencyContact, namesOnlyRepresentative, OUR_STAFF, readOrdinal, readOtherParty, readPerson, readSide, type Person } from './section-cues';

const WEIGHT: Record<SourceKind, number> = {
  autocomplete: 0.95,
  label: 0.95,
  before: 0.9,
  placeholder: 0.85,
  sample: 0.6,
  choices: 0.9,
  after: 0.7,
  header: 0.85,
  column: 0.8,
  note: 0.5,
  identifier: 0.75,
  type: 0.5,
};
// Words after an input (links such as 郵便番号検索, hints) are read after its name and id.
const ORDER: SourceKind[] = ['autocomplete', 'label', 'before', 'placeholder', 'choices', 'header', 'column', 'sample', 'identifier', 'after', 'note', 'type'];

export interface Evidence {
  kind: SourceKind;
  text: string;
  reading: Reading;
}

export interface Interpretation {
  type?: FieldType;
  reading: Reading;
  confidence: number;
  evidence: string[];
  caption: string;
  side?: Side;
  /** True when the side came from the field's own caption or name rather than its section. */
  sideFromField: boolean;
  person?: Person;
  personAnchor?: object;
  otherParty: boolean;
  /** Someone else only because a 代表者 is asked for (a group's representative may be the user). */
  representative?: boolean;
  rules: RuleId[];
}

/** The kinds of words a person reads as the field's own caption. */
export const VISIBLE_CAPTION: ReadonlySet<string> = new Set<SourceKind>(['label', 'before', 'header', 'column', 'placeholder']);

const RULE_OF_KIND: Partial<Record<SourceKind, RuleId>> = { autocomplete: 'autocomplete', identifier: 'identifier.name', type: 'input.type', choices: 'options.kind' };

function typeReading(control: Control): Reading | null {
  switch (control.type) {
    case 'email':
      return { type: 'email', strength: 0.8 };
    case 'tel':
      return { type: 'phone', strength: 0.45 };
    case 'date':
      return { type: 'date', strength: 0.6 };
    case 'search':
      return { type: 'none', negative: 'search', strength: 0.8 };
    case 'url':
      return { type: 'none', negative: 'url', strength: 0.8 };
    default:
      return null;
  }
}

const KATAKANA_RANGE = /ァ-[ヶンー]|\\u30a[01]-\\u30(?:f[0-9a-f]|ff)|ｦ-ﾟ|\\uff66/i;
const HIRAGANA_RANGE = /ぁ-[ゖんゞ]|\\u30(?:4[01])-\\u30(?:9[0-9a-f])/i;
const KANJI_RANGE = /\\u4e00|一-|々/i;

/**
 * pattern="[\u30A1-\u30F6]*", pattern="\d{3}-?\d{4}": the characters a box accepts say what it is
 * written in (katakana or hiragana: a reading) or what it takes (a postal code, an e-mail address).
 */
function patternReading(el: Element): Reading | null {
  const p = el.getAttribute('pattern') ?? '';
  if (!p) return null;
  if ((KATAKANA_RANGE.test(p) || HIRAGANA_RANGE.test(p)) && !KANJI_RANGE.test(p)) return { kana: true, strength: 0.5 };
  if (/@/.test(p) && /\[/.test(p)) return { type: 'email', strength: 0.5 };
  const digit = String.raw`(?:\\d|\[0-9\])`;
  if (new RegExp(String.raw`^\^?${digit}\{3\}-\??${digit}\{4\}\$?$`).test(p)) return { type: 'address', addressParts: POSTAL, strength: 0.5 };
  return null;
}

/**
 * class="wpcf7-email", "validate[required,custom[phone]]", "mwform-zip-field": the class a form
 * plugin or a validation library gives a box names the kind of value it checks.
 */
function pluginClassReading(el: Element): Reading | null {
  const c = el.getAttribute('class') ?? '';
  if (!c) return null;
  if (/custom\[(?:zenkaku_)?(?:katakana|kana|hiragana)\]|custom\[zenkaku_kana\]/.test(c)) return { kana: true, strength: 0.5 };
  if (/\bwpcf7-email\b|custom\[email\]|\bmwform-email-field\b/.test(c)) return { type: 'email', strength: 0.5 };
  if (/\bwpcf7-tel\b|custom\[phone\]|\bmwform-tel-field\b/.test(c)) return { type: 'phone', strength: 0.5 };
  if (/custom\[zip\]|\bmwform-zip-field\b/.test(c)) return { type: 'address', addressParts: POSTAL, strength: 0.5 };
  return null;
}

/** Classes a framework or a form plugin puts on every box: they name no field. */
const FRAMEWORK_CLASS = /^(?:form|input|text|field|control|wpcf7|mwform|validate|is-|has-|col-|w-|p-|m-|mt-|mb-|px-|py-|border|rounded|block|flex|required|custom)/i;

function ownClassReading(el: Element): Reading | null {
  for (const cls of (el.getAttribute('class') ?? '').split(/\s+/)) {
    if (!cls || FRAMEWORK_CLASS.test(cls) || cls.length < 3) continue;
    const reading = readIdentifier([cls], '');
    if (reading?.type && reading.type !== 'none') return { ...reading, strength: Math.min(reading.strength ?? 0.7, 0.5) };
  }
  return null;
}

const PHONE_NUMBER_WORD = /電話|tel|phone|番号|ﾃﾞﾝﾜ/;
const POSTAL_AND_ADDRESS = /(?:郵便番号|〒)\s*[・/／、]?\s*(?:ご)?(?:住所|所在地)/;
const FORMER_BLOCK = /変更前/;
const ADDRESS_UP_TO_PART = /住所\s*[,、・/／]\s*(?:番地|丁目|町名|町域)/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const INSTRUCTION = /入力|記入|ください|下さい|全角|半角|で$/;
const EMAIL_WORD = /メールアドレス|e-?mail|メール/;
const DESKTOP_WORD = /^(?:pc|パソコン|pc用|パソコン用)$/;

function gatherEvidence(ctx: FieldContext): Evidence[] {
  const el = ctx.control.element;
  const out: Evidence[] = [];
  let auto = readAutocomplete(el.getAttribute('autocomplete'));
  // <input type="email" autocomplete="username">: the login is the e-mail address.
  if (auto?.negative === 'account' && ctx.control.type === 'email') auto = { type: 'email', strength: 0.95 };
  if (auto) out.push({ kind: 'autocomplete', text: el.getAttribute('autocomplete')!, reading: auto });
  for (const { kind, text } of ctx.texts) {
    // name@domain.co.jp: a sample e-mail, whatever words its local part spells.
    if (kind === 'placeholder' && /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text.trim())) {
      out.push({ kind: 'sample', text, reading: { type: 'email', strength: 0.5, rule: 'caption.example' } });
      continue;
    }
    if (kind === 'placeholder' && isSampleAddress(text) && !captionBeforeExample(text)) {
      const sample = readSampleValue(text);
      if (sample) {
        out.push({ kind: 'sample', text, reading: sample });
        continue;
      }
    }
    // （今のお住まいの状況などありましたら、お教えください）: a sentence asking for free text names no value.
    if (kind === 'placeholder' && text.length > 20 && /[、。]/.test(text) && /ください|下さい/.test(text)) continue;
    // 性 [山田] beside 名 [太郎]: 性 alone over a text box is 姓 mistyped (a list or radios of 男/女 ask the sex).
    const reading = readText(ctx.control.kind === 'text' && stripDecorations(text) === '性' ? '姓' : text);
    // マンション名など: a placeholder naming what the box may hold, by example, after the captions.
    const byExample = kind === 'placeholder' && (isExampleOnly(text) || (!!reading?.addressParts && /(?:など|等)$/.test(text.trim())));
    if (reading) out.push({ kind: byExample ? 'sample' : kind, text, reading });
  }
  // A sample value as placeholder speaks only for a field that no caption of its own describes.
  if (!out.some((e) => e.reading.type)) {
    const placeholder = ctx.texts.find((t) => t.kind === 'placeholder');
    // ご希望のヘアスタイル [スタイル]: a placeholder repeating a word of the box's own caption names the
    // value, as the caption does; it shows no sample of it.
    const inCaption = !!placeholder && ctx.texts.some((t) => t !== placeholder && t.kind !== 'placeholder' && t.text.includes(placeholder.text.trim()));
    const sample = placeholder && !inCaption ? readSampleValue(placeholder.text) : null;
    if (placeholder && sample) out.push({ kind: 'sample', text: placeholder.text, reading: { ...sample, strength: 0.5 } });
  }
  if (ctx.choiceTexts.length) {
    const reading = readChoices(ctx.choiceTexts);
    if (reading) out.push({ kind: 'choices', text: ctx.choiceTexts.slice(0, 3).join('/'), reading });
  }
  // name="電話番号": a name written in Japanese is a caption the page keeps out of sight.
  const nameAttr = el.getAttribute('name') ?? '';
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(nameAttr)) {
    const reading = readText(nameAttr.replace(/[[\]]/g, ' '));
    if (reading) out.push({ kind: 'identifier', text: nameAttr, reading });
  }
  // aria-label="sei": a label in a developer's romanised words is read as a name is, not as a caption.
  const aria = el.getAttribute('aria-label') ?? '';
  const ident = readIdentifier([ctx.repeatedName ? '' : nameAttr, ctx.sharedId ? '' : el.getAttribute('id') ?? '', /^[A-Za-z][\w-]*$/.test(aria) ? aria : ''], el.getAttribute('class') ?? '');
  if (ident) out.push({ kind: 'identifier', text: el.getAttribute('name') || el.getAttribute('id') || '', reading: ident });
  // name="q_7" class="fc_form_zip1": where the name and id say nothing, a class of the box's own may.
  const byOwnClass = ident ? null : ownClassReading(el);
  if (byOwnClass) out.push({ kind: 'identifier', text: `class:${el.getAttribute('class')}`, reading: byOwnClass });
  const byType = typeReading(ctx.control);
  if (byType) out.push({ kind: 'type', text: ctx.control.type, reading: byType });
  const byPattern = patternReading(el);
  if (byPattern) out.push({ kind: 'type', text: `pattern:${el.getAttribute('pattern')}`, reading: byPattern });
  const byClass = pluginClassReading(el);
  if (byClass) out.push({ kind: 'type', text: 'class', reading: byClass });
  const others = out.filter((e) => e.kind !== 'autocomplete');
  const captioned = others.some((e) => e.reading.type) || ctx.texts.some((t) => t.kind === 'label' || t.kind === 'before');
  const kept = ctx.repeatedAutocomplete && captioned ? others : out;
  return kept.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

const ALLOWED_FOR_CHOICE: Partial<Record<FieldType, true>> = { gender: true, relationship: true, none: true };

/** Input types that take only a date: words naming anything else (first-lesson-date's "first") do not outweigh them. */
const DATE_ONLY_TYPES = new Set(['date', 'month', 'week', 'datetime-local']);

/** A caption naming a count (受験申込者数, 参加人数). */
const COUNT_WORD = /(?:人|者|名|員)数|人数/;

/** 子ども [  ]名 in a box of two digits, 申込者数 医科：[    ]名, a sample 20名: 名 counts people, it names no given name. */
function countsPeople(e: Evidence, ctx: FieldContext): boolean {
  if (e.reading.type !== 'name') return false;
  // ご乗車人数 [20名]: a sample number of people.
  if (/^\d+\s*名(?:様)?$/.test(e.text.trim())) return true;
  if (e.kind !== 'after' || !/^名$/.test(e.text.trim())) return false;
  const el = ctx.control.element;
  const max = Number(el.getAttribute('maxlength') ?? el.getAttribute('size') ?? '');
  if (ctx.control.type === 'number' || (max > 0 && max <= 3)) return true;
  return max > 0 && max <= 6 && ctx.texts.some((t) => t.kind !== 'after' && t.kind !== 'note' && COUNT_WORD.test(t.text));
}

export function interpretField(ctx: FieldContext): Interpretation {
  let evidences = gatherEvidence(ctx);
  if (DATE_ONLY_TYPES.has(ctx.control.type)) evidences = evidences.filter((e) => !e.reading.type || e.reading.type === 'date' || e.reading.type === 'none');
  evidences = evidences.filter((e) => !countsPeople(e, ctx));
  // <input type="email" placeholder="pc・携帯どちらでも可">: a box that takes only an e-mail address asks for no phone.
  if (ctx.control.type === 'email') evidences = evidences.filter((e) => !e.reading.type || e.reading.type === 'email' || e.reading.type === 'none');
  const kind = ctx.control.kind;
  // [1▾]月 with ※16歳未満の方は保護者の同意… below: choices of a date's part outweigh a remark under the box.
  const partChoices = evidences.some((e) => e.kind === 'choices' && e.reading.datePart);
  const first = evidences.find((e) => e.reading.type && (e.reading.strength ?? 0.7) >= 0.5 && !(partChoices && e.kind === 'note' && e.reading.type === 'none'));
  const decider = loginByEmail(evidences, first) ?? ownKindOfTwo(evidences, first) ?? organisationBySample(evidences, first) ?? first;
  let type = decider?.reading.type;
  if ((kind === 'radio' || kind === 'checkbox') && type && !ALLOWED_FOR_CHOICE[type]) type = undefined;
  if (kind === 'checkbox') type = 'none';

  const reading: Reading = { type };
  const evidence: string[] = [];
  const rules: RuleId[] = [];
  let confidence = 0;
  let partsFrom: SourceKind | undefined;
  let partsFromText: string | undefined;
  let dateKindFrom: SourceKind | undefined;
  const notesText = evidences.filter((e) => e.kind === 'note').map((e) => e.text).join(' ');
  // autocomplete="name" on id="family-name": the browser's word for the whole name outranks a developer's identifier.
  const wholeByAutocomplete = evidences.some((v) => v.kind === 'autocomplete' && v.reading.type === 'name' && v.reading.namePart === 'full');
  for (const e of evidences) {
    const r = e.reading;
    const agrees = !r.type || r.type === type;
    if (e === decider && type) confidence = (r.strength ?? 0.7) * WEIGHT[e.kind];
    else if (r.type && agrees) confidence += (1 - confidence) * 0.35 * WEIGHT[e.kind] * (r.strength ?? 0.7);
    else if (r.type && !agrees && (r.strength ?? 0.7) >= 0.5) confidence *= 0.85;
    if (!agrees) continue;
    evidence.push(`${e.kind}:${e.text.slice(0, 24)}`);
    const rule = r.rule ?? RULE_OF_KIND[e.kind];
    if (rule && (r.type || r.datePart || r.namePart || r.addressParts !== undefined) && !rules.includes(rule)) rules.push(rule);
    if (r.negative && !reading.negative) reading.negative = r.negative;
    // 住所 as the box's own label, `city` as its name: the caption asks for the address, not one part.
    // So does a placeholder naming the box (以降の住所), unlike one asking to write (ご住所をご記入ください).
    const ownGeneric = reading.addressParts === 0 && (partsFrom === 'label' || partsFrom === 'before' || (partsFrom === 'placeholder' && !/ください|下さい/.test(partsFromText ?? '')));
    if (r.addressParts && !reading.addressParts && !(e.kind === 'identifier' && ownGeneric && r.addressParts !== POSTAL)) {
      reading.addressParts = r.addressParts;
      partsFrom = e.kind;
      partsFromText = e.text;
    } else if (r.addressParts !== undefined && reading.addressParts === undefined) {
      reading.addressParts = r.addressParts;
      partsFrom = e.kind;
      partsFromText = e.text;
    }
    // A row header 市区町村 with 例：江東区新砂 as placeholder: the example shows the box takes the
    // town as well (a label at the box itself keeps its own parts). A building's example
    // (電気ハイム 101号室) carries a room number, not a block.
    // 郵便番号・住所 over a 〒 box and a box showing 桜県〇〇市: a header naming the postal code and the
    // address both says nothing of which box is which; the sample does.
    else if (e.kind === 'sample' && (partsFrom === 'header' || partsFrom === 'column') && reading.addressParts === POSTAL && r.addressParts && !(r.addressParts & POSTAL) && POSTAL_AND_ADDRESS.test(partsFromText ?? '')) {
      reading.addressParts = r.addressParts;
      partsFrom = e.kind;
      partsFromText = e.text;
    }
    else if (e.kind === 'sample' && (partsFrom === 'header' || partsFrom === 'column') && r.addressParts && reading.addressParts && !(reading.addressParts & POSTAL) && !(r.addressParts & POSTAL) && reading.addressParts !== BUILDING) {
      reading.captionParts ??= reading.addressParts;
      reading.addressParts |= r.addressParts;
    }
    // 住所,番地 [例)千代田区大手町99-99] after the prefecture: 住所 set beside a part names the address up to
    // that part, and the sample shows where it starts.
    else if (e.kind === 'sample' && (partsFrom === 'label' || partsFrom === 'header' || partsFrom === 'before') && ADDRESS_UP_TO_PART.test(partsFromText ?? '') && r.addressParts && reading.addressParts && !(r.addressParts & POSTAL) && (r.addressParts & reading.addressParts) === reading.addressParts && r.addressParts !== reading.addressParts) {
      reading.captionParts ??= reading.addressParts;
      reading.addressParts = r.addressParts;
    }
    // 市区町村 [例：渋谷区道玄坂] with autocomplete="address-level2": a city box whose sample shows the
    // town takes the town. A postal lookup's classes on a box whose sample stops where the lookup's part
    // of the address ends (栃木県宇都宮市大谷町 in p-region p-locality p-street-address p-extended-address)
    // say the box takes the rest as well.
    else if (
      ((e.kind === 'sample' && reading.addressParts === CITY && r.addressParts === (CITY | TOWN)) ||
        (r.partsFromLookupClass && partsFrom === 'sample' && r.addressParts && reading.addressParts && !(reading.addressParts & POSTAL) && !(r.addressParts & POSTAL) && (r.addressParts & reading.addressParts) === reading.addressParts && r.addressParts !== reading.addressParts))
    ) {
      reading.captionParts ??= reading.addressParts;
      reading.addressParts = r.addressParts;
    }
    if (r.partsFromLookup && reading.addressParts === r.addressParts) reading.partsFromLookup = true;
    if (r.partsFromLookupClass && reading.addressParts === r.addressParts) reading.partsFromLookupClass = true;
    // 番地・マンション名 [ ] ※部屋番号が記入されているかをご確認ください: a hint reminding the user to write
    // the room number asks for it in this box, not for it alone.
    const reminder = e.kind === 'note' && !!decider && decider !== e && (r.addressSpecial === 'room' || r.addressSpecial === 'buildingName');
    if (r.addressSpecial && !reading.addressSpecial && !reminder) reading.addressSpecial = r.addressSpecial;
    if (r.addressLine && !reading.addressLine) reading.addressLine = r.addressLine;
    if (r.rangeFromNamedPart && e.kind !== 'note' && reading.addressParts === r.addressParts) reading.rangeFromNamedPart = true;
    if (r.rangeToNamedPart && e.kind !== 'note' && reading.addressParts === r.addressParts) reading.rangeToNamedPart = true;
    if (r.restAfterPrevious && e === decider) reading.restAfterPrevious = true;
    // name1 / name2 do not split a row captioned お名前: two boxes under one caption are split apart later.
    if (r.namePart && (!reading.namePart || reading.namePart === 'full') && !(r.namePartByNumber && decider && decider.kind !== 'identifier') && !(e.kind === 'identifier' && wholeByAutocomplete)) {
      reading.namePart = r.namePart;
      reading.namePartFromName = !VISIBLE_CAPTION.has(e.kind) && !evidences.some((v) => VISIBLE_CAPTION.has(v.kind) && v.reading.namePart && v.reading.namePart !== 'full');
    }
    // 姓 [ ] 名 [ ] セイ [ ] メイ [ ] on one line: the セイ after a box is the next box's caption, not a hint
    // about this one; a bracketed （フリガナ） or an instruction is.
    const nextCaption = e.kind === 'note' && e.text.trim().length <= 6 && !INSTRUCTION.test(e.text) && !/^[(（【[].*[)）】\]]$|^例\W*[a-z]/i.test(e.text.trim());
    if (r.kana && !nextCaption) reading.kana = true;
    if (r.romaji && !nextCaption) reading.romaji = true;
    if (r.confirm && e.kind !== 'note') reading.confirm = true;
    // A hint below the field (※携帯電話のメールアドレスをお使いの場合…) does not make it the second one, nor a confirmation box.
    if (r.alt !== undefined && reading.alt === undefined && e.kind !== 'note') reading.alt = r.alt;
    if (r.dateKind && !reading.dateKind) {
      reading.dateKind = r.dateKind;
      dateKindFrom = e.kind;
    }
    if (r.datePart && !reading.datePart) reading.datePart = r.datePart;
    if (r.seq && !reading.seq) reading.seq = r.seq;
    // 他社よりお乗り換えの場合は…、お引越しの場合は転居先の…を入力: a hint for each case names the side of one case only.
    const oneCaseOfSeveral = e.kind === 'note' && /場合(?:は|には|も)/.test(e.text) && (notesText.match(/場合(?:は|には|も)/g)?.length ?? 0) >= 2;
    if (r.side && !reading.side && !oneCaseOfSeveral) reading.side = r.side;
    if (r.otherParty) reading.otherParty = true;
    if (r.former) reading.former = true;
  }
  // label "last name" with placeholder 名: the Japanese word the user reads says the part; an English
  // caption written by a Japanese developer often gets last and first the wrong way round.
  const japanesePart = type === 'name' && decider && !JAPANESE.test(decider.text) && (reading.namePart === 'family' || reading.namePart === 'given')
    ? evidences.find((e) => VISIBLE_CAPTION.has(e.kind) && JAPANESE.test(e.text) && (e.reading.namePart === 'family' || e.reading.namePart === 'given'))?.reading.namePart
    : undefined;
  if (japanesePart && reading.namePart !== japanesePart) {
    reading.namePart = japanesePart;
    rules.push('name.japanese-word');
  }
  // name="zip[1]" size="80" after the 〒 box: a box shaped for a line of text is not a postal code.
  if (reading.addressParts === POSTAL && partsFrom === 'identifier' && shapedForText(ctx.control.element)) {
    reading.addressParts = 0;
    rules.push('address.wide-box');
  }
  if (reading.addressParts && (partsFrom === 'sample' || (partsFromText !== undefined && /例/.test(partsFromText)))) reading.partsFromExample = true;
  // data-address="都道府県,市区町村,市区町村": the postal lookup writes the city and the town into the box
  // captioned 市区町村; what it writes is part of what the box takes.
  if (ctx.lookupParts && (type === 'address' || !type) && (kind === 'text' || kind === 'select')) {
    const own = reading.addressParts && reading.addressParts !== POSTAL ? reading.addressParts : 0;
    const parts = own | ctx.lookupParts;
    type = 'address';
    reading.type = 'address';
    reading.addressParts = partRange(lowestBit(parts), highestBit(parts));
    // A caption naming parts of its own (町域) says where the box ends; otherwise the user types on. An
    // example (〇〇区) shows only how the box starts.
    if (!own || reading.partsFromExample) reading.partsFromLookup = true;
    confidence = Math.max(confidence, 0.7);
    rules.push('address.lookup-target');
  }
  // メールアドレス (spanning rows) | PC [ ] / 携帯・スマホ [ ]: the row's own words say only whose
  // device; the header over both rows says what is asked.
  if (type === 'phone' && decider && (decider.kind === 'header' || decider.kind === 'label' || decider.kind === 'before') && !PHONE_NUMBER_WORD.test(decider.text) && ctx.sections.slice(0, 2).some((s) => EMAIL_WORD.test(s.text) && !PHONE_NUMBER_WORD.test(s.text))) {
    type = 'email';
    reading.type = 'email';
    reading.alt = true;
    rules.push('caption.outer-kind');
  }
  // メールアドレス (spanning rows) | PC [ ]: a row captioned by the computer alone asks the e-mail the header names.
  if (!type && kind === 'text' && ctx.texts.some((t) => t.kind === 'header' && DESKTOP_WORD.test(t.text)) && ctx.sections.slice(0, 2).some((s) => EMAIL_WORD.test(s.text) && !PHONE_NUMBER_WORD.test(s.text))) {
    type = 'email';
    reading.type = 'email';
    confidence = Math.max(confidence, 0.7);
    rules.push('caption.outer-kind');
  }
  // [北海道▾ … 沖縄県▾] under ご住所（マンション名もお願いします）: a select of the prefectures is the
  // prefecture, whatever parts the caption over the whole address names.
  if (type === 'address' && kind === 'select' && partsFrom !== 'choices' && evidences.some((e) => e.kind === 'choices' && e.reading.addressParts === PREF)) {
    reading.addressParts = PREF;
    reading.partsFromExample = false;
    partsFrom = 'choices';
    rules.push('options.kind');
  }
  // A unit printed beside a select (the 年 of the box before it) does not outweigh choices that are
  // plainly months or days.
  const partByChoices = evidences.find((e) => e.kind === 'choices' && e.reading.datePart && (e.reading.strength ?? 0.7) >= 0.8)?.reading.datePart;
  if (partByChoices && reading.datePart && reading.datePart !== partByChoices) {
    reading.datePart = partByChoices;
    rules.push('options.date-part');
  }
  // [▾]月 [▾]日: a unit is printed after its box, so the 月 before a box that has 日 after it
  // belongs to the box before.
  const unitBefore = evidences.find((e) => (e.kind === 'before' || e.kind === 'header') && e.reading.datePart && !e.reading.type);
  // [年]年 [月]月: the box's own placeholder names its unit as surely as a unit printed after it.
  const unitAfter = evidences.find((e) => (e.kind === 'note' || e.kind === 'after' || e.kind === 'placeholder') && e.reading.datePart && !e.reading.type);
  if (!partByChoices && unitBefore && unitAfter && reading.datePart === unitBefore.reading.datePart && unitAfter.reading.datePart !== unitBefore.reading.datePart) {
    reading.datePart = unitAfter.reading.datePart;
    rules.push('date.unit-after');
  }
  if (ctx.sharedHeader && decider && decider.kind !== 'note') rules.push('caption.own-first');
  // A name like addr2 proves little when the field's own caption reads as nothing at all.
  const hasCaption = ctx.texts.some((t) => t.kind === 'label' || t.kind === 'before' || t.kind === 'placeholder' || t.kind === 'header');
  // [address_1] （例：東京都○○区○○1-1）: a sample printed after the box agrees with its name.
  const sampleAfter = evidences.some((e) => e.kind === 'after' && e.reading.type === 'address' && e.reading.addressParts && /例/.test(e.text));
  if (decider?.kind === 'identifier' && type === 'address' && !decider.reading.addressParts && !decider.reading.addressSpecial && hasCaption && !sampleAfter) {
    type = undefined;
    reading.type = undefined;
    evidence.push('weak:identifier-only');
  }
  // phone_before under 変更前住所, or any phone in a block headed 変更前: the number before the change.
  if (type === 'phone' && (reading.former || FORMER_BLOCK.test(ctx.sections.find((s) => readSide(s.text))?.text ?? ''))) {
    type = 'none';
    reading.type = 'none';
    reading.negative = 'former-phone';
    rules.push('phone.former');
  }
  if ((kind === 'select' || (kind === 'radio' && type === 'gender')) && type && type !== 'none' && choicesContradict(ctx.choiceTexts, reading)) {
    type = undefined;
    reading.type = 'none';
    reading.negative = 'options';
    rules.push('options.contradict');
  }
  // One select of 2026年04月: year and month in one choice fit neither part.
  if (kind === 'select' && (type === 'date' || reading.datePart) && ctx.choiceTexts.some((t) => /\d+\s*年\s*\d+\s*月/.test(t))) {
    type = undefined;
    reading.type = 'none';
    reading.negative = 'options';
    reading.datePart = undefined;
    rules.push('options.contradict');
  }
  // ご希望日時 [date_start]: the visible words ask for a date of no particular kind (a booking's);
  // a name saying only that something starts or stops does not make it the move's.
  // So does a bare unit over the box (年 | 月 columns of a work history's 期間).
  if (type === 'date' && dateKindFrom === 'identifier' && reading.dateKind !== 'birth' && evidences.some((e) => VISIBLE_CAPTION.has(e.kind) && !e.reading.dateKind && (e.reading.type === 'date' || (!e.reading.type && e.reading.datePart)))) {
    reading.dateKind = undefined;
    rules.push('date.caption-without-kind');
  }
  if (type === 'date' && !reading.dateKind) {
    readDateFromHeading(ctx, reading, rules);
    type = reading.type;
  }
  // A free-text box (ご質問やご相談 / お引越しの予定日、新しいご住所) takes words about the move, not a
  // date, which has boxes or a picker of its own; nor a phone or an e-mail its own name does not ask
  // for (メモ [電話予約や店頭受付時の補足を記録できます]).
  // A name is one line too: メモ [placeholder メモ] reads like a katakana name only by its letters.
  const freeTextContact = (type === 'phone' || type === 'email' || type === 'name') && !evidences.some((e) => (e.kind === 'identifier' || e.kind === 'autocomplete') && e.reading.type === type);
  if (kind === 'textarea' && (type === 'date' || freeTextContact)) {
    type = 'none';
    reading.type = 'none';
    reading.negative = 'free-text';
    rules.push('caption.takes-nothing');
  }
  if (!type && kind === 'textarea') {
    reading.type = 'none';
    reading.negative = 'free-text';
  }
  if (!reading.type && reading.datePart) confidence = 0.5;

  // Whose value this is: the nearest caption or heading that names a side, a person or a third party.
  const cueTexts: Array<{ text: string; anchor: object }> = [];
  for (const t of ctx.texts) if (t.kind !== 'after' && t.kind !== 'note') cueTexts.push({ text: t.text, anchor: ctx.header ?? ctx.group });
  cueTexts.push(...ctx.sections);
  let side = reading.side;
  const sideFromField = !!side;
  if (sideFromField) rules.push('side.caption');
  let person: Person | undefined;
  let personAnchor: object | undefined;
  let otherParty = false;
  let decided = false;
  // 予約者情報入力 over 代表者氏名: the representative of the booking is the user who books.
  const userHeading = cueTexts.some(({ text }) => readPerson(text)?.kind === 'main' && !readOtherParty(text));
  for (const { text, anchor } of cueTexts) {
    const textSide = readSide(text);
    // 「届出人との続柄」 names the person the relationship is to, not whose field it is.
    const textPerson = reading.type === 'relationship' && /との(?:続柄|続き柄|関係)/.test(text) ? null : readPerson(text);
    const other = readOtherParty(text) && !(userHeading && namesOnlyRepresentative(text));
    if (!side && textSide) {
      side = textSide;
      rules.push(isPageHeading(anchor) ? 'side.page-heading' : 'side.section');
    }
    if (!person && textPerson) {
      person = textPerson;
      personAnchor = anchor;
      if (excludesApplicant(text)) {
        // Each row under such a heading is one more person: the row, not the heading, is the anchor.
        personAnchor = ctx.control.element.closest('tr, li, fieldset') ?? anchor;
        rules.push('person.excluding-heading');
      } else rules.push('person.heading');
    }
    if (!decided && (textSide || textPerson || other)) {
      decided = true;
      otherParty = other && !textPerson;
    }
  }
  if (reading.otherParty && !person && !ownEmergencyNumber(evidences)) otherParty = true;
  // 故人様について > 現住所: a current address is the current address of whoever the section is about.
  if (sideFromField && !person && !otherParty && ctx.texts.some((t) => CURRENT_HOME.test(t.text)) && ctx.sections.some((s) => readOtherParty(s.text) && !readPerson(s.text))) {
    otherParty = true;
    rules.push('person.other-party');
  }
  // 担当者名 in a row 弊社担当者がいる場合: the company's own staff, not the user in charge of an enquiry.
  if (person?.kind === 'main' && cueTexts.some(({ text }) => OUR_STAFF.test(text))) {
    person = undefined;
    otherParty = true;
  }
  // ご契約者様の情報 > 入居者様の氏名 [姓][名]: the field's own caption names a person other than the one its
  // section is about.
  if (person?.kind === 'main' && reading.type === 'name' && ownCaptionNamesAnotherRole(ctx)) {
    person = undefined;
    otherParty = true;
    rules.push('person.other-role');
  }
  // 緊急連絡先 （ご本人様以外の情報をご入力下さい）: someone other than the user, but one to call, not one who moves.
  if (person?.kind === 'household' && cueTexts.some(({ text }) => namesEmergencyContact(text))) {
    person = undefined;
    otherParty = true;
  }
  if (reading.type === 'address' && isAbroad(ctx)) {
    otherParty = true;
    rules.push('person.abroad');
  }
  // Under 「届出人以外の方」, 「1人目」 is the first person besides the applicant: household[0].
  const excludingCue = cueTexts.find(({ text }) => excludesApplicant(text));
  const own = excludingCue ? cueTexts.map(({ text }) => readOrdinal(text)).find((n) => n !== null) : undefined;
  if (excludingCue && (person?.kind === 'main' || own)) {
    person = own ? { kind: 'household', index: own - 1 } : { kind: 'household' };
    personAnchor = ctx.control.element.closest('tr, li, fieldset') ?? excludingCue.anchor;
    otherParty = false;
    if (!rules.includes('person.excluding-heading')) rules.push('person.excluding-heading');
  }

  const representative =
    otherParty &&
    evidences.filter((e) => e.reading.otherParty).every((e) => namesOnlyRepresentative(e.text)) &&
    cueTexts.filter(({ text }) => readOtherParty(text)).every(({ text }) => namesOnlyRepresentative(text));
  const caption = captionOf(ctx);
  return {
    type: reading.type,
    reading,
    confidence: Math.min(0.99, confidence),
    evidence,
    caption,
    side,
    sideFromField,
    person,
    personAnchor,
    otherParty,
    ...(representative ? { representative } : {}),
    rules,
  };
}

const CURRENT_HOME = /現住所|現在(?:の)?(?:ご|お)?住(?:所|まい)/;

/**
 * ■ ログイン情報 above a box whose sample is name@example.com: the login is the e-mail address. The
 * box's own sample decides; under a heading only, its name or type does too (a label ログインID at the
 * box itself is an account name unless its sample shows an address).
 */
function loginByEmail(evidences: Evidence[], first: Evidence | undefined): Evidence | undefined {
  if (first?.reading.negative !== 'account') return undefined;
  const ownHeadingOnly = first.kind === 'header' || first.kind === 'column';
  const email = evidences.find((e) => e.reading.type === 'email' && (e.kind === 'sample' || (ownHeadingOnly && (e.kind === 'identifier' || e.kind === 'type'))));
  if (email) email.reading = { ...email.reading, rule: 'caption.login-email' };
  return email;
}

/**
 * 主催者名 [ ] (例：一般社団法人 日本損害保険協会): a caption that could name a person (～者名), shown by
 * its sample to take an organisation's name, asks for no one's name.
 */
function organisationBySample(evidences: Evidence[], first: Evidence | undefined): Evidence | undefined {
  if (first?.reading.type !== 'name' || first.reading.kana) return undefined;
  return evidences.find((e) => e.reading.negative === 'company' && e.reading.rule === 'caption.example');
}

/**
 * 連絡先（メールアドレス・電話番号） over an e-mail box and a phone box: a caption shared by boxes that
 * names both kinds lets each box's own name or type say which of the two it is.
 */
function ownKindOfTwo(evidences: Evidence[], first: Evidence | undefined): Evidence | undefined {
  if (!first || (first.kind !== 'header' && first.kind !== 'column' && first.kind !== 'before')) return undefined;
  if (!EMAIL_WORD.test(first.text) || !/電話|tel|phone|携帯|ﾃﾞﾝﾜ/.test(first.text)) return undefined;
  const own = evidences.find((e) => (e.kind === 'identifier' || e.kind === 'type' || e.kind === 'autocomplete') && (e.reading.type === 'email' || e.reading.type === 'phone') && e.reading.type !== first.reading.type);
  if (!own || evidences.some((e) => (e.kind === 'identifier' || e.kind === 'type') && e.reading.type === first.reading.type)) return undefined;
  own.reading = { ...own.reading, rule: 'caption.two-kinds' };
  return own;
}

/** Shaped for a line of text (size 80, maxlength 100): far wider than any postal code, even in a
 * generously drawn zip box (size 20). */
function shapedForText(el: Element): boolean {
  const size = Number(el.getAttribute('size') ?? '');
  const max = Number(el.getAttribute('maxlength') ?? '');
  return (size >= 40 || max >= 30) && !everyBoxShaped(el);
}

/**
 * size="40" maxlength="400" on every text box of the form (a form plugin's defaults): a shape all
 * boxes share says nothing of what one of them takes.
 */
function everyBoxShaped(el: Element): boolean {
  const shape = (box: Element) => `${box.getAttribute('size')}/${box.getAttribute('maxlength')}`;
  const own = shape(el);
  const boxes = Array.from((el.closest('form') ?? el.ownerDocument).querySelectorAll('input:not([type]), input[type="text"]'));
  return boxes.length >= 4 && boxes.filter((b) => shape(b) === own).length >= boxes.length * 0.8;
}

const ABROAD = /海外|国外|外国|overseas|foreign|abroad|international/i;

/** overseas_city, 海外のご住所: an address abroad, where the profile holds a Japanese one. */
// 入居者様の氏名, 使用者のお名前: a person named by a role word of its own.
const ROLE_NAME = /([一-龯]{1,4}者)(?:様|さま)?(?:の)?(?:お?名前|氏名|フリガナ|ふりがな|カナ)/;
// Roles the user fills in as: the one who applies, writes or answers.
const USER_ROLE = /届出|借主|予約|申込|申請|保護|担当|本人|契約|名義|注文|依頼|入力|記入|回答|代表/;

/**
 * 緊急の場合の携帯電話ご連絡先 [emergency_phone]: a caption that speaks of an emergency without naming
 * someone to call is the user's own number for the day; only the box's name gave it to someone else.
 */
function ownEmergencyNumber(evidences: Evidence[]): boolean {
  const others = evidences.filter((e) => e.reading.otherParty);
  return others.length > 0 && others.every((e) => e.kind === 'identifier') &&
    evidences.some((e) => VISIBLE_CAPTION.has(e.kind) && /緊急|非常/.test(e.text));
}

function ownCaptionNamesAnotherRole(ctx: FieldContext): boolean {
  return ctx.texts.some((t) => {
    if (t.kind !== 'label' && t.kind !== 'before' && t.kind !== 'header') return false;
    const role = ROLE_NAME.exec(t.text)?.[1];
    return !!role && !USER_ROLE.test(role) && !readPerson(t.text);
  });
}

function isAbroad(ctx: FieldContext): boolean {
  const el = ctx.control.element;
  const own = ctx.texts.filter((t) => t.kind !== 'note' && t.kind !== 'after').map((t) => t.text);
  // 港区赤坂0-0-0（海外住所の場合は「海外」と入力）: what to write in the case of an address abroad.
  return [el.getAttribute('name') ?? '', el.getAttribute('id') ?? '', ...own].some((t) => ABROAD.test(t.replace(ABROAD_CASE, ' ')));
}

const ABROAD_CASE = /\([^)]*(?:海外|国外|外国)[^)]*場合[^)]*\)/g;

/**
 * A date captioned only 第1希望日 under the heading 引越し希望日時 is the move; the second and third
 * choices are not the date the move happens.
 */
function readDateFromHeading(ctx: FieldContext, reading: Reading, rules: RuleId[]): void {
  for (const { text } of ctx.sections) {
    const kind = readDateKind(text);
    if (!kind) continue;
    const own = ctx.texts.map((t) => t.text).join(' ');
    if (/第\s*[2-9２-９二三]\s*(?:希望|候補)/.test(own)) {
      reading.type = 'none';
      reading.negative = 'other-date';
    } else reading.dateKind = kind;
    if (!rules.includes('date.heading')) rules.push('date.heading');
    return;
  }
}

/** The page's own title (h1) or a step of a step list, as opposed to a heading of one block. */
function isPageHeading(anchor: object): boolean {
  if (!anchor || typeof (anchor as Element).closest !== 'function') return false;
  const el = anchor as Element;
  return el.tagName === 'H1' || !!el.closest('[class*="step" i], [class*="flow" i], [aria-current="step"]');
}

function captionOf(ctx: FieldContext): string {
  const find = (kind: SourceKind) => ctx.texts.find((t) => t.kind === kind)?.text ?? '';
  const own = find('label') || find('before') || find('placeholder');
  const header = find('header');
  const column = find('column');
  const parts = [header, column, own].filter((p, i, all) => p && all.indexOf(p) === i && !(i > 0 && header.includes(p)));
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}
