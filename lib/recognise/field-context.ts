// Gathers, for one control, every piece of text a person would read to know what it asks for,
// ordered from the closest (its own label) to the farthest (the headings of its section).

import type { Control } from './collect-controls';
import { elementText, containsField, countFields, FIELD_SELECTOR, firstField, hiddenByMarkup } from './element-text';
import type { ControlPlace, Heading, Line } from './page-layout';
import { buildTableGrid, type TableGrid } from './table-grid';
import { isPartMark, isStartingHint, isValidationMessage, normaliseText, stripDecorations } from './normalise-text';
import { isOtherPartySwitch, readOtherParty, readSide } from './section-cues';
import { readSampleValue } from './read-example';
import { readText } from './read-text';
import { isPrefectureName } from './prefectures';
import { readPostalLookups } from './read-postal-lookup';

/** A line that explains the field above it (例：…, ※…, (半角)) rather than naming the next one. */
const EXAMPLE_OR_HINT = /^(?:例|※|＊|\*|\(|（|\[|【|e\.g)/i;
const REENTER = /もう一度|もう1度|再度|再入力/;

/** 0/20文字, 残り20文字: a counter of the characters typed, printed at the box, captions nothing. */
const CHARACTER_COUNT = /^(?:\d*\s*[/／]\s*\d+\s*(?:文字|字)?|残り\s*\d*\s*(?:文字|字)?|\d+\s*(?:文字|字)(?:以内|まで)?)$/;

/** 確認のためもう一度、入力してください。 between two boxes asks for the lower one: nothing is typed again before it is typed once. */
function isReentryLine(text: string): boolean {
  return text.length <= 40 && REENTER.test(text);
}

/**
 * A label copied with its row and left pointing at another field: `for` names a box elsewhere while
 * the label sits beside a box of its own that no label names. A person reads it as that box's caption.
 */
function pointsAway(label: Element, target: Element | null, named: Set<string | null>): boolean {
  if (!target) return false;
  let near: Element | null = label.parentElement;
  for (let depth = 0; near && depth < 3 && !containsField(near); depth++) near = near.parentElement;
  if (!near || !containsField(near) || near.contains(target)) return false;
  const beside = firstField(near);
  const besideId = beside?.getAttribute('id');
  return !!beside && !(besideId && named.has(besideId));
}

/**
 * <label for="name">お客様名</label>[name] <label for="name">電話番号</label>[phone]: a label whose
 * `for` names a box before it whose own label stands before that box, and which is followed by a box
 * no label names (with no other label between), was copied with the row before; it captions the box
 * it stands before.
 */
function slippedLabelTargets(doc: Document, labels: Element[], named: Set<string | null>): Map<Element, Element | null> {
  const out = new Map<Element, Element | null>();
  const count = new Map<string, number>();
  const firstFor = new Map<string, Element>();
  for (const label of labels) {
    const id = label.getAttribute('for')!;
    count.set(id, (count.get(id) ?? 0) + 1);
    if (!firstFor.has(id)) firstFor.set(id, label);
  }
  if (![...count.values()].some((n) => n > 1)) return out;
  const order = Array.from(doc.querySelectorAll(`${FIELD_SELECTOR}, label`));
  for (const label of labels) {
    const id = label.getAttribute('for')!;
    const target = doc.getElementById(id);
    if ((count.get(id) ?? 0) < 2 || !target || !(target.compareDocumentPosition(label) & 4)) continue;
    // The box's own label stands before it: labels precede their boxes here, as the slipped one does.
    const first = firstFor.get(id)!;
    if (first === label || !(first.compareDocumentPosition(target) & 4)) continue;
    const box = order[order.indexOf(label) + 1];
    if (!box || box.tagName === 'LABEL' || box === target || box.closest('label')) continue;
    // 性別 before a row of radios (each with a label of its own): not the named box's caption; the
    // choices are captioned as a group.
    if (/^(?:radio|checkbox)$/i.test(box.getAttribute('type') ?? '')) {
      out.set(label, null);
      continue;
    }
    const boxId = box.getAttribute('id');
    if (!(boxId && named.has(boxId))) out.set(label, box);
  }
  return out;
}

/** The words of a line, its boxes left out. */
function lineText(line: Line): string {
  return line.items.map((item) => ('text' in item ? item.text : '')).join(' ').trim();
}

/** The words inside `el` that come before its first field. */
function textBeforeFirstField(el: Element): string {
  const first = firstField(el);
  let out = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (first && (node === first || node.contains(first))) {
      if (node !== first && node.nodeType === 1) for (let c = node.firstChild; c && !(c === first || c.contains(first)); c = c.nextSibling) out += ` ${c.nodeType === 3 ? c.nodeValue : elementText(c as Element, 60)}`;
      break;
    }
    out += ` ${node.nodeType === 3 ? node.nodeValue : elementText(node as Element, 60)}`;
  }
  return normaliseText(out).slice(0, 80);
}

export type SourceKind =
  | 'autocomplete'
  | 'label'
  | 'before'
  | 'placeholder'
  /** A placeholder that shows only a sample value (例：090-1234-5678): read after the captions. */
  | 'sample'
  | 'choices'
  | 'after'
  | 'header'
  | 'column'
  | 'note'
  | 'identifier'
  | 'type';

export interface FieldContext {
  control: Control;
  /** Caption sources with their text, closest first (identifier/autocomplete/choices are read apart). */
  texts: Array<{ kind: SourceKind; text: string }>;
  choiceTexts: string[];
  /** The element that gathers a split value's inputs: a table cell, a dd, a header, or the line. */
  group: object;
  /** Where a person's or a side's cue may be written, nearest first (outer row headers, legends, headings). */
  sections: Array<{ text: string; anchor: object }>;
  /** Header element (th, dt, caption block) the field's caption came from. */
  header: Element | null;
  line: Line | null;
  /** The header also captions a neighbouring field's row, so the field's own texts come first. */
  sharedHeader: boolean;
  /**
   * <input name="name"> on every row of a mock-up form: the field's name is given to four or more
   * boxes of its form (not as an array, name[]), so it could not carry their values apart and says
   * nothing of any of them.
   */
  repeatedName: boolean;
  /**
   * id="input-name" on the name, the place and the time alike: an id copied onto several elements
   * belongs to none of them, so it says nothing of the box.
   */
  sharedId: boolean;
  /**
   * autocomplete="tel" on the postal code, the city and the phone alike: a value copied onto three or
   * more boxes of a form describes none of them for sure.
   */
  repeatedAutocomplete: boolean;
  /** The address parts a postal-code lookup declared in the markup writes into this box. */
  lookupParts?: number;
}

const ATTACHES_BACK = /^(?:年|月|日|歳|才|階|号室|丁目|番地|号|番|時|分|様)$|^[(\[]?\s*(?:例|※|半角|全角|e\.g\.)/;
const SEPARATOR = /^[-~〜ー－・/\s]+$/;
/** [半角英数字], （全角カナ）, ハイフンなし: how to type a value, not what it is. */
const FORMAT_NOTE = /^[(\[【]?\s*(?:(?:半角|全角)[^()\[\]【】]{0,8}|ハイフン(?:なし|無し|不要|あり|有り)[^()\[\]【】]{0,6})\s*[)\]】]?$/;

function isFormatNote(text: string): boolean {
  return FORMAT_NOTE.test(normaliseText(stripDecorations(text)));
}

// 当日は本名でのご参加をお願いしています。: a whole sentence, ending in 。, tells the user something; no
// caption ends so.
const HINT = /^[※*＊]|(?:でも可|でも構いません|も可能です|ください|下さい)[。.]?$|^.{10,}。$/;
const ASKS_FOR = /^(?:[※*＊]\s*)?([^\s]{2,16}?)(?:を|は)\s*(?:ご)?(?:入力|記入)(?:して)?(?:ください|下さい)[。.]?$/;
/**
 * <div class="left">メールアドレス / パスワード / …</div><div class="right">[ ] / [ ] / …</div>: captions
 * in one column and rows of boxes in the next, paired by their place in the list.
 */
function parallelCaption(el: Element): { text: string; element: Element; outer: FieldContext['sections'] } | null {
  let row: Element = el;
  for (let depth = 0; depth < 3 && row.parentElement; depth++, row = row.parentElement) {
    const list = row.parentElement;
    const captions = list.previousElementSibling;
    if (!captions || list.children.length < 3 || captions.children.length !== list.children.length) continue;
    const rows = Array.from(list.children);
    const texts = Array.from(captions.children).map((c) => (containsField(c) ? '' : elementText(c, 60)));
    if (texts.some((t) => !t || t.length > 40) || rows.filter((r) => containsField(r)).length < rows.length - 1) continue;
    const index = rows.indexOf(row);
    return { text: texts[index], element: captions.children[index], outer: [] };
  }
  return null;
}

/**
 * 建物住所<br><span>現在お住いの住所をご記載ください</span>: the caption is the first line; the hint
 * below it still says whose address it is.
 */
function captionAndHint(el: Element): { caption: string; hint: string } | null {
  const br = el.querySelector('br');
  if (!br || br.parentElement !== el) return captionAndHintBlocks(el);
  let caption = '';
  for (let n = el.firstChild; n && n !== br; n = n.nextSibling) caption += n.nodeType === 3 || n.nodeType === 1 ? (n.textContent ?? '') : '';
  caption = normaliseText(caption);
  const hint = normaliseText(elementText(el, 160).slice(caption.length));
  if (!caption || !hint || caption.length > 40 || HINT.test(caption) || !(HINT.test(hint) || /ください|下さい|ます|。/.test(hint))) return null;
  return { caption, hint };
}

/**
 * <div><span>必須</span><p>電話番号</p><p>＊ハイフンなしで入力</p></div> beside the box: the pieces
 * before the first hint are the caption, the rest the hint.
 */
function captionAndHintBlocks(el: Element): { caption: string; hint: string } | null {
  let box = el;
  while (box.children.length === 1 && onlyChildElement(box)) box = box.children[0];
  const parts = Array.from(box.childNodes)
    .map((n) => normaliseText(n.nodeType === 3 ? (n.nodeValue ?? '') : n.nodeType === 1 ? elementText(n as Element, 80) : ''))
    .filter(Boolean);
  // 姓名<span>*</span>(カタカナ): a required mark alone in the middle starts no hint; what follows it
  // still belongs to the caption.
  const hintAt = parts.findIndex((p, i) => i > 0 && HINT.test(p) && !LONE_REQUIRED_MARK.test(p));
  if (hintAt < 1) return null;
  const caption = parts.slice(0, hintAt).join(' ');
  if (!stripDecorations(caption) || caption.length > 40 || HINT.test(caption)) return null;
  return { caption, hint: parts.slice(hintAt).join(' ') };
}

/** （※漢字でご記入ください）, ※半角数字でご入力ください: a line on how to type the value, not what it is. */
const BRACKETED_HINT = /^[(\[【][^()]*(?:ください|下さい|入力|記入|半角|全角)[^()]*[)\]】]$|^[※*＊][^()]*(?:ください|下さい)[。.]?$/;
/** （緊急連絡先）, （半角）: a line that is all one bracket, qualifying the caption above it. */
const QUALIFIER_LINE = /^\([^()]{1,24}\)$/;
/** （売却物件が上記住所と違う場合）: a bracketed condition saying when, or for whom, the box is filled. */
const CONDITION_LINE = /^\((?!\s*[※*])[^()]{2,40}(?:場合|方|時)(?:のみ)?\)$/;

/** *, ※, 必須 standing alone: a required mark. */
const LONE_REQUIRED_MARK = /^(?:[*＊※]|必須)$/;

/** ※郵便番号, ※ お名前: a short word after ※ is a required field's caption, not a note. */
function withoutLeadingMark(text: string): string {
  return text.replace(/^[※*＊]\s*(?=[^\s※*＊。、,]{1,16}$)/, '');
}

/** The words of a caption without the required mark (*, 必須) its first child element holds. */
function withoutRequiredMark(el: Element, text: string): string {
  const first = el.firstElementChild;
  const mark = first && el.firstChild === first ? normaliseText(first.textContent ?? '') : '';
  return mark && LONE_REQUIRED_MARK.test(mark) && text.startsWith(mark) ? text.slice(mark.length).trim() : text;
}

/** An element whose only content is one child element (no words of its own beside it). */
function onlyChildElement(el: Element): boolean {
  return Array.from(el.childNodes).every((n) => n === el.children[0] || (n.nodeType === 3 && !(n.nodeValue ?? '').trim()) || n.nodeType === 8);
}

/** The starting value of an older page's box, where it is a caption or a sample (see isStartingHint). */
function valueAsHint(el: Element): string | null {
  if (el.tagName !== 'INPUT' || !/^(?:text|tel|email|)$/i.test(el.getAttribute('type') ?? '')) return null;
  const value = el.getAttribute('value') ?? '';
  // <input size="5" value="沖縄県">: a prefecture set in advance (the site's own) shows the box takes one.
  return isStartingHint(value) || isPrefectureName(value.trim()) ? normaliseText(value) : null;
}

/**
 * [勤務地を選択▾ 東京 神奈川 …]: a select's empty first choice that names what is picked is its
 * placeholder. In a select with no choices yet ([都道府県を選択してください] under 市区町村), it tells
 * what to pick first elsewhere.
 */
function promptNaming(el: Element): string | null {
  if (el.tagName !== 'SELECT' || el.querySelectorAll('option').length < 3) return null;
  const first = el.querySelector('option');
  // <option>勤務地を選択</option> with no value attribute is a prompt all the same.
  if (!first || (first.getAttribute('value') ?? '').trim() !== '') return null;
  return /^\s*(\S{2,12}?)を(?:ご)?(?:選択|お?選び)/.exec(first.textContent ?? '')?.[1] ?? null;
}

const LEADING_EXAMPLE = /^[(\[]?\s*(?:例|入力例|記入例)\s*[:)\]]?\s*\S/;

interface LineSplit {
  before: Map<Element, string[]>;
  after: Map<Element, string[]>;
  /** Boxes joined to the box before them by a hyphen alone ([000]-[0000]): parts of one value. */
  joined: Set<Element>;
}

/**
 * The words written right before a block, back to the previous field, rule or heading: an element
 * or loose lines of text (お届け先が上記の住所と異なる場合はご記入下さい<br>※…<br><table>).
 */
function wordsRightBefore(block: Element): string {
  const parts: string[] = [];
  for (let n = block.previousSibling; n && parts.join(' ').length < 120; n = n.previousSibling) {
    if (n.nodeType === 3) {
      const t = normaliseText(n.nodeValue ?? '');
      if (t) parts.unshift(t);
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (containsField(el) || /^(?:HR|H[1-6])$/.test(el.tagName)) break;
    const t = elementText(el, 120);
    if (t) {
      parts.unshift(t);
      // An element of its own (<p>, <div>) is one note; loose lines may run over several <br>.
      if (el.tagName !== 'SPAN' && el.tagName !== 'B' && el.tagName !== 'STRONG' && el.tagName !== 'FONT') break;
    }
  }
  return parts.join(' ').slice(0, 160);
}

/** Words in text nodes between two siblings, other than marks (*, 必須). */
function bareWordsBetween(first: Element, last: Node): boolean {
  for (let n = last.previousSibling; n && n !== first; n = n.previousSibling)
    if (n.nodeType === 3 && stripDecorations(normaliseText(n.nodeValue ?? '')).replace(/^[*＊]+$/, '')) return true;
  return false;
}

export class ContextReader {
  private readonly labelsFor = new Map<string, string>();
  /** Labels whose `for` was copied from the row before, by the box they stand right before. */
  private readonly slippedLabels = new Map<Element, string>();
  private readonly nameCounts = new Map<Node, Map<string, number>>();
  private readonly autocompleteCounts = new Map<Node, Map<string, number>>();
  private readonly lookups: Map<Element, number>;
  /** Every <label for> of the page by the id it names, in document order. */
  private readonly labelElements = new Map<string, Element[]>();
  /** Ids that more than one element of the page carries, with those elements in document order. */
  private readonly sharedIds = new Map<string, Element[]>();
  private readonly grids = new Map<Element, TableGrid>();
  private readonly splits = new WeakMap<Line, LineSplit>();
  private repeatedNotes: Set<string> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly places: Map<Element, ControlPlace>,
    private readonly lines: Line[],
  ) {
    this.lookups = readPostalLookups(doc);
    const labels = Array.from(doc.querySelectorAll('label[for]'));
    const named = new Set(labels.map((label) => label.getAttribute('for')));
    const slippedTo = slippedLabelTargets(doc, labels, named);
    for (const label of labels) {
      const id = label.getAttribute('for')!;
      this.labelElements.set(id, [...(this.labelElements.get(id) ?? []), label]);
      if (pointsAway(label, doc.getElementById(id), named)) continue;
      const text = elementText(label, 120);
      if (slippedTo.has(label)) {
        const slipped = slippedTo.get(label);
        if (slipped && text) this.slippedLabels.set(slipped, text);
        continue;
      }
      if (text) this.labelsFor.set(id, this.labelsFor.has(id) ? `${this.labelsFor.get(id)} ${text}` : text);
    }
    const byId = new Map<string, Element[]>();
    for (const node of Array.from(doc.querySelectorAll('[id]'))) {
      if (node.tagName === 'LABEL') continue;
      const id = node.getAttribute('id')!;
      byId.set(id, [...(byId.get(id) ?? []), node]);
    }
    for (const [id, nodes] of byId) if (nodes.length > 1) this.sharedIds.set(id, nodes);
  }

  read(control: Control): FieldContext {
    const el = control.element;
    const place = this.places.get(el);
    const texts: FieldContext['texts'] = [];
    const push = (kind: SourceKind, text: string | null | undefined) => {
      const t = text ? normaliseText(text) : '';
      // A hyphen between the parts of a number captions nothing. <label>お電話番号<br>（緊急連絡先）[ ]</label>:
      // the words right before the box are already part of its label.
      const inLabel = kind === 'before' && texts.some((x) => x.kind === 'label' && x.text.includes(t));
      if (t && !SEPARATOR.test(t) && !isValidationMessage(t) && !inLabel && !texts.some((x) => x.text === t)) texts.push({ kind, text: t });
    };
    const choiceTexts: string[] = [];
    const isChoice = control.kind === 'radio' || control.kind === 'checkbox';

    if (control.kind === 'radio') {
      for (const radio of control.radios ?? [el]) choiceTexts.push(this.ownLabel(radio) || this.textAfter(radio));
    } else if (control.kind === 'checkbox') {
      push('label', this.ownLabel(el) || this.textAfter(el));
    } else {
      push('label', this.ownLabel(el));
    }
    push('label', el.getAttribute('aria-label'));
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy)
      push('label', labelledBy.split(/\s+/).map((id) => { const n = this.doc.getElementById(id); return n ? elementText(n, 80) : ''; }).join(' '));
    // <input pattern="…" title="メールアドレスをご確認ください。">: with a pattern, the title is the hint a
    // browser shows when the value does not match it, not the box's name.
    push(el.hasAttribute('pattern') ? 'note' : 'label', el.getAttribute('title'));

    const split = place ? this.splitLine(place.line) : null;
    const before = (split?.before.get(el) ?? []).filter((t) => !CHARACTER_COUNT.test(normaliseText(t)));
    const after = split?.after.get(el) ?? [];
    // お名前<br>（※漢字でご記入ください）[ ]: words before the box that only say how to type are its note;
    // the caption is the line above them.
    const hintOnly = before.length > 0 && before.every((t) => BRACKETED_HINT.test(normaliseText(t)));
    if (hintOnly) push('note', before.join(' ').slice(-60));
    else push('before', before.join(' ').slice(-60));
    // 氏名（名）<br><input>: a short caption line right above the input, in the same block.
    // 〒[ ]-[ ]: a box joined to the one before it by a hyphen is a part of that box's value; a caption
    // further up is not its own.
    if ((!before.length || hintOnly) && place && !isChoice && !split?.joined.has(el)) push('before', this.captionLineAbove(place.line) || this.captionRightBefore(el));
    // <label>入居者様の氏名</label> <div>姓 [ ] 名 [ ]</div>: where the words at the box name only a part,
    // the caption of the group the row stands in says whose name it is.
    const ownWords = texts.filter((t) => t.kind === 'before');
    if (place && !isChoice && ownWords.length && ownWords.every((t) => namesOnlyAPart(t.text))) push('header', this.groupCaptionAbove(place.line));
    push('placeholder', el.getAttribute('placeholder') ?? valueAsHint(el) ?? promptNaming(el));
    if (control.kind === 'select')
      for (const option of Array.from((el as HTMLSelectElement).querySelectorAll('option')).slice(0, 250))
        choiceTexts.push(option.textContent ?? '');
    if (!isChoice) push('after', after.join(' ').slice(0, 80));

    const header = this.findHeader(el) ?? captionBeforeWidget(el, el.id ? this.labelElements.get(el.id)?.[0] ?? null : null);
    if (header) {
      // A caption shared with a neighbour's field (a dt above another dd with a field) is read
      // after the field's own name and placeholder.
      push(header.shared ? 'note' : 'header', header.text);
      if (header.column) push('column', header.column);
    }
    if (place && !isChoice) for (const note of this.notesAfter(place.line)) push('note', note);

    const sections: FieldContext['sections'] = [];
    for (const outer of header?.outer ?? []) sections.push(outer);
    for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
      if (node.tagName === 'FIELDSET') {
        const legend = Array.from(node.children).find((c) => c.tagName === 'LEGEND');
        if (legend) sections.push({ text: elementText(legend, 80), anchor: node });
      } else if (node.tagName === 'TABLE') {
        const caption = Array.from(node.children).find((c) => c.tagName === 'CAPTION');
        if (caption) sections.push({ text: elementText(caption, 80), anchor: node });
        const summary = node.getAttribute('summary');
        if (summary) sections.push({ text: normaliseText(summary), anchor: node });
      }
    }
    // <div class="head">お電話番号<br>（緊急連絡先）</div>: a line of the field's own caption read as a
    // heading is part of the caption, which speaks for itself.
    const captionWords = [header?.text ?? '', ...texts.filter((t) => t.kind === 'before').map((t) => t.text)].map(normaliseText);
    const partOfCaption = (h: Heading) => {
      const inOwnCaption = !!header?.element.contains(h.element) || (!!place && (place.line.block === h.element || place.line.block.contains(h.element)));
      const words = normaliseText(h.text);
      return inOwnCaption && captionWords.some((c) => c !== words && c.includes(words));
    };
    for (let h: Heading | null = place?.heading ?? null; h; h = h.parent) if (!partOfCaption(h)) sections.push({ text: h.text, anchor: h.element });
    const note = this.noteBeforeBlock(el);
    if (note) sections.unshift(note);
    if (place) sections.unshift(...this.cuesAboveInCell(el, place.line).filter((cue) => !captionWords.some((c) => c.includes(cue.text))));

    const cell = el.closest('td, th, dd, li');
    // <tr><th>氏名</th><td>[ ]</td><td>[ ]</td></tr>: the cells of one row under its own header are one group.
    const rowHeader = cell?.tagName === 'TD' && header && !header.shared && header.element.parentElement === cell.parentElement;
    const group = rowHeader ? header.element : cell && countFields(cell) <= 8 ? cell : place?.line ?? header?.element ?? el;
    return { control, texts, choiceTexts, group, sections, header: header?.element ?? null, line: place?.line ?? null, sharedHeader: !!header?.shared, repeatedName: this.repeatedName(el), sharedId: this.sharedIds.has(el.getAttribute('id') ?? ''), repeatedAutocomplete: this.repeatedAutocomplete(el), lookupParts: this.lookups.get(el) };
  }

  /**
   * How many boxes of the element's form give `read` each value, counted once per form: `read`
   * returns the value a box gives and how it counts (1, or -Infinity for a box that rules it out).
   */
  private countsInForm(cache: Map<Node, Map<string, number>>, el: Element, read: (box: Element) => [string, number] | null): Map<string, number> {
    const scope = el.closest('form') ?? this.doc;
    let counts = cache.get(scope);
    if (!counts) {
      counts = new Map();
      for (const box of Array.from(scope.querySelectorAll('input, select, textarea'))) {
        const r = read(box);
        if (r) counts.set(r[0], r[1] === -Infinity ? -Infinity : (counts.get(r[0]) ?? 0) + r[1]);
      }
      cache.set(scope, counts);
    }
    return counts;
  }

  private repeatedAutocomplete(el: Element): boolean {
    const value = el.getAttribute('autocomplete')?.trim().toLowerCase();
    if (!value) return false;
    const counts = this.countsInForm(this.autocompleteCounts, el, (box) => {
      const v = box.getAttribute('autocomplete')?.trim().toLowerCase();
      return v && !/^(?:radio|checkbox|hidden)$/i.test(box.getAttribute('type') ?? '') ? [v, 1] : null;
    });
    return (counts.get(value) ?? 0) >= 3;
  }

  private repeatedName(el: Element): boolean {
    const name = el.getAttribute('name');
    if (!name || name.endsWith(']') || /^(?:radio|checkbox)$/i.test(el.getAttribute('type') ?? '')) return false;
    const counts = this.countsInForm(this.nameCounts, el, (box) => {
      const n = box.getAttribute('name');
      // A name shared with radios, checkboxes or hidden inputs is some other pattern, never this one.
      return n ? [n, /^(?:radio|checkbox|hidden)$/i.test(box.getAttribute('type') ?? '') ? -Infinity : 1] : null;
    });
    return (counts.get(name) ?? 0) >= 4;
  }

  private ownLabel(el: Element): string {
    const id = el.getAttribute('id');
    const parts: string[] = [];
    if (id && this.labelsFor.has(id)) parts.push(this.sharedIdLabel(el, id) ?? this.labelsFor.get(id)!);
    const slipped = this.slippedLabels.get(el);
    if (slipped) parts.push(slipped);
    const wrapping = el.closest('label');
    // A wrapping label counts once: skipped only when it is the same label its `for` already gave.
    if (wrapping && !(id && wrapping.getAttribute('for') === id)) {
      const fields = countFields(wrapping);
      if (fields === 1) parts.push(elementText(wrapping, 120));
      // <label>生年月日 [年▾][月▾][日▾]</label>: the words before the boxes caption all of them (a
      // date's or a name's parts); a label wrapped round a whole form captions none.
      else if (fields <= 3) parts.push(textBeforeFirstField(wrapping));
    }
    return parts.join(' ');
  }

  /** Text right after a radio or checkbox, for choices written without a label. */
  private textAfter(el: Element): string {
    let text = '';
    for (let n = el.nextSibling; n && text.length < 30; n = n.nextSibling) {
      if (n.nodeType === 1 && /^(?:INPUT|SELECT|TEXTAREA|BR)$/.test((n as Element).tagName)) break;
      text += n.nodeType === 3 ? n.nodeValue : elementText(n as Element, 30);
    }
    return normaliseText(text);
  }

  /**
   * Shares the words of a line among its controls. Words between two controls belong to the next
   * one when the line starts with words (姓 [ ] 名 [ ]), to the previous one when it does not
   * ([ ]年 [ ]月 [ ]日); units and examples always belong to the control before them.
   */
  private splitLine(line: Line): LineSplit {
    const cached = this.splits.get(line);
    if (cached) return cached;
    const before = new Map<Element, string[]>();
    const after = new Map<Element, string[]>();
    const controls: Element[] = [];
    const gaps: string[][] = [[]];
    for (const item of line.items) {
      if ('control' in item) {
        controls.push(item.control);
        gaps.push([]);
      } else {
        for (const seg of item.text.split(/(?<=[)\]])\s+/)) if (seg.trim()) gaps[gaps.length - 1].push(seg.trim());
      }
    }
    // An example opening a line (例) 東京都) belongs to the field above, not to this line's caption.
    const leading = gaps[0];
    while (leading.length > 1 && LEADING_EXAMPLE.test(leading[0])) leading.shift();
    if (leading.length > 1 && /^[(\[]?\s*(?:例|入力例|記入例)\s*[:)\]]?$/.test(leading[0])) leading.splice(0, 2);
    const prefixStyle = gaps[0].length > 0 || gaps[gaps.length - 1].length === 0;
    controls.forEach((c, i) => {
      before.set(c, i === 0 ? [...gaps[0]] : []);
      after.set(c, []);
    });
    const joined = new Set<Element>();
    for (let i = 1; i < gaps.length; i++) {
      const prev = controls[i - 1];
      const next = controls[i];
      if (next && gaps[i].length && gaps[i].every((seg) => /^[-－ー‐−―]$/.test(seg))) joined.add(next);
      for (const seg of gaps[i]) {
        if (SEPARATOR.test(seg)) continue;
        if (!next || ATTACHES_BACK.test(seg) || !prefixStyle) after.get(prev)!.push(seg);
        else before.get(next)!.push(seg);
      }
    }
    const split = { before, after, joined };
    this.splits.set(line, split);
    return split;
  }

  /**
   * One id given to several boxes (a template's copied id="exampleFormControlInput1"), each with its
   * own <label for>: each box takes the label written last before it, not all of them.
   */
  private sharedIdLabel(el: Element, id: string): string | null {
    const same = this.sharedIds.get(id);
    if (!same) return null;
    const before = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & 4);
    const previous = same.filter((n) => before(n, el)).pop();
    const label = (this.labelElements.get(id) ?? []).filter((l) => before(l, el) && (!previous || before(previous, l))).pop();
    return label ? elementText(label, 120) : '';
  }

  /** <p>TEL</p><input> inside one cell: a short caption element right before the box. */
  private captionRightBefore(el: Element): string {
    // <p>都道府県</p><span class="select_wrap"><select>: an inline wrapper holding the box and nothing
    // else stands for it (a block wrapper's caption is found as its header).
    // <p>※郵便番号</p><div>[ ] - [ ]</div>: so does a block holding nothing but the parts of one number.
    let box = el;
    for (let level = 0; level < 2 && !box.previousElementSibling; level++) {
      const wrapper = box.parentElement;
      if (!wrapper) break;
      const inlineOne = wrapper.tagName === 'SPAN' && countFields(wrapper) === 1 && !elementText(wrapper, 8);
      const bareRow = /^(?:DIV|P)$/.test(wrapper.tagName) && countFields(wrapper) >= 2 && countFields(wrapper) <= 3 && /^[\s\-－ー‐]*[\-－ー‐][\s\-－ー‐]*$/.test(elementText(wrapper, 20));
      if (!inlineOne && !bareRow) break;
      box = wrapper;
    }
    // <p>※郵便番号</p><label id="zip_err"></label><div>[ ]</div>: empty slots for error messages stand between.
    let prev = box.previousElementSibling;
    while (prev && !elementText(prev, 8) && !containsField(prev) && !prev.querySelector('img')) prev = prev.previousElementSibling;
    if (!prev || !/^(?:P|SPAN|DIV|LABEL|B|STRONG|SMALL)$/.test(prev.tagName) || containsField(prev)) return '';
    const text = elementText(prev, 40);
    if (isReentryLine(text)) return text;
    const words = withoutLeadingMark(text);
    return text.length <= 20 && !HINT.test(words) && !LEADING_EXAMPLE.test(text) && !/[。、]/.test(text) ? text : '';
  }

  /** The caption line right before a row of boxes, inside the small group that holds the row. */
  private groupCaptionAbove(line: Line): string {
    let group: Element | null = null;
    for (let node = line.block.parentElement, level = 0; node && level < 3 && !/^(?:FORM|BODY|TABLE|TBODY)$/.test(node.tagName) && countFields(node) <= 4; node = node.parentElement, level++) group = node;
    if (!group) return '';
    for (let i = line.order - 1; i >= 0 && group.contains(this.lines[i].block); i--) {
      const above = this.lines[i];
      const text = lineText(above);
      // The other part's box and its mark (姓 [ ] before 名 [ ]) are passed over.
      if (!text || namesOnlyAPart(text) || above.items.some((item) => 'control' in item)) continue;
      return text.length <= 30 && !/[。、]|ください/.test(text) ? text : '';
    }
    return '';
  }

  private captionLineAbove(line: Line, ownParagraph = false): string {
    const above = this.lines[line.order - 1];
    // Read after another box: <p>住所</p> [ ], a caption paragraph inside the next box's own block, is that box's too.
    // 確認のため再度入力してください。<br><div>[ ]</div>: a re-entry line right above the bare wrapper of
    // the box, in the block that holds the wrapper, speaks of the box.
    const bareWrapper = line.block.parentElement === above?.block && /^(?:DIV|SPAN|P)$/.test(line.block.tagName) && countFields(line.block) === 1 && !elementText(line.block, 8);
    // <dt>氏名</dt><dd><strong>姓</strong>(例: 九工)</dd><dd>[ ]</dd>: a term's words in the description right before the box's.
    const termPair = !!above && above.block.tagName === 'DD' && line.block.tagName === 'DD' && line.block.previousElementSibling === above.block;
    const inBlock = above && (above.block === line.block || bareWrapper || termPair || (ownParagraph && above.block.tagName === 'P' && line.block.contains(above.block)));
    if (!above || !inBlock || above.items.some((item) => 'control' in item)) return '';
    const text = lineText(above);
    if (isReentryLine(text)) return text;
    if (above.block !== line.block && bareWrapper) return '';
    // お名前<br>（※漢字でご記入ください）<br>[ ]: a line on how to type stands between the caption and the box.
    const hint = BRACKETED_HINT.test(normaliseText(text));
    if (!hint && (text.length > 30 || /[。]|ください/.test(text))) return '';
    // お電話番号<br>（緊急連絡先）<br>[ ]: a bracketed line qualifies the caption on the line above it.
    const caption = hint || QUALIFIER_LINE.test(normaliseText(text)) ? this.lines[above.order - 1] : undefined;
    if (caption && caption.block === above.block && !caption.items.some((item) => 'control' in item)) {
      const words = lineText(caption);
      if (words && words.length <= 20 && !/[。、]|ください/.test(words) && !QUALIFIER_LINE.test(normaliseText(words))) return hint ? words : `${words} ${text}`;
    }
    return hint ? '' : text;
  }

  /** Hints printed under many fields alike (the same ※… under every row) describe none of them. */
  private isRepeatedNote(text: string): boolean {
    if (!this.repeatedNotes) {
      const count = new Map<string, number>();
      for (const line of this.lines) {
        if (line.items.some((item) => 'control' in item)) continue;
        const t = lineText(line).slice(0, 80);
        if (t.length >= 8) count.set(t, (count.get(t) ?? 0) + 1);
      }
      this.repeatedNotes = new Set(Array.from(count).filter(([, n]) => n >= 3).map(([t]) => t));
    }
    return this.repeatedNotes.has(text);
  }

  /** Text-only lines right below a control's line in the same block (examples, hints). */
  private notesAfter(line: Line): string[] {
    const notes: string[] = [];
    for (let i = line.order + 1; i < this.lines.length && notes.length < 2; i++) {
      const next = this.lines[i];
      if (next.items.some((item) => 'control' in item)) break;
      if (!line.block.contains(next.block)) {
        // <div class="input-wrap">[ ]</div><span>例：大阪市中央区…</span>: an example right after the box, outside its wrapper.
        const text = lineText(next);
        const cell = (block: Element) => block.closest('td, th, dd, li');
        const boxEndsLine = 'control' in line.items[line.items.length - 1];
        if (i === line.order + 1 && boxEndsLine && cell(next.block) === cell(line.block) && LEADING_EXAMPLE.test(text)) notes.push(text.slice(0, 80));
        break;
      }
      // A heading after the box opens the next part of the form; it says nothing of this box.
      if (/^H[1-6]$/.test(next.block.tagName)) break;
      // <label><div>フリガナ</div>[ ]</label> after this box: the caption of the field its label wraps.
      if (next.captionsAnother || captionsAnotherField(next.block, line)) break;
      const text = lineText(next);
      // お名前 <br> [ ] <br> フリガナ <br> [ ]: a caption line right above the next field is that field's.
      const below = this.lines[i + 1];
      const fieldBelow = !!below?.items.some((item) => 'control' in item);
      if (text && !EXAMPLE_OR_HINT.test(text) && fieldBelow && this.captionLineAbove(below, true) === text) break;
      if (fieldBelow && isReentryLine(text)) break;
      // ●お名前(フリガナ) * after the box: a bulleted item caption opens the next item, as a heading does.
      if (/^[●■◆▼▶◎□◇○]/.test(text)) break;
      if (text && !this.isRepeatedNote(text.slice(0, 80))) notes.push(text.slice(0, 80));
    }
    return notes;
  }

  private gridOf(table: Element): TableGrid {
    let grid = this.grids.get(table);
    if (!grid) {
      grid = buildTableGrid(table);
      this.grids.set(table, grid);
    }
    return grid;
  }

  /**
   * ※お問い合わせの方とご契約者名が異なる場合は…ご記入ください, written right before the block
   * (fieldset, section, div) a field sits in: it says whose block that is.
   */
  private noteBeforeBlock(el: Element): FieldContext['sections'][number] | null {
    let node: Element = el;
    for (let depth = 0; depth < 6 && node.parentElement && node.parentElement.tagName !== 'FORM'; depth++) {
      node = node.parentElement;
      const text = wordsRightBefore(node);
      if (text && isOtherPartySwitch(text)) return { text, anchor: node };
    }
    return null;
  }

  /**
   * 郵便番号<br>（売却物件が上記住所と違う場合）<br>※半角数字で<br>[ ]: a line above the box in its own cell
   * (or its own paragraph), after the previous box, that says whose value or which home it is, or when
   * the box is filled, speaks for the box as a heading would.
   */
  private cuesAboveInCell(el: Element, line: Line): FieldContext['sections'] {
    const cell = el.closest('td, dd') ?? (/^(?:P|DIV|LI|LABEL)$/.test(line.block.tagName) ? line.block : null);
    if (!cell) return [];
    const out: FieldContext['sections'] = [];
    for (let i = line.order - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const above = this.lines[i];
      if (!cell.contains(above.block) || above.items.some((item) => 'control' in item)) break;
      const text = normaliseText(lineText(above));
      if (text && text.length <= 60 && (readOtherParty(text) || readSide(text) || CONDITION_LINE.test(text))) out.push({ text, anchor: above.block });
    }
    return out;
  }

  /** 局留めする郵便局 / [郵便番号 [ ]]: the terms of the lists a nested list sits in head its rows. */
  private outerTerms(dd: Element): FieldContext['sections'] {
    const out: FieldContext['sections'] = [];
    for (let outer = dd.parentElement?.closest('dd'); outer && out.length < 3; outer = outer.parentElement?.closest('dd')) {
      let sib = outer.previousElementSibling;
      for (let i = 0; sib && i < 6 && sib.tagName !== 'DT'; i++) sib = sib.previousElementSibling;
      const text = sib?.tagName === 'DT' ? elementText(sib, 80) : '';
      if (text) out.push({ text, anchor: outer });
    }
    return out;
  }

  /** <th>勤務先ご住所</th><td><table>[郵便番号 [ ]]…</table></td>: the row headers of the tables a nested table sits in head its rows. */
  private outerRowHeaders(table: Element): FieldContext['sections'] {
    const out: FieldContext['sections'] = [];
    for (let cell = table.parentElement?.closest('td'); cell && out.length < 2; cell = cell.parentElement?.closest('td')) {
      const outer = cell.closest('table');
      const pos = outer ? this.gridOf(outer).positions.get(cell) : undefined;
      if (!outer || !pos) break;
      const row = this.gridOf(outer).grid[pos.row];
      for (let c = pos.col - 1; c >= 0; c--) {
        const other = row[c];
        if (!other || other === cell || containsField(other)) continue;
        const text = elementText(other, 80);
        if (text && stripDecorations(text)) {
          out.push({ text, anchor: cell });
          break;
        }
      }
    }
    return out;
  }

  private findHeader(el: Element): FoundHeader | null {
    const cell = el.closest('td, th');
    const table = cell?.closest('table');
    // <td>〒…</td><td>[編集] <div role="dialog">住所 [ ] [ ] [ ]</div></td>: a dialog opened from a row is
    // a form of its own; the row's cells caption the value shown, not the boxes inside the dialog.
    const dialog = el.closest('[role="dialog"], dialog, .modal');
    // <th>住所</th><td><dl><dt>市区町村</dt><dd>[ ]</dd>…</dl></td>: a term list inside the cell captions
    // each of its boxes; the row's header heads the list.
    const dd = el.closest('dd');
    const term = dd ? termBefore(dd) : null;
    const listInCell = !!term && !!cell && cell.contains(dd);
    if (cell && table && !(dialog && cell.contains(dialog)) && !listInCell) {
      const { grid, positions, rows } = this.gridOf(table);
      const pos = positions.get(cell);
      if (pos) {
        const headers: Array<{ text: string; anchor: Element }> = [];
        const seen = new Set<Element>([cell]);
        for (let c = pos.col - 1; c >= 0; c--) {
          const other = grid[pos.row][c];
          if (!other || seen.has(other)) continue;
          seen.add(other);
          if (containsField(other)) continue;
          const text = elementText(other, 80);
          // <th>郵便番号</th><th>必須</th><td>…: a cell holding only the required mark is not the caption,
          // nor is a cell holding only the hyphen between two parts of one number.
          if (text && stripDecorations(text) && !SEPARATOR.test(text)) headers.push({ text, anchor: other });
        }
        // The column header is the nearest row above that holds no field and has several cells.
        let column: string | undefined;
        for (let r = pos.row - 1; r >= 0 && r >= pos.row - 12; r--) {
          const other = grid[r][pos.col];
          if (!other || other === cell || seen.has(other)) continue;
          if (rows[r].length < 2 || rows[r].some((c) => containsField(c))) continue;
          const text = elementText(other, 60);
          // <tr><th></th><td>例）123-4567</td></tr> under the postal code's row: a sample speaks for the row above.
          if (text && !LEADING_EXAMPLE.test(text)) column = text;
          break;
        }
        // <td>メールアドレス</td><td>[半角英数字]</td><td>[ ]</td>: a cell saying only how to type the value
        // stands between the caption and the box; the caption is the cell before it.
        if (headers.length > 1 && isFormatNote(headers[0].text)) headers.push(headers.shift()!);
        if (headers.length) return { text: headers[0].text, element: headers[0].anchor, column, outer: [...headers.slice(1), ...this.outerRowHeaders(table)] };
        if (column) return { text: column, element: cell, outer: this.outerRowHeaders(table) };
      }
    }
    if (dd && term) {
      // <dt style="display:none">電気の最終利用日</dt><dd style="display:none">: shown together.
      const text = elementText(term, 80, hiddenByMarkup(term) && hiddenByMarkup(dd));
      let shared = false;
      for (let sib = dd.previousElementSibling; sib && sib !== term; sib = sib.previousElementSibling) if (containsField(sib)) shared = true;
      const rowHeaders = listInCell ? this.outerRowHeaders(dd.parentElement!) : [];
      const outer = [...this.outerTerms(dd), ...rowHeaders];
      // <th>会社名</th><td><dl><dt>漢字</dt><dd>[ ]</dd><dt>カナ</dt>…: a term naming only the script
      // says how the row's value is written; the row's header says what the value is.
      const row = SCRIPT_ONLY.test(stripDecorations(text)) ? rowHeaders[0] : undefined;
      if (row) return { text: `${row.text} ${text}`, element: term, outer: outer.filter((o) => o !== row), shared };
      return text ? { text, element: term, outer, shared } : null;
    }
    const parallel = parallelCaption(el);
    if (parallel) return parallel;
    // A block hidden until a switch opens it has no lines: its controls count by their parent.
    let lineFields = this.places.get(el)?.line.items.filter((i) => 'control' in i).length ?? (el.parentElement ? countFields(el.parentElement) : 1);
    let node: Element = el;
    // 〒<table><tr><td>[ ]</td><td>－</td><td>[ ]</td></tr></table>: a table of one row that only lays out
    // the parts of one value is a wrapper; the caption stands before it.
    const layout = layoutTable(el);
    if (layout) {
      node = layout;
      lineFields = Math.max(lineFields, countFields(layout));
    }
    let hints = 0;
    let firstCaptionedRow = false;
    let free = 0;
    let wrapped = 0;
    for (let depth = 0; depth < 4 && node.parentElement; depth++) {
      let sib = node.previousElementSibling;
      for (let steps = 0; sib && steps < 3; steps++, sib = sib.previousElementSibling) {
        // *氏名 <div class="v-input">: bare words right before the box's wrapper are its caption, read
        // by captionBeforeWidget; an element further up is not.
        if (bareWordsBetween(sib, node)) return null;
        if (containsField(sib)) {
          // Year / month / day of a hidden block: the other parts of the group are passed over, and so
          // is a hidden box a script swaps for the shown one (<input type="date" style="display:none">
          // then the text box of a date picker).
          if (node === el && (!this.places.has(el) || (hiddenByMarkup(sib) && sib.matches(FIELD_SELECTOR)))) continue;
          return null;
        }
        // The box's own (floating) label is read as its label, never as the row's caption.
        if (sib.tagName === 'LABEL' && el.id && sib.getAttribute('for') === el.id) continue;
        const split = captionAndHint(sib);
        if (split) return { text: split.caption, element: sib, outer: [{ text: split.hint, anchor: sib }] };
        const text = elementText(sib, 80);
        // A required mark (必須) standing between the caption and the box is passed over, and so is the
        // copy of the box's own floating label in an outlined border's legend.
        if (!text || !stripDecorations(text) || LEADING_EXAMPLE.test(text)) continue;
        if (sib.tagName === 'FIELDSET' && el.id && text === this.labelsFor.get(el.id)) continue;
        // （姓）[ ] on the box's own line: the bracketed part's mark, read as the words before the box; the row's caption lies further up.
        if (/^[(（].*[)）]$/.test(stripDecorations(text)) && isPartMark(text) && this.places.get(el)?.line.items.some((item) => 'text' in item && stripDecorations(item.text) === stripDecorations(text))) continue;
        // 郵便番号を入力してください right above the box names what it takes.
        const asked = ASKS_FOR.exec(text);
        if (asked && !/[、。]/.test(asked[1])) return { text: asked[1], element: sib, outer: [] };
        // A hint between the caption and the box (住所 / 都道府県、市区町村まででも可 / [ ]) is not its caption;
        // <span class="stars">*</span>ご連絡先電話番号 starts with a required mark, not a hint's.
        if ((HINT.test(withoutRequiredMark(sib, withoutLeadingMark(text))) || isFormatNote(text)) && sib.tagName !== 'LABEL') {
          steps--;
          if (hints++ < 2) continue;
        }
        // 郵便番号 | 213-0001 | [ ]: the value shown before the box is the one it replaces (so is any
        // cell under a column headed 現住所); the row's caption stands before it.
        if (showsValue(text) || readSide(divGridColumn(sib) ?? '')) {
          steps--;
          continue;
        }
        const column = divGridColumn(node);
        // <div>会社名</div><div><div>漢字</div><div>[ ]</div>…: as in a table's cell, a caption naming only
        // the script takes what the value is from the caption of the group it stands in.
        const group = SCRIPT_ONLY.test(stripDecorations(text)) ? groupCaptionOf(sib) : null;
        if (group) return { text: `${group} ${text}`, element: sib, outer: [] };
        return text.length <= 60 ? { text, element: sib, outer: rowCellsBefore(sib), ...(column ? { column } : {}) } : null;
      }
      const parent: Element = node.parentElement;
      if (parent.tagName === 'FORM' || parent.tagName === 'BODY') break;
      // A row caption over several boxes speaks for the first; the others carry captions of their own (確認用).
      // A wrapper holding no more boxes than the block inside it (<div class="td"><div class="birthdate">) is passed through.
      const more = countFields(parent) > Math.max(lineFields, countFields(node));
      // [0000▾]年 [01▾]月 [01▾]日 then [ ]歳: the block climbed so far holds the parts of one date, so the
      // caption over it and the box after it still speaks for its first part.
      if (more && (firstShownField(parent) !== el || (firstCaptionedRow && !holdsPartsOfOneValue(node)))) break;
      if (more) firstCaptionedRow = true;
      else if (countFields(node) > 1 && free++ < 2) depth--;
      // <h6>電話番号</h6><div grid><div item><div control><div base>[ ]: a component library's wrappers
      // of the box alone, with nothing before the box in them, are passed through.
      else if (countFields(parent) === 1 && wrapped++ < MAX_LONE_WRAPPERS && !node.previousElementSibling) depth--;
      node = parent;
    }
    return null;
  }
}

