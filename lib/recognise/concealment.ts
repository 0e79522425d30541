// Static signs that a control is kept from people: the classifier cannot rely on layout (the CLI has
// none), so it reads the `hidden` attribute, inline styles and simple rules of the page's own <style>.

import { isHeading, SHOWN_CONTROLS } from './element-text';

const HIDING_DECLARATION =
  /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|!|$)|(?:left|top|margin-left|text-indent)\s*:\s*-\d{3,}(?:\.\d+)?px|clip\s*:\s*rect\(\s*0|(?:^|;)\s*(?:width|height)\s*:\s*0(?:px)?\s*(?:;|!|$)/i;

const HONEYPOT_NAME = /(?:^|[\s_-])(?:honey ?pot|hpot|hp|trap|bot|website|homepage|url|fax_only|leave_blank|do_not_fill)(?:$|[\s_-])/i;

const SHOWING_DECLARATION = /display\s*:\s*(?!none)[a-z-]+|visibility\s*:\s*visible/i;
const STATE_CLASS = /\.(?:active|show|shown|open|opened|current|selected|visible|on|in|is-[\w-]+)(?![\w-])/i;

interface StyleRule {
  selector: string;
  order: number;
  specificity: number;
  /** display: none or visibility: hidden — taken out of the page, not moved off screen. */
  removes?: boolean;
}

const REMOVING_DECLARATION = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const OFFSCREEN_DECLARATION = /(?:left|top|margin-left|text-indent)\s*:\s*-\d{3,}|clip\s*:|opacity\s*:\s*0/i;

function specificityOf(selector: string): number {
  const ids = (selector.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]/g) ?? []).length;
  const tags = (selector.replace(/[#.][\w-]+|\[[^\]]*\]/g, ' ').match(/[a-z][\w-]*/gi) ?? []).length;
  return ids * 10000 + classes * 100 + tags;
}

/** The simple rules of the page's own <style> elements that hide, and those that show, what they select. */
function styleRules(doc: Document): { hiding: StyleRule[]; showing: StyleRule[] } {
  const hiding: StyleRule[] = [];
  const showing: StyleRule[] = [];
  let order = 0;
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      order++;
      const hides = HIDING_DECLARATION.test(m[2]);
      if (!hides && !SHOWING_DECLARATION.test(m[2])) continue;
      for (const sel of m[1].split(',')) {
        const selector = sel.trim();
        if (!/^[#.\w\-[\]="' >]+$/.test(selector) || selector.length >= 80) continue;
        (hides ? hiding : showing).push({ selector, order, specificity: specificityOf(selector), removes: hides && REMOVING_DECLARATION.test(m[2]) && !OFFSCREEN_DECLARATION.test(m[2]) });
      }
    }
  }
  return { hiding, showing };
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function selectAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    // A selector this simple parser mis-read; the page's other rules still count.
    return [];
  }
}

/** `.form-section.active` after `.form-section`, `.tab-content > .show`: a state of the hidden element, not a layout rule. */
function isStateOf(show: StyleRule, hide: StyleRule): boolean {
  const last = (selector: string) => selector.split(/[\s>]+/).pop() ?? '';
  const hiddenClasses = last(hide.selector).match(/\.[\w-]+/g) ?? [];
  const shownLast = last(show.selector);
  return STATE_CLASS.test(shownLast) || (hiddenClasses.length > 0 && hiddenClasses.every((c) => new RegExp(`\\${c}(?![\\w-])`).test(shownLast)));
}

/** Panels a page's style sheet hides by a class and shows in another state of it (tabs, steps). */
const toggledPanels = new WeakMap<Document, Set<Element>>();
/** Blocks a page's style sheet takes out of the page (.d-none): hidden, as by the hidden attribute. */
const styleHiddenBlocks = new WeakMap<Document, Set<Element>>();
/** The words of the page's visible choices, read once per recognition. */
const choiceCores = new WeakMap<Document, string[]>();

export type Concealment = 'hidden' | 'offscreen' | null;

/** Returns a checker telling whether (and how) a control is concealed by its markup. */
export function createConcealmentCheck(doc: Document): (el: Element) => Concealment {
  const { hiding, showing } = styleRules(doc);
  const concealed = new Set<Element>();
  const toggled = new Set<Element>();
  const removed = new Set<Element>();
  for (const hide of hiding) {
    const elements = selectAll(doc, hide.selector);
    const overriding = showing.filter((show) => show.specificity > hide.specificity || (show.specificity === hide.specificity && show.order > hide.order));
    // .form-section { display: none } .form-section.active { display: block }: the active one shows.
    const shown = elements.filter((el) => overriding.some((show) => matches(el, show.selector)));
    const hasState = shown.length > 0 && overriding.some((show) => isStateOf(show, hide) && shown.some((el) => matches(el, show.selector)));
    for (const el of elements) {
      if (shown.includes(el)) continue;
      if (hasState) toggled.add(el);
      else if (hide.removes) removed.add(el);
      else concealed.add(el);
    }
  }
  toggledPanels.set(doc, toggled);
  styleHiddenBlocks.set(doc, removed);
  // The page may have changed since it was last read (a live page recognised again).
  choiceCores.delete(doc);
  const cache = new Map<Element, Concealment>();
  const check = (el: Element | null): Concealment => {
    if (!el || el.tagName === 'BODY' || el.tagName === 'HTML') return null;
    const cached = cache.get(el);
    if (cached !== undefined) return cached;
    let result: Concealment = null;
    const style = el.getAttribute('style') ?? '';
    if (el.hasAttribute('hidden') || REMOVING_DECLARATION.test(style) || toggled.has(el) || removed.has(el)) result = 'hidden';
    else if (HIDING_DECLARATION.test(style) || concealed.has(el)) result = 'offscreen';
    else if (el.getAttribute('aria-hidden') === 'true' && el.querySelector('[tabindex="-1"]')) result = 'offscreen';
    if (!result) result = check(el.parentElement);
    cache.set(el, result);
    return result;
  };
  let labelsFor: Map<string, Element> | null = null;
  const labelFor = (id: string): Element | undefined => {
    if (!labelsFor) {
      labelsFor = new Map();
      for (const label of Array.from(doc.querySelectorAll('label[for]'))) if (!labelsFor.has(label.getAttribute('for')!)) labelsFor.set(label.getAttribute('for')!, label);
    }
    return labelsFor.get(id);
  };
  // <label class="radio-btn"><input type="radio"> 男性</label> with the circle hidden by the style
  // sheet: the label is the choice a person clicks, so the choice is shown while its label is.
  return (el: Element | null): Concealment => {
    const result = check(el);
    if (!result || !el?.matches('input[type="radio"], input[type="checkbox"]')) return result;
    const id = el.getAttribute('id');
    const label = el.closest('label') ?? (id ? labelFor(id) : null);
    // <label role="radio" tabindex="0"> around <input tabindex="-1" aria-hidden>: the drawn control takes focus for it.
    const drawnTakesFocus = !!label && (/^(?:radio|checkbox)$/.test(label.getAttribute('role') ?? '') || label.getAttribute('tabindex') === '0');
    return label && label.textContent?.trim() && !check(label) && (el.getAttribute('tabindex') !== '-1' || drawnTakesFocus) ? null : result;
  };
}

const UNTYPED_TYPE = /^(?:checkbox|radio|button|submit|reset|image|file|range|color)$/i;

/** The boxes of a block that a person types in (no choices, buttons or pickers). */
function typedControls(block: Element): Element[] {
  return Array.from(block.querySelectorAll(SHOWN_CONTROLS)).filter((f) => !UNTYPED_TYPE.test(f.getAttribute('type') ?? ''));
}

/**
 * The block that conceals a field: the highest of its ancestors the check finds concealed on its
 * own account, below the first one it is not.
 */
function concealingBlock(el: Element, check: (el: Element) => Concealment): Element | null {
  let block: Element | null = null;
  for (let node: Element | null = el; node && node.tagName !== 'BODY' && check(node); node = node.parentElement) block = node;
  return block;
}

/**
 * A step faded out until the steps before it are done (opacity-0 under STEP 2): a trap is one or two
 * boxes, never a block of three or more that a person types in.
 */
function isConcealedSteps(el: Element, check: (el: Element) => Concealment): boolean {
  const block = concealingBlock(el, check);
  if (!block) return false;
  const typed = typedControls(block);
  return typed.length >= 3 && !typed.some((f) => HONEYPOT_NAME.test(`${f.getAttribute('name') ?? ''} ${f.getAttribute('id') ?? ''}`));
}

/** A field that only a bot would fill: concealed, or named like a trap and kept out of tab order. */
export function looksLikeHoneypot(el: Element, concealment: Concealment, check: (el: Element) => Concealment): boolean {
  const ident = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (concealment === 'offscreen') return !isConcealedSteps(el, check);
  if (concealment === 'hidden') return HONEYPOT_NAME.test(ident);
  return HONEYPOT_NAME.test(ident) && el.getAttribute('tabindex') === '-1';
}

const SWITCH_WORDS = /別|他の|その他|異なる|違う|追加|変更|指定|開く|表示|入力する/;

function hiddenContainer(el: Element): Element | null {
  const toggled = toggledPanels.get(el.ownerDocument);
  const removed = styleHiddenBlocks.get(el.ownerDocument);
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    // visibility: hidden as well as display: none: a collapsed step or accordion (MUI's Collapse) hides so.
    if (node.hasAttribute('hidden') || REMOVING_DECLARATION.test(node.getAttribute('style') ?? '') || toggled?.has(node) || removed?.has(node)) return node;
  }
  return null;
}

