// One pass over the page in reading order. It cuts the text into lines (a block element, or a <br>,
// ends a line), places each control on its line, and keeps the stack of headings in force, so each
// field learns the words written beside it and the section it sits in.

import { countFields, elementText, isCurrentItem, isHeading, SHOWN_CONTROLS } from './element-text';
import { isValidationMessage, normaliseText, wordRunsOn } from './normalise-text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'OPTGROUP', 'DATALIST', 'BUTTON', 'IFRAME', 'SVG', 'svg', 'OBJECT', 'CANVAS', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'RT', 'RP']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML',
]);
const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const HEADING_CLASS = /(?:^|[\s_-])(?:title|ttl|heading|hdg|head|midashi|caption|step|section-?name|legend|subtitle)(?:$|[\s_-]|\d)/i;

/** Heading levels below h6: class-named titles and table section rows, then short cue lines. */
const LEVEL_TITLE = 7;
const LEVEL_CUE_LINE = 8;

export interface Heading {
  text: string;
  level: number;
  element: Element;
  parent: Heading | null;
  /** A heading read from a switch's line speaks only inside that line's block. */
  scope?: Element;
}

type LineItem = { text: string } | { control: Element };

export interface Line {
  block: Element;
  items: LineItem[];
  /** Index among all lines, in reading order. */
  order: number;
  /** The line starts with a label of a box further on, after a box of its own block. */
  captionsAnother?: boolean;
}

export interface ControlPlace {
  line: Line;
  heading: Heading | null;
}

export interface PageLayout {
  places: Map<Element, ControlPlace>;
  lines: Line[];
}

/** The words a line ends with, when it ends with words rather than a box. */
function lastWords(line: Line): { text: string } | undefined {
  const item = line.items[line.items.length - 1];
  return item && 'text' in item ? item : undefined;
}

function isLocallyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * <header style="display:none"><h2>配偶者情報</h2></header> <table style="display:none">…: a hidden heading
 * right before a hidden block of fields is shown with it and heads it.
 */
function headsHiddenBlock(el: Element): boolean {
  if (!isHeading(el)) return false;
  const next = el.nextElementSibling;
  return !!next && isLocallyHidden(next) && !!next.querySelector(SHOWN_CONTROLS);
}

/** Two sibling blocks styled alike by a class or a style of their own, with no boxes inside: two headings of one rank. */
function sameLook(a: Element, b: Element): boolean {
  if (a === b || a.parentElement !== b.parentElement || a.tagName !== b.tagName || a.querySelector('input, select, textarea') || b.querySelector('input, select, textarea')) return false;
  const cls = a.getAttribute('class') ?? '';
  const style = a.getAttribute('style') ?? '';
  return (!!cls || !!style) && cls === (b.getAttribute('class') ?? '') && style === (b.getAttribute('style') ?? '');
}

/**
 * [ボックス選択][お届け先登録][メール登録 (current)]: a step bar's steps head no block of the page. Its
 * other steps are not this page's, and the step in hand (the last marked, where the steps done are
 * marked as it is) names what the whole page is for, as its title does (see page-headings).
 */
function inStepBar(block: Element): boolean {
  const item = block.closest('li');
  const list = item?.parentElement;
  if (!item || !list || list.children.length < 3) return false;
  return Array.from(list.children).some(isCurrentItem);
}

/**
 * [購入履歴][会員登録内容変更][お届け先追加・変更] above a member's form: a link to another page is a
 * way out of this one, not a heading over its fields.
 */