/**
 * <div class="row"><div>使用開始（新居）</div><div>郵便番号</div><div>[ ]</div></div>: as the cells left of a
 * table row's header, the short field-less blocks before a caption in its row say whose value it is.
 */
function rowCellsBefore(caption: Element): FieldContext['sections'] {
  const out: FieldContext['sections'] = [];
  for (let sib = caption.previousElementSibling; sib && out.length < 2; sib = sib.previousElementSibling) {
    if (containsField(sib)) break;
    const text = elementText(sib, 40);
    if (!text || text.length > 30 || !stripDecorations(text)) continue;
    out.push({ text, anchor: sib });
  }
  return out;
}

/**
 * The caption before the block that holds `el`'s row, looked for before `el`'s parent and up to two
 * more ancestors: the words of an element with no field, right before a wrapper that holds the row and
 * more (<div>会社名</div><div>…rows…</div>).
 */
function groupCaptionOf(el: Element): string | null {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (node.tagName === 'FORM' || node.tagName === 'BODY') return null;
    const before = node.previousElementSibling;
    if (!before) continue;
    if (containsField(before)) return null;
    const text = elementText(before, 40);
    return text && stripDecorations(text) && !SCRIPT_ONLY.test(stripDecorations(text)) ? text : null;
  }
  return null;
}