function isSwitch(el: Element | null, depth = 0): boolean {
  if (!el) return false;
  const control = el.matches('input[type="checkbox"], input[type="radio"], button, summary, a')
    ? el
    : el.querySelector('input[type="checkbox"], input[type="radio"], button, summary');
  if (!control) return false;
  // A switch inside a block that is itself opened on demand (光電話 → 発番方法 → 固定電話番号).
  if (hiddenContainer(control) && !(depth < 3 && shownOnDemand(control, depth + 1))) return false;
  // A radio group right before a hidden block switches between what it offers (新規発番 / 継続して使用).
  return SWITCH_WORDS.test(el.textContent ?? '') || el.querySelectorAll('input[type="radio"]').length >= 2 || (el.matches('input[type="radio"]'));
}

/** The element before `el`, passing over hidden inputs, scripts and empty wrappers. */
function previousShown(el: Element): Element | null {
  let prev = el.previousElementSibling;
  while (prev && (prev.matches('input[type="hidden"], script, style, template') || (!prev.textContent?.trim() && !prev.querySelector('input, select, textarea, button'))))
    prev = prev.previousElementSibling;
  return prev;
}

/** The words of the switch right before a hidden block (別の配送先を指定する), if one opens it. */
export function openingSwitchText(el: Element): string {
  const container = hiddenContainer(el);
  const opener = container ? previousShown(container) : null;
  const text = (opener?.textContent ?? '').replace(/\s+/g, ' ').trim();
  // A switch is a line of choices, not a block of its own fields.
  return opener && text.length <= 60 && isSwitch(opener) ? text : '';
}

