// Whether a person could see (and so would have typed into) a field. Forms hide traps in many ways:
// type=hidden, display/visibility, faint opacity (its own or its ancestors'), filter: opacity(),
// transforms that scale to nothing, 1×1 px boxes, off-screen positioning, clip/clip-path, boxes
// clipped away by an overflow ancestor, closed <details>, and elements covered by others — in the
// document or inside a shadow root. A field that fails any check is never filled.

import { labelsOf, startLabelIndex, stopLabelIndex } from './labels-of';

const MIN_SIZE = 4;
/** Below this effective opacity (the product over the element and its ancestors) a field is invisible. */
export const MIN_OPACITY = 0.1;

/** The factor `filter: opacity(…)` applies (several opacity() functions multiply). */
export function filterOpacity(filter: string): number {
  let factor = 1;
  for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    const n = Number(m[1]);
    if (Number.isFinite(n)) factor *= Math.min(1, m[2] ? n / 100 : n);
  }
  return factor;
}

/** Whether a computed `transform` (matrix/matrix3d) or `scale` value squashes the box to nothing. */
export function scalesToZero(transform: string, scale = 'none'): boolean {
  const EPS = 1e-3;
  if (scale && scale !== 'none' && scale.split(/\s+/).some((s) => Math.abs(parseFloat(s) * (s.endsWith('%') ? 0.01 : 1)) < EPS)) return true;
  const m = /^matrix(3d)?\(([^)]*)\)$/.exec(transform.trim());
  if (!m) return false;
  const v = m[2].split(',').map(Number);
  // The area a unit square keeps in the page's plane: |a·d − b·c| of the 2D part.
  const [a, b, c, d] = m[1] ? [v[0], v[1], v[4], v[5]] : [v[0], v[1], v[2], v[3]];
  return Math.abs(a * d - b * c) < EPS;
}

interface OwnHiding {
  clipped: boolean;
  opacity: number;
  squashed: boolean;
  /** overflow-x / overflow-y clip the descendants' boxes ('hidden'/'clip' for good, 'scroll' when scrollable). */
  overflow: 'none' | 'hidden' | 'scroll';
}

// Within one batch of checks (see withHitTesting) fields share most ancestors: what an ancestor hides,
// and where its box lies, is computed once; so is each field's verdict until the page may have changed.
let ancestorCache: WeakMap<Element, OwnHiding> | null = null;
let boxCache: WeakMap<Element, DOMRect> | null = null;
let verdicts: WeakMap<Element, boolean> | null = null;
/** The batch's document and, once asked for, its shadow roots (finding them walks the whole page). */
let batchDoc: Document | null = null;
let batchRoots: (Document | ShadowRoot)[] | null = null;

function boxOf(node: Element): DOMRect {
  const cached = boxCache?.get(node);
  if (cached) return cached;
  const box = node.getBoundingClientRect();
  boxCache?.set(node, box);
  return box;
}

function ownHiding(node: Element): OwnHiding {
  const cached = ancestorCache?.get(node);
  if (cached) return cached;
  const style = getComputedStyle(node);
  const overflows = [style.overflowX, style.overflowY];
  const hiding: OwnHiding = {
    clipped:
      (!!style.clipPath && style.clipPath !== 'none') ||
      (!!style.clip && style.clip !== 'auto' && (style.position === 'absolute' || style.position === 'fixed')),
    opacity: (Number(style.opacity) || (style.opacity === '' ? 1 : 0)) * filterOpacity(style.filter || ''),
    squashed: scalesToZero(style.transform || 'none', (style as CSSStyleDeclaration & { scale?: string }).scale ?? 'none'),
    overflow: overflows.some((o) => o === 'hidden' || o === 'clip')
      ? 'hidden'
      : overflows.some((o) => o === 'auto' || o === 'scroll')
        ? 'scroll'
        : 'none',
  };
  ancestorCache?.set(node, hiding);
  return hiding;
}

/** The element's parent in the flat tree a person sees: a shadow root's host counts as its parent. */
function parentOf(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) out.push(node);
  return out;
}

/** The product of the element's and all its ancestors' opacities (opacity and filter: opacity()). */
export function effectiveOpacity(el: Element): number {
  let opacity = 1;
  for (const node of ancestors(el)) opacity *= ownHiding(node).opacity;
  return opacity;
}

function isOffPage(rect: DOMRect, win: Window): boolean {
  const doc = win.document.documentElement;
  const left = rect.left + win.scrollX;
  const top = rect.top + win.scrollY;
  const width = Math.max(doc.scrollWidth, win.innerWidth);
  const height = Math.max(doc.scrollHeight, win.innerHeight);
  return left + rect.width <= 0 || top + rect.height <= 0 || left >= width || top >= height;
}