/** 漢字, カナ, フリガナ, ローマ字: a caption naming only the script a value is written in. */
const SCRIPT_ONLY = /^[(（]?(?:漢字|かな|カナ|ひらがな|カタカナ|フリガナ|ふりがな|ローマ字|英字)(?:表記)?[)）]?$/;

/** Last(姓) / First(名), 姓(Family name): a part's mark written in two languages names only the part. */
const BILINGUAL_PART_MARK = /^(?:(?:first|last|given|family|middle)(?:\s*name)?\s*[(（]\s*(?:姓|名|氏)\s*[)）]|(?:姓|名|氏)\s*[(（]\s*(?:first|last|given|family|middle)(?:\s*name)?\s*[)）])$/i;

function namesOnlyAPart(text: string): boolean {
  return isPartMark(text) || BILINGUAL_PART_MARK.test(stripDecorations(text));
}

/** <div table><div tbody><div tr><div td>[ ]: layers of wrappers around the box alone pass through. */
const MAX_LONE_WRAPPERS = 4;

const UNITS_ONLY = /^[\s年月日時分\-－/／:：~〜]+$/;

/** Several boxes with nothing between them but units and separators (年, 月, 日, -): one value's parts. */
function holdsPartsOfOneValue(block: Element): boolean {
  return countFields(block) >= 2 && UNITS_ONLY.test(elementText(block, 40));
}

