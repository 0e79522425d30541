// Whether a person could see (and so would have typed into) a field. Forms hide traps in many ways:
// type=hidden, display/visibility, faint opacity (its own or its ancestors'), filter: opacity(),
// transforms that scale to nothing, 1×1 px boxes, off-screen positioning, clip/clip-path, boxes
// clipped away by an overflow ancestor, closed <details>, and elements covered by others — in the
// document or inside a shadow root. A field that fails any check is never filled.

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

// Within one batch of checks (see withHitTesting) fields share most ancestors: what an ancestor hides
// is computed once.
let ancestorCache: WeakMap<Element, OwnHiding> | null = null;

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
    const box = node.getBoundingClientRect();
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
  const labels = (el as HTMLInputElement).labels;
  if (labels && Array.from(labels).some((label) => label === hit || label.contains(hit))) return !coveredByPassThrough(el, x, y);
  return false;
}

function scrollPositions(el: Element, win: Window): () => void {
  const saved: [Element, number, number][] = [];
  for (const node of ancestors(el).slice(1)) {
    if (node.scrollTop || node.scrollLeft || node.scrollHeight > node.clientHeight || node.scrollWidth > node.clientWidth) {
      saved.push([node, node.scrollLeft, node.scrollTop]);
    }
  }
  const { scrollX, scrollY } = win;
  return () => {
    for (const [node, left, top] of saved) {
      node.scrollLeft = left;
      node.scrollTop = top;
    }
    win.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
  };
}

/** Whether something else is painted over the field's centre. A field outside the viewport is
 * scrolled into view for the test and the scroll positions put back in the same task, before the
 * browser paints: a person scrolling there would see the cover. */
function isCovered(el: Element, rect: DOMRect, win: Window): boolean {
  const inView = (r: DOMRect) => {
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return x >= 0 && y >= 0 && x < win.innerWidth && y < win.innerHeight;
  };
  if (inView(rect)) return !hitsField(el, rect.left + rect.width / 2, rect.top + rect.height / 2);
  const restore = scrollPositions(el, win);
  try {
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const moved = el.getBoundingClientRect();
    if (!inView(moved)) return false; // cannot be brought into view; the off-page rule decides
    return !hitsField(el, moved.left + moved.width / 2, moved.top + moved.height / 2);
  } finally {
    restore();
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
      const shadow = shadowOf(el);
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

function findPassThroughBoxes(roots: (Document | ShadowRoot)[]): Element[] {
  const boxes: Element[] = [];
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (getComputedStyle(el).pointerEvents === 'none') boxes.push(el);
    }
  }
  return boxes;
}

/** Runs visibility checks with every element hit-testable. `elementFromPoint` ignores elements with
 * `pointer-events: none`, so a page could otherwise paint a cover over a field that a person cannot
 * see and still have it filled. The rule lives only for the duration of `fn`, in the document and in
 * every shadow root (a document's sheet does not reach into shadow trees). */
export function withHitTesting<T>(doc: Document, fn: () => T): T {
  if (ancestorCache) return fn(); // already inside a batch
  // Adopted sheets, not <style> elements: the page's DOM (and its MutationObservers) see nothing.
  const roots = hitTestRoots(doc);
  const restore: (() => void)[] = [];
  let failed = false;
  for (const root of roots) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIT_TEST_STYLE);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      // adoptedStyleSheets is a live array: take out exactly our sheet (whatever the page did meanwhile).
      restore.push(() => {
        root.adoptedStyleSheets = Array.from(root.adoptedStyleSheets).filter((s) => s !== sheet);
      });
    } catch {
      // Firefox content scripts cannot always hand the page a sheet built in their own compartment.
      failed = true;
    }
  }
  ancestorCache = new WeakMap();
  passThroughBoxes = failed ? findPassThroughBoxes(roots) : null;
  try {
    return fn();
  } finally {
    ancestorCache = null;
    passThroughBoxes = null;
    for (const undo of restore) undo();
  }
}

/** Forgets what was measured so far in this batch: after a write the page may have changed. */
export function forgetMeasurements(): void {
  if (ancestorCache) ancestorCache = new WeakMap();
}

export function isVisible(el: HTMLElement): boolean {
  if (!isRendered(el)) return false;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  if (isOffPage(rect, win)) return false;
  if (isClippedAway(el, rect)) return false;
  return !isCovered(el, rect, win);
}

/** Radios and checkboxes are often styled by hiding the box and showing the label; a person then
 * clicks the label, so a visible label counts. */
export function isChoiceVisible(el: HTMLInputElement): boolean {
  return isVisible(el) || Array.from(el.labels ?? []).some((label) => isVisible(label));
}