/** Whether an ancestor with overflow other than visible cuts the field's box down below a usable
 * size. A scrollable ancestor is measured against everything it can scroll to. */
function isClippedAway(el: Element, rect: DOMRect): boolean {
  let left = rect.left;
  let top = rect.top;
  let right = rect.right;
  let bottom = rect.bottom;
  for (const node of ancestors(el).slice(1)) {
    const hiding = ownHiding(node);
    if (hiding.overflow === 'none' || node === node.ownerDocument.documentElement || node === node.ownerDocument.body) continue;
    const box = boxOf(node);
    const inner = {
      left: box.left + node.clientLeft,
      top: box.top + node.clientTop,
      right: box.left + node.clientLeft + node.clientWidth,
      bottom: box.top + node.clientTop + node.clientHeight,
    };
    if (hiding.overflow === 'scroll') {
      inner.left -= node.scrollLeft;
      inner.top -= node.scrollTop;
      inner.right = inner.left + node.scrollWidth;
      inner.bottom = inner.top + node.scrollHeight;
    }
    left = Math.max(left, inner.left);
    top = Math.max(top, inner.top);
    right = Math.min(right, inner.right);
    bottom = Math.min(bottom, inner.bottom);
    if (right - left < MIN_SIZE || bottom - top < MIN_SIZE) return true;
  }
  return false;
}

// Covers that let clicks through (pointer-events: none) are invisible to elementFromPoint. Where the
// hit-test sheet could not be adopted (Firefox content scripts), such boxes are found by geometry.
let passThroughBoxes: Element[] | null = null;

function coveredByPassThrough(el: Element, x: number, y: number): boolean {
  if (!passThroughBoxes) return false;
  return passThroughBoxes.some((box) => {
    if (box.contains(el) || el.contains(box)) return false;
    const r = box.getBoundingClientRect();
    if (x < r.left || x > r.right || y < r.top || y > r.bottom) return false;
    if (effectiveOpacity(box) < MIN_OPACITY) return false;
    const style = getComputedStyle(box);
    return style.position !== 'static' && style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
  });
}

function hitsField(el: Element, x: number, y: number): boolean {
  const root = el.getRootNode();
  const hitRoot: DocumentOrShadowRoot = root instanceof ShadowRoot ? root : el.ownerDocument;
  const hit = hitRoot.elementFromPoint(x, y);
  if (!hit) return false;
  if (hit === el || el.contains(hit) || hit.contains(el)) return !coveredByPassThrough(el, x, y);
  if (labelsOf(el).some((label) => label === hit || label.contains(hit))) return !coveredByPassThrough(el, x, y);
  return false;
}

/** Remembers the scroll positions of the element's scrollable ancestors (and of the window) the
 * first time each is about to move. */
function saveScrolls(el: Element, win: Window, saved: Map<Element | Window, [number, number]>): void {
  if (!saved.has(win)) saved.set(win, [win.scrollX, win.scrollY]);
  for (const node of ancestors(el).slice(1)) {
    if (saved.has(node)) continue;
    if (node.scrollTop || node.scrollLeft || node.scrollHeight > node.clientHeight || node.scrollWidth > node.clientWidth) {
      saved.set(node, [node.scrollLeft, node.scrollTop]);
    }
  }
}

function restoreScrolls(saved: Map<Element | Window, [number, number]>): void {
  for (const [node, [left, top]] of saved) {
    if (node instanceof Element) {
      node.scrollLeft = left;
      node.scrollTop = top;
    } else node.scrollTo({ left, top, behavior: 'instant' });
  }
}

function centreInView(r: DOMRect, win: Window): boolean {
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  return x >= 0 && y >= 0 && x < win.innerWidth && y < win.innerHeight;
}

function hitsCentre(el: Element, r: DOMRect): boolean {
  return hitsField(el, r.left + r.width / 2, r.top + r.height / 2);
}

/** Whether something else is painted over each field's centre. Fields in view are hit-tested where
 * they are. A field outside the viewport is scrolled into view for the test, and every other pending
 * field that comes into view with it is tested at the same position; the scroll positions are put
 * back in the same task, before the browser paints: a person scrolling there would see the cover. */
function findUncovered(pending: { el: Element; rect: DOMRect }[], win: Window, out: (el: Element, visible: boolean) => void): void {
  ensureHitTestable();
  const away: Element[] = [];
  for (const { el, rect } of pending) {
    if (centreInView(rect, win)) out(el, hitsCentre(el, rect));
    else away.push(el);
  }
  if (away.length === 0) return;
  const done = new Set<Element>();
  const saved = new Map<Element | Window, [number, number]>();
  try {
    for (let i = 0; i < away.length; i++) {
      const el = away[i];
      if (done.has(el)) continue;
      saveScrolls(el, win, saved);
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      for (let j = i; j < away.length; j++) {
        const other = away[j];
        if (done.has(other)) continue;
        const moved = other.getBoundingClientRect();
        if (centreInView(moved, win)) {
          done.add(other);
          out(other, hitsCentre(other, moved));
        } else if (j === i) {
          // Cannot be brought into view; the off-page rule has decided already.
          done.add(other);
          out(other, true);
        }
      }
    }
  } finally {
    restoreScrolls(saved);
  }
}