/** The first field of a block that its own markup does not hide (a hidden twin of a picker is passed over). */
function firstShownField(block: Element): Element | null {
  const first = firstField(block);
  if (!first || !hiddenByMarkup(first)) return first;
  return Array.from(block.querySelectorAll(FIELD_SELECTOR)).find((f) => !hiddenByMarkup(f)) ?? first;
}

/** 213-0001, 神奈川県, 川崎市高津区上作延1-2-3: words that are a value of the kind a box asks, not a caption. */
function showsValue(text: string): boolean {
  const t = stripDecorations(text);
  if (!t || readText(t)) return false;
  const sample = readSampleValue(t);
  return !!sample && (sample.type === 'address' || sample.type === 'phone' || sample.type === 'email');
}

/**
 * <div>  | 現住所 | 新住所</div> over rows <div>郵便番号 | 213-0001 | [ ]</div>: a row of words over rows
 * with as many cells heads the column of the cell the box stands in.
 */
function divGridColumn(cell: Element): string | undefined {
  const row = cell.parentElement;
  if (!row || row.children.length < 3 || row.tagName === 'TR') return undefined;
  const index = Array.from(row.children).indexOf(cell);
  let above = row.previousElementSibling;
  for (let i = 0; above && i < 12; i++, above = above.previousElementSibling) {
    if (above.children.length !== row.children.length || containsField(above)) continue;
    const text = elementText(above.children[index], 20);
    return text && !readText(text)?.addressParts ? text : undefined;
  }
  return undefined;
}

