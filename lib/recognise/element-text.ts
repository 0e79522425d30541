import { normaliseText, wordRunsOn } from './normalise-text';

const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'OPTION', 'BUTTON', 'DATALIST', 'RT', 'RP']);

/** Hidden by its own markup: the hidden attribute or an inline display:none. */
export function hiddenByMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

// Elements drawn as blocks or boxes of their own: the words on either side of one are apart.
const APART = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|IMG|INPUT|LEGEND|LI|MAIN|NAV|OL|P|SECTION|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;

/**
 * The words a reader sees in an element (not the choices of selects inside it), normalised.
 * `shownWith`: the element is hidden only as the block it captions is, and is read as shown.
 */
export function elementText(el: Element, limit = 200, shownWith = false): string {
  let out = '';
  // What stands between the last words and the next: nothing, a space, a line break, a block or box.
  let gap: 'none' | 'space' | 'break' | 'apart' = 'apart';
  const visit = (node: Node) => {
    if (out.length > limit) return;
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      // Indentation between tags counts for nothing against the limit.
      const text = raw.replace(/\s+/g, ' ').trim();
      if (gap === 'none' && /^\s/.test(raw)) gap = 'space';
      if (!text) return;
      const runsOn = (gap === 'none' || gap === 'break') && wordRunsOn(out, text);
      out += runsOn ? text : ` ${text}`;
      gap = /\s$/.test(raw) ? 'space' : 'none';
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (child.tagName === 'BR') {
      if (gap !== 'apart') gap = 'break';
      return;
    }
    const inline = !APART.test(child.tagName) && !SILENT.has(child.tagName);
    if (!inline) gap = 'apart';
    if (SILENT.has(child.tagName)) return;
    // <img alt="メールアドレス">: a caption drawn as an image reads as its alternative text.
    if (child.tagName === 'IMG') {
      out += ` ${child.getAttribute('alt') ?? ''}`;
      return;
    }
    if ((child !== el || !shownWith) && hiddenByMarkup(child)) {
      gap = 'apart';
      return;
    }
    for (let c = child.firstChild; c; c = c.nextSibling) visit(c);
    if (!inline) gap = 'apart';
  };
  visit(el);
  return normaliseText(out).slice(0, limit);
}

export const FIELD_SELECTOR = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), select, textarea';
/** Any control a person can see, buttons included (a block holding one is not empty). */
export const SHOWN_CONTROLS = 'input:not([type="hidden"]), select, textarea';

/** The first fillable field inside `container`, in document order. */
export function firstField(container: Element): Element | null {
  return container.querySelector(FIELD_SELECTOR);
}

export function containsField(el: Element): boolean {
  if (el.matches(FIELD_SELECTOR)) return true;
  return el.querySelector(FIELD_SELECTOR) !== null;
}

export function countFields(el: Element): number {
  return el.querySelectorAll(FIELD_SELECTOR).length;
}

/** <h2>…</h2>, or <header><h2>住所情報</h2></header>: an element that is a section's heading. */
export function isHeading(el: Element): boolean {
  return /^H[1-6]$/.test(el.tagName) || (el.tagName === 'HEADER' && !!el.querySelector('h1, h2, h3, h4, h5, h6'));
}

const CURRENT_ITEM = '.on, .current, .active, .is-current, .is-active, .now, .here, [aria-current]';
// ant-steps-item-active, step--current, flow_now: a class that marks the item as the one in force.
const CURRENT_CLASS = /(?:^|[-_])(?:active|current|now)$/i;

/** Whether an item of a step bar or a tab list is marked as the current one. */
export function isCurrentItem(el: Element): boolean {
  return el.matches(CURRENT_ITEM) || Array.from(el.classList).some((c) => CURRENT_CLASS.test(c));
}