function isRendered(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  if (el.closest('[hidden], [inert]')) return false;
  if (typeof el.checkVisibility === 'function') {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) {
      return false;
    }
  } else {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility !== 'visible') return false;
  }
  for (const node of ancestors(el)) {
    if (ownHiding(node).squashed || ownHiding(node).clipped) return false;
    if (node instanceof HTMLDetailsElement && !node.open && !node.querySelector(':scope > summary')?.contains(el)) {
      return false;
    }
  }
  return effectiveOpacity(el) >= MIN_OPACITY;
}

const HIT_TEST_STYLE = '*, *::before, *::after { pointer-events: auto !important; }';

// The elements attachShadow() accepts: custom elements and these.
const SHADOW_HOSTS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);

function canHostShadow(el: Element): boolean {
  return el.localName.includes('-') || SHADOW_HOSTS.has(el.tagName.toUpperCase());
}

/** The document and every shadow root in it (open ones, and closed ones where the browser lets an
 * extension reach them). */
function hitTestRoots(doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }).chrome?.dom;
  const shadowOf = (el: Element): ShadowRoot | null => {
    const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (firefox) return firefox;
    try {
      return chromeDom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
    } catch {
      return el.shadowRoot;
    }
  };
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i].querySelectorAll('*'))) {
      if (!canHostShadow(el)) continue;
      const shadow = shadowOf(el);
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

function findPassThroughBoxes(roots: readonly (Document | ShadowRoot)[]): Element[] {
  const boxes: Element[] = [];
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (getComputedStyle(el).pointerEvents === 'none') boxes.push(el);
    }
  }
  return boxes;
}

/** Whether any style in the roots could make an element let clicks through: a readable rule or an
 * inline style that sets pointer-events. A sheet that cannot be read (another origin) may. */
function mayPassThrough(roots: readonly (Document | ShadowRoot)[]): boolean {
  const rulesMay = (rules: CSSRuleList): boolean => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSImportRule) {
        if (!rule.styleSheet || sheetMay(rule.styleSheet)) return true;
        continue;
      }
      const style = (rule as CSSRule & { style?: CSSStyleDeclaration }).style;
      if (style && style.getPropertyValue('pointer-events') !== '') return true;
      const nested = (rule as CSSRule & { cssRules?: CSSRuleList }).cssRules;
      if (nested && rulesMay(nested)) return true;
    }
    return false;
  };
  const sheetMay = (sheet: CSSStyleSheet): boolean => {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return true;
    }
    return rulesMay(rules);
  };
  for (const root of roots) {
    if (root.querySelector('[style*="pointer-events" i]')) return true;
    for (const sheet of [...Array.from(root.styleSheets), ...Array.from(root.adoptedStyleSheets ?? [])]) {
      if (sheetMay(sheet as CSSStyleSheet)) return true;
    }
  }
  return false;
}

interface HitSheets {
  /** Whether the batch has already decided (and, where needed, added the sheets). */
  decided: boolean;
  restore: (() => void)[];
}
let hitSheets: HitSheets | null = null;

/** Makes every element hit-testable for the rest of the batch, the first time a cover could be one
 * that lets clicks through. Adopted sheets, not <style> elements: the page's DOM (and its
 * MutationObservers) see nothing. */
function ensureHitTestable(): void {
  if (!hitSheets || hitSheets.decided) return;
  hitSheets.decided = true;
  const roots = measuredRoots();
  if (!mayPassThrough(roots)) return;
  let failed = false;
  for (const root of roots) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIT_TEST_STYLE);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      // adoptedStyleSheets is a live array: take out exactly our sheet (whatever the page did meanwhile).
      hitSheets.restore.push(() => {
        root.adoptedStyleSheets = Array.from(root.adoptedStyleSheets).filter((s) => s !== sheet);
      });
    } catch {
      // Firefox content scripts cannot always hand the page a sheet built in their own compartment.
      failed = true;
    }
  }
  if (failed) passThroughBoxes = findPassThroughBoxes(roots);
}

/** Runs visibility checks with every element hit-testable. `elementFromPoint` ignores elements with
 * `pointer-events: none`, so a page could otherwise paint a cover over a field that a person cannot
 * see and still have it filled. Where the page's styles could set it, a rule undoing it lives for
 * the duration of `fn`, in the document and in every shadow root (a document's sheet does not reach
 * into shadow trees); it is added the first time a field is hit-tested. */