/** The <dt> a <dd> follows, within a few siblings. */
function termBefore(dd: Element): Element | null {
  let sib = dd.previousElementSibling;
  for (let i = 0; sib && i < 6; i++, sib = sib.previousElementSibling) if (sib.tagName === 'DT') return sib;
  return null;
}

/** The one-row table without header cells that holds `el` and at most three other boxes, if any. */
function layoutTable(el: Element): Element | null {
  const table = el.closest('table');
  if (!table || table.querySelectorAll('tr').length !== 1 || countFields(table) > 4) return null;
  if (Array.from(table.querySelectorAll('th')).some((th) => elementText(th, 8))) return null;
  return table;
}

function captionsAnotherField(block: Element, line: Line): boolean {
  const label = block.closest('label');
  if (!label || !countFields(label)) return false;
  return !line.items.some((item) => 'control' in item && label.contains(item.control));
}

interface FoundHeader {
  text: string;
  element: Element;
  column?: string;
  outer: FieldContext['sections'];
  shared?: boolean;
}

const INLINE_TAGS = /^(?:SPAN|B|STRONG|EM|SMALL|FONT|I|SUP)$/;

/**
 * *氏名 <div class="v-input">…<label for=x>楽々太郎</label><input id=x>…</div>: a caption written as
 * bare text right before the wrapper that holds the box alone (a floating-label widget).
 */