/**
 * A block hidden until the person opens it: its container is named by a visible switch
 * (aria-controls, a #fragment) or comes right after a checkbox, radio or button that offers it
 * (別住所に送る). Such a block holds real fields; the fill's own visibility check decides.
 */
export function shownOnDemand(el: Element, depth = 0): boolean {
  const container = hiddenContainer(el);
  if (!container) return false;
  if (asksForPersonalValue(el) || requiredOnceShown(el, container) || containerAsksForPerson(container)) return true;
  // A panel the page's style sheet shows in another state (.form-section.active): a tab the page opens.
  if (toggledPanels.get(el.ownerDocument)?.has(container)) return true;
  const id = container.getAttribute('id');
  if (id) {
    for (const opener of Array.from(el.ownerDocument.querySelectorAll('[aria-controls], [data-target], [data-bs-target], a[href^="#"]'))) {
      const names = `${opener.getAttribute('aria-controls') ?? ''} ${(opener.getAttribute('data-target') ?? opener.getAttribute('data-bs-target') ?? opener.getAttribute('href') ?? '').replace(/^#/, '')}`;
      // A step's 次へ link sits in the step before, itself opened on demand.
      if (names.split(/\s+/).includes(id) && (!hiddenContainer(opener) || (depth < 4 && hiddenContainer(opener) !== container && shownOnDemand(opener, depth + 1)))) return true;
    }
  }
  return isSwitch(previousShown(container), depth) || namedByVisibleChoice(container) || isLaterStep(container) || isDialog(container) || addedByButton(container) || behindTabs(container) || wholeForm(container);
}