function isNavigationLink(block: Element, text: string): boolean {
  const links = Array.from(block.querySelectorAll('a[href]'));
  if (!links.length || links.some((a) => /^(?:#|javascript:)/i.test(a.getAttribute('href') ?? ''))) return false;
  return normaliseText(links.map((a) => a.textContent ?? '').join(' ')) === text;
}

export function readPageLayout(
  root: Document | Element,
  controls: Set<Element>,
  isCueLine: (text: string) => boolean,
  isSwitchCue: (text: string) => boolean = () => false,
): PageLayout {
  const places = new Map<Element, ControlPlace>();
  const lines: Line[] = [];
  let current: Line | null = null;
  let heading: Heading | null = null;
  // <label>電話<br>番号</label>, <label>番地、<br>建物名</label>: a break inside a caption that holds no box
  // wraps its words; they stay one line.
  let runOn = false;
  // <label><span>お客様</span>名</label>: words split by an inline tag with no space between them are one word.
  let glued = false;

  const closeLine = () => {
    if (!current) return;
    const line = current;
    current = null;
    const text = line.items.map((i) => ('text' in i ? i.text : '')).join(' ').trim();
    const lineControls = line.items.filter((i): i is { control: Element } => 'control' in i);
    if (lineControls.length) {
      // [ ] ご連絡先とご契約者様が異なる場合: the block the switch opens is someone else's.
      const isSwitch = lineControls.length === 1 && /^(?:checkbox|radio)$/i.test(lineControls[0].control.getAttribute('type') ?? '');
      if (isSwitch && text && isSwitchCue(text)) {
        pushHeading(text.slice(0, 80), LEVEL_CUE_LINE, line.block);
        heading!.scope = line.block;
      }
      return;
    }
    // Only heading-like lines count: short, and not a sentence of instructions.
    const inCell = line.block.closest('td, th, dt');
    const headingLike = !inCell && text.length > 0 && text.length <= 20 && !/[、。]|ください/.test(text) && !inStepBar(line.block) && !isNavigationLink(line.block, text);
    // 2人目の情報（任意） … 連絡先・その他 in a block of the same look: the next section has begun, and
    // the person the first one named stops there.
    if (headingLike && !isCueLine(text) && heading && heading.level === LEVEL_CUE_LINE && sameLook(heading.element, line.block)) {
      pushHeading(text, LEVEL_CUE_LINE, line.block);
      return;
    }
    if (headingLike && isCueLine(text)) {
      // A cue line heads the fields of the box it stands in (お子様のお名前 over the child's rows), not
      // the boxes after it. <div class="form-group"><label>ご契約者様</label> <div>[ ] [ ]</div></div>: a
      // caption standing inside the group of its boxes heads that group alone, under any cue line above it.
      const inGroup = !!line.block.querySelector('input, select, textarea');
      pushHeading(text, inGroup ? LEVEL_CUE_LINE + 1 : LEVEL_CUE_LINE, line.block);
      let box = inGroup ? line.block : line.block.parentElement;
      while (box && box.tagName !== 'FORM' && box.tagName !== 'BODY' && !box.querySelector('input, select, textarea')) box = box.parentElement;
      if (box && box.tagName !== 'FORM' && box.tagName !== 'BODY') heading!.scope = box;
    } else if (inCell && /^\(.{4,40}\)$/.test(text) && isCueLine(text)) {
      // 連絡先 | （現住所以外に連絡を希望する場合のみ記入） 〒[ ] [ ]…: a bracketed note at the head of a cell
      // says whose the cell's fields are.
      pushHeading(text, LEVEL_CUE_LINE, line.block);
      heading!.scope = inCell;
    }
  };
  const lineFor = (block: Element): Line => {
    if (current && current.block === block) return current;
    closeLine();
    current = { block, items: [], order: lines.length };
    lines.push(current);
    return current;
  };
  const pushHeading = (text: string, level: number, element: Element) => {
    let top = heading;
    while (top && top.level >= level) top = top.parent;
    heading = { text, level, element, parent: top };
  };

  const walk = (node: Node, block: Element) => {
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      const text = normaliseText(raw);
      const last = current?.block === block ? lastWords(current) : undefined;
      if (text && runOn && last) last.text += wordRunsOn(last.text, text) ? text : ` ${text}`;
      else if (text && glued && last && !/^\s/.test(raw) && wordRunsOn(last.text, text)) last.text += text;
      else if (text && !isValidationMessage(text)) lineFor(block).items.push({ text });
      if (text) {
        runOn = false;
        glued = !/\s$/.test(raw);
      } else if (raw) glued = false;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    runOn = false;
    if (controls.has(el)) {
      glued = false;
      const line = lineFor(block);
      line.items.push({ control: el });
      places.set(el, { line, heading });
      return;
    }
    const tag = el.tagName.toUpperCase();
    if (tag === 'IMG') {
      glued = false;
      const alt = normaliseText(el.getAttribute('alt') ?? '');
      if (alt) lineFor(block).items.push({ text: alt });
      return;
    }
    if (SKIP.has(tag)) return;
    // [国籍 ▾] <label for="birth">生年月日</label>: words that caption another box start a line of their
    // own; they are no words after the box before them.
    if (tag === 'LABEL' && current?.block === block && labelsAnotherControl(el, current)) {
      closeLine();
      lineFor(block).captionsAnother = true;
    }
    if (tag === 'BR') {
      glued = false;
      const last = current?.block === block ? lastWords(current) : undefined;
      const next = el.nextSibling?.nodeType === 3 ? normaliseText(el.nextSibling.nodeValue ?? '') : '';
      if (last && next && el.parentElement && !el.parentElement.querySelector(SHOWN_CONTROLS)) runOn = true;
      else if (current && current.block === block) closeLine();
      return;
    }
    // A hidden block with fields (a later step, 別住所に送る) keeps its captions; other hidden text
    // (error messages, templates) is not read.
    const hidden = isLocallyHidden(el);
    const headsHidden = hidden && headsHiddenBlock(el);
    if (hidden && !headsHidden && !el.querySelector(SHOWN_CONTROLS)) return;
    const isBlock = BLOCK.has(tag);
    if (tag === 'TR') noteSectionRow(el);
    const innerBlock = isBlock ? el : block;
    if (isBlock) closeLine();
    const saved = heading;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, innerBlock);
    if (isBlock) closeLine();
    for (let h = heading as Heading | null; h; h = h.parent) if (h.scope === el) heading = h.parent;
    // Section rows and cue lines speak for their own table or form only.
    if (tag === 'FORM' || tag === 'TABLE')
      while (heading && heading !== saved && heading.level >= LEVEL_TITLE) heading = heading.parent;
    // Headings inside a hidden block speak for that block only.
    if (hidden && !headsHidden) heading = saved;
    const level = HEADING_LEVEL[tag];
    if (level) {
      // <h3><img alt="あの人の情報を入力してください"></h3>: a heading drawn as an image reads as its alternative text.
      pushHeading((normaliseText(el.textContent ?? '') || elementText(el, 80)).slice(0, 80), level, el);
    } else if (
      tag !== 'BODY' && tag !== 'FORM' && tag !== 'TABLE' && tag !== 'TR' &&
      HEADING_CLASS.test(el.getAttribute('class') ?? '') &&
      !el.querySelector('input:not([type="hidden"]):not([type="checkbox"]), select, textarea') &&
      !captionOfOwnGroup(el)
    ) {
      const text = normaliseText(el.textContent ?? '');
      if (text && text.length <= 40) pushHeading(text, LEVEL_TITLE, el);
    }
  };

  // A table row holding one cell that spans the table (<th colspan="2">お引越し先</th>) heads the rows
  // below; so does a row whose header cell has words and whose other cells are empty
  // (<th>ご売却物件所在地</th><td></td>).
  const noteSectionRow = (tr: Element) => {
    const all = Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    const cells = all.length > 1 && all[0].tagName === 'TH' && all.slice(1).every((c) => !normaliseText(c.textContent ?? '') && !c.querySelector('input, select, textarea, img, button'))
      ? all.slice(0, 1)
      : all;
    if (cells.length !== 1) return;
    const cell = cells[0];
    const span = Number(cell.getAttribute('colspan') ?? '1');
    const table = tr.closest('table');
    const wide = span > 1 || (table ? Array.from(table.querySelectorAll('tr')).some((r) => r.children.length > 1) : false);
    if (!wide) return;
    if (cell.querySelector('input:not([type="hidden"]):not([type="checkbox"]), select, textarea')) return;
    const text = normaliseText(cell.textContent ?? '');
    if (text && text.length <= 80) pushHeading(text, LEVEL_TITLE, tr);
  };

  // Headings above a scoped root still name its sections, so the walk always covers the whole body.
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const start = doc.body ?? doc.documentElement;
  if (start) walk(start, start);
  closeLine();
  return { places, lines };
}

/**
 * <div class="input-item"><div class="item-title">所在地郵便番号</div>[ ]</div>: a titled caption that
 * shares a small group with its boxes and no other caption is that group's caption, not a section
 * heading that would replace the one over the block (勤務先・学校情報).
 */
function captionOfOwnGroup(el: Element): boolean {
  const group = el.parentElement;
  if (!group || group.tagName === 'FORM' || group.tagName === 'BODY') return false;
  const fields = countFields(group);
  if (fields < 1 || fields > 3) return false;
  // <label class="hyphen">-</label> between the pieces of one number captions nothing.
  const captions = Array.from(group.querySelectorAll('label, th, dt, legend')).filter((c) => !/^[\s\-－ー‐~〜]*$/.test(c.textContent ?? ''));
  return !captions.length && Array.from(group.querySelectorAll('[class]')).every((other) => other === el || other.contains(el) || !HEADING_CLASS.test(other.getAttribute('class') ?? ''));
}

function labelsAnotherControl(label: Element, line: Line): boolean {
  const target = label.getAttribute('for');
  const lineControls = line.items.filter((i): i is { control: Element } => 'control' in i).map((i) => i.control);
  if (!target || !lineControls.length || label.querySelector('input, select, textarea')) return false;
  return !lineControls.some((c) => c.getAttribute('id') === target);
}