function captionBeforeWidget(el: Element, ownLabel: Element | null): FoundHeader | null {
  const words = (node: Element) => {
    let text = node.textContent ?? '';
    // An outlined field repeats its label in the border's legend: every copy of it is the widget's own.
    if (ownLabel && node.contains(ownLabel) && ownLabel.textContent) text = text.split(ownLabel.textContent).join('');
    return stripDecorations(normaliseText(text));
  };
  let wrapper: Element = el;
  for (let i = 0; i < 8 && wrapper.parentElement && countFields(wrapper.parentElement) === 1; i++) {
    const parent: Element = wrapper.parentElement;
    if (/^(?:FORM|BODY|TD|DD|LI)$/.test(parent.tagName)) break;
    // The wrapper ends where its parent holds words of its own (the row the caption stands in).
    if (words(parent) !== words(wrapper)) break;
    wrapper = parent;
  }
  if (wrapper === el) return null;
  const parts: string[] = [];
  for (let node = wrapper.previousSibling, steps = 0; node && steps < 6; node = node.previousSibling, steps++) {
    if (node.nodeType === 3) parts.unshift(node.textContent ?? '');
    else if (node.nodeType === 1 && INLINE_TAGS.test((node as Element).tagName) && !containsField(node as Element)) parts.unshift(node.textContent ?? '');
    else if (node.nodeType === 1) {
      // <div class="head">お名前</div> right above the widget, with no words between.
      if (!stripDecorations(normaliseText(parts.join(' '))) && !containsField(node as Element)) parts.unshift(elementText(node as Element, 40));
      break;
    }
  }
  // A required mark printed before the caption (*氏名) is no hint.
  const text = normaliseText(parts.join(' ')).replace(/^[*＊]\s*/, '');
  if (!text || !stripDecorations(text) || text.length > 20 || HINT.test(text) || LEADING_EXAMPLE.test(text) || /[。、]/.test(text)) return null;
  return { text, element: wrapper, outer: [] };
}