/**
 * <div style="display:none"> 郵便番号 <input class="required validate[required]">: a box the page will
 * not let the user leave empty is one it means to show; a trap must stay empty, so it is never required.
 */
function requiredOnceShown(el: Element, container: Element): boolean {
  if (el.hasAttribute('required') || el.getAttribute('aria-required') === 'true') return true;
  // <dd class="required" style="display:none">: the row that holds the box may carry the mark.
  for (let node: Element | null = el; node; node = node === container ? null : node.parentElement)
    if (/(?:^|\s)required(?:\s|$)|\[required\b/.test(node.getAttribute('class') ?? '')) return true;
  return false;
}

/**
 * <section hidden> 名字 [autocomplete=family-name] フリガナ（名字） [ ]: a block whose boxes ask the
 * browser for the person's values is one the page means to show, its other boxes with them.
 */
function containerAsksForPerson(container: Element): boolean {
  return typedControls(container).some((f) => asksForPersonalValue(f));
}

const PERSONAL_AUTOCOMPLETE = /(?:^|\s)(?:name|given-name|family-name|postal-code|street-address|address-line[1-3]|address-level[1-4]|tel(?:-national)?|email|bday(?:-year|-month|-day)?|sex)$/i;

/**
 * <label class="field hidden"> 郵便番号 <input autocomplete="postal-code">: a box that tells the
 * browser which of the person's values it takes is one the page means to show (when a choice needs
 * it); a trap never asks the browser to fill it.
 */
function asksForPersonalValue(el: Element): boolean {
  return PERSONAL_AUTOCOMPLETE.test((el.getAttribute('autocomplete') ?? '').trim());
}

/**
 * <form hidden> that a script shows once the page is ready, or the entry step a page shows after its
 * terms are agreed to ([✓] 利用規約に同意します [確認] above it): a trap is a few fields among shown
 * ones, never every box the form asks to be typed in.
 */
function wholeForm(container: Element): boolean {
  if (container.tagName === 'FORM') return container.querySelectorAll(SHOWN_CONTROLS).length >= 3;
  const form = container.closest('form') ?? container.ownerDocument.body;
  if (!form) return false;
  const typed = typedControls(form);
  return typed.length >= 3 && typed.every((f) => container.contains(f));
}

const TAB_BAR_CLASS = /(?:^|[\s_-])tabs?(?:$|[\s_-])/i;

/** [一般ログイン][東京ガス連携] above a hidden panel: a row of tabs, each showing its own panel. */
function behindTabs(container: Element): boolean {
  for (let node: Element | null = container, level = 0; node && level < 3 && node.tagName !== 'BODY'; node = node.parentElement, level++) {
    const bar = previousShown(node);
    if (!bar || hiddenContainer(bar)) continue;
    const isBar = bar.getAttribute('role') === 'tablist' || TAB_BAR_CLASS.test(bar.getAttribute('class') ?? '');
    if (isBar && bar.querySelectorAll('button, a, [role="tab"]').length >= 2) return true;
  }
  return false;
}

const ADD_WORDS = /追加|増やす|(?:^|\s|\+)add(?:$|\s)/i;

/** Rows of 家族 kept hidden as a template, with 「+ 家族を追加」 right after them: the button shows them. */
function addedByButton(container: Element): boolean {
  for (let node: Element | null = container, level = 0; node && level < 3; node = node.parentElement, level++) {
    const next = node.nextElementSibling;
    if (!next) continue;
    const button = next.matches('button, input[type="button"], a') ? next : next.children.length === 1 ? next.querySelector(':scope > button, :scope > a') : null;
    const words = button ? (button.textContent || button.getAttribute('value') || '').trim() : '';
    return !!button && words.length <= 20 && ADD_WORDS.test(words);
  }
  return false;
}

const DIALOG_CLASS = /(?:^|[\s_-])(?:modal|dialog|popup|jconfirm|lightbox|overlay)(?:$|[\s_-])/i;

/** A dialog (パスワードを忘れた方 → a box asking the phone): a block a button opens, not a trap. */
function isDialog(container: Element): boolean {
  for (let node: Element | null = container; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.tagName === 'DIALOG' || node.getAttribute('role') === 'dialog' || node.getAttribute('aria-modal') === 'true' || DIALOG_CLASS.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** Steps of one form share their markup: a hidden block shaped like a visible block of fields is a later step. */
function isLaterStep(container: Element): boolean {
  const kind = blockKind(container);
  const parent = container.parentElement;
  if (!kind || !parent) return false;
  const alike = Array.from(parent.children).filter((sibling) => sibling !== container && sibling.tagName === container.tagName && blockKind(sibling) === kind);
  if (alike.some((sibling) => !hiddenContainer(sibling) && !!sibling.querySelector(SHOWN_CONTROLS))) return true;
  // <section class="step">ご案内</section> then hidden steps of the same kind: a page of steps that opens
  // on words alone; a trap is never a series of blocks.
  const shownIntro = alike.some((sibling) => !hiddenContainer(sibling) && !!sibling.textContent?.trim());
  const hiddenSteps = [container, ...alike.filter((sibling) => hiddenContainer(sibling) === sibling)];
  return shownIntro && hiddenSteps.length >= 3 && hiddenSteps.reduce((n, step) => n + typedControls(step).length, 0) >= 3;
}

// MuiCollapse-entered / MuiCollapse-hidden, accordion--open: a component library's state modifier.
const STATE_CLASS_NAME =
  /^(?:is-|has-)|^(?:in)?active$|^(?:d-none|hidden|hide|show|shown|current|open|closed|visible|invisible|selected|disabled)$|--(?:in)?active$|(?:-|--)(?:entered|entering|exited|exiting|hidden|open|opened|closed|collapsed|expanded|visible)$/i;

/**
 * The classes that say what a block is, without those that say its state (is-inactive, active,
 * d-none); a numbered class (step-1, step-2) says which of its kind it is, so the number is dropped.
 */
function baseClasses(el: Element): string {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !STATE_CLASS_NAME.test(c)).map((c) => c.replace(/\d+$/, '#')).sort().join(' ');
}

/** What a block is: its classes, or, with none, the data- attributes it is marked with (<div data-step="2">). */
function blockKind(el: Element): string {
  const cls = baseClasses(el);
  if (cls) return cls;
  return el.getAttributeNames().filter((n) => n.startsWith('data-')).sort().join(' ');
}

const SHORT_CHOICE_WORD = /^[\u3040-\u30ff\u4e00-\u9fff]{2,6}$/;
const YES_NO = /^(?:あり|なし|有り?|無し?|はい|いいえ|する|しない|希望する|希望しない)$|選択|選んで/;

/** The words of the page's visible radio and checkbox choices, without 希望 / する / の場合. */
function visibleChoiceCores(doc: Document): string[] {
  let cores = choiceCores.get(doc);
  if (cores) return cores;
  cores = [];
  const labels = new Map<string, string>();
  for (const label of Array.from(doc.querySelectorAll('label[for]'))) labels.set(label.getAttribute('for')!, label.textContent ?? '');
  for (const choice of Array.from(doc.querySelectorAll('input[type="radio"], input[type="checkbox"]'))) {
    // A choice on a later step (連絡方法 [✓]メール on step 6 of 6) is seen when its step is.
    const container = hiddenContainer(choice);
    if (container && !isLaterStep(container)) continue;
    const id = choice.getAttribute('id');
    const text = ((id ? labels.get(id) : undefined) ?? choice.nextElementSibling?.textContent ?? choice.nextSibling?.textContent ?? '').trim();
    const core = text.replace(/\s+/g, '').replace(/(?:を)?(?:希望|申請|申込み?)?(?:する|します|される|の場合|あり)?$/, '');
    if (core.length >= 2 && core.length <= 10) cores.push(core);
    // 住所（会社で手配する社宅は除く）・電話番号: a long choice is named by its leading word.
    else if (core.length > 10) {
      const lead = /^[^(（・、,/]{2,6}(?=[(（・、,/])/.exec(core)?.[0];
      if (lead) cores.push(lead);
    }
  }
  // 確認のご連絡 [メールでのご連絡 ▾]: an option's leading word (メール, 電話) names the block it opens.
  for (const option of Array.from(doc.querySelectorAll('select option'))) {
    if (hiddenContainer(option)) continue;
    const text = (option.textContent ?? '').trim();
    const lead = /^([^\sでのにを]{2,6})(?:で|の|による|にて|を)/.exec(text);
    if (lead) cores.push(lead[1]);
    // ご希望のサービス [不用品回収 / 引越し ▾] over a hidden 引越し先住所: a short list's option, a word of
    // its own, names the block it opens.
    else if (SHORT_CHOICE_WORD.test(text) && !YES_NO.test(text) && (option.closest('select')?.options.length ?? 99) <= 8) cores.push(text);
  }
  choiceCores.set(doc, cores);
  return cores;
}

/** 〇解約希望 above a hidden block whose rows ask 解約理由 and 解約希望日: the choice opens it. */
function namedByVisibleChoice(container: Element): boolean {
  const captionText = (headingBefore(container) + (container.querySelector('th, td, dt, label, legend, h2, h3, h4, p, div')?.textContent ?? '')).replace(/\s+/g, '');
  // A block whose box carries its caption inside (placeholder="メールアドレス") is named by it.
  const box = captionText ? null : container.querySelector(SHOWN_CONTROLS);
  const first = captionText || (box?.getAttribute('aria-label') ?? box?.getAttribute('placeholder') ?? '').replace(/\s+/g, '');
  return !!first && visibleChoiceCores(container.ownerDocument).some((core) => first.includes(core));
}

/** <header style="display:none"><h2>住所情報</h2></header> <table style="display:none">: the heading hidden with the block names it. */
function headingBefore(container: Element): string {
  const prev = container.previousElementSibling;
  return prev && isHeading(prev) ? (prev.textContent ?? '') : '';
}

/**
 * <div role="radio" aria-label="男"><input type="radio" class="hidden">…</div>: a component library
 * hides the native choice and draws its own; the drawn control, shown with its words, is the choice.
 */
export function styledChoice(el: Element, concealed: (el: Element) => Concealment): boolean {
  if (!/^(?:radio|checkbox)$/i.test(el.getAttribute('type') ?? '')) return false;
  let node = el.parentElement;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) {
    const role = node.getAttribute('role');
    if (role !== 'radio' && role !== 'checkbox' && node.tagName !== 'LABEL') continue;
    const words = (node.getAttribute('aria-label') ?? '') + (node.textContent ?? '');
    return !concealed(node) && !!words.trim();
  }
  return false;
}