export function withHitTesting<T>(doc: Document, fn: () => T): T {
  if (ancestorCache) return fn(); // already inside a batch
  hitSheets = { decided: false, restore: [] };
  startMeasuring();
  batchDoc = doc;
  batchRoots = null;
  try {
    return fn();
  } finally {
    ancestorCache = null;
    boxCache = null;
    verdicts = null;
    stopLabelIndex();
    batchDoc = null;
    batchRoots = null;
    passThroughBoxes = null;
    for (const undo of hitSheets.restore) undo();
    hitSheets = null;
  }
}

function startMeasuring(): void {
  ancestorCache = new WeakMap();
  boxCache = new WeakMap();
  verdicts = new WeakMap();
  startLabelIndex();
}

/** Forgets what was measured so far in this batch: the page may have changed since. */
export function forgetMeasurements(): void {
  if (ancestorCache) startMeasuring();
}

/** The document and shadow roots of the current batch (empty outside one). */
export function measuredRoots(): readonly (Document | ShadowRoot)[] {
  if (!batchDoc) return [];
  batchRoots ??= hitTestRoots(batchDoc);
  return batchRoots;
}

/** Takes the roots found earlier, while nothing in the page has changed since (see measured-view). */
export function reuseRoots(roots: readonly (Document | ShadowRoot)[]): void {
  if (batchDoc && !batchRoots) batchRoots = [...roots];
}

/** Every check but the cover: the field's box when it passes them, null when it fails one. */
function uncoveredBox(el: HTMLElement): DOMRect | null {
  if (!isRendered(el)) return null;
  const win = el.ownerDocument.defaultView;
  if (!win) return null;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return null;
  if (isOffPage(rect, win)) return null;
  if (isClippedAway(el, rect)) return null;
  return rect;
}

/** Measures many elements at once: styles and boxes are read in one pass (no write in between), then
 * the covers are hit-tested. Inside a batch (withHitTesting) the verdicts are kept for isVisible. */
export function measureVisibility(elements: Iterable<HTMLElement>): Map<Element, boolean> {
  const result = new Map<Element, boolean>();
  const pending = new Map<Window, { el: Element; rect: DOMRect }[]>();
  for (const el of elements) {
    if (result.has(el)) continue;
    const known = verdicts?.get(el);
    if (known !== undefined) {
      result.set(el, known);
      continue;
    }
    const rect = uncoveredBox(el);
    const win = el.ownerDocument.defaultView;
    if (!rect || !win) {
      result.set(el, false);
      continue;
    }
    result.set(el, true);
    const list = pending.get(win) ?? [];
    list.push({ el, rect });
    pending.set(win, list);
  }
  for (const [win, list] of pending) findUncovered(list, win, (el, visible) => result.set(el, visible));
  if (verdicts) for (const [el, visible] of result) verdicts.set(el, visible);
  return result;
}

export function isVisible(el: HTMLElement): boolean {
  return measureVisibility([el]).get(el) === true;
}

/** Radios and checkboxes are often styled by hiding the box and showing the label; a person then
 * clicks the label, so a visible label counts. */
export function isChoiceVisible(el: HTMLInputElement): boolean {
  return isVisible(el) || labelsOf(el).some((label) => isVisible(label));
}

/** The verdicts of this batch for these elements and their labels (those measured so far). */
export function keptVerdicts(elements: Iterable<HTMLElement>): Map<Element, boolean> {
  const out = new Map<Element, boolean>();
  if (!verdicts) return out;
  for (const el of elements) {
    for (const node of [el, ...labelsOf(el)]) {
      const v = verdicts.get(node);
      if (v !== undefined) out.set(node, v);
    }
  }
  return out;
}

/** Takes verdicts measured earlier, while nothing in the page has changed since (see measured-view). */
export function reuseVerdicts(kept: Map<Element, boolean>): void {
  if (!verdicts) return;
  for (const [el, v] of kept) verdicts.set(el, v);
}

/** Measures a set of fields in one pass: the controls first, then the labels of choices whose box is
 * not visible itself. Later isVisible / isChoiceVisible calls in the batch read the verdicts. */
export function measureFields(controls: Iterable<HTMLElement>): void {
  const list = Array.from(controls);
  const seen = measureVisibility(list);
  const labels: HTMLElement[] = [];
  for (const el of list) {
    if (seen.get(el) || !(el instanceof HTMLInputElement) || (el.type !== 'radio' && el.type !== 'checkbox')) continue;
    labels.push(...labelsOf(el));
  }
  if (labels.length) measureVisibility(labels);
}
