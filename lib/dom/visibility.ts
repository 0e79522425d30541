// Whether a person could see (and so would have typed into) a field. Forms hide traps in many ways:
// type=hidden, display/visibility, opacity 0, 1×1 px boxes, off-screen positioning, clip/clip-path,
// closed <details>, and elements covered by others. A field that fails any check is never filled.

const MIN_SIZE = 4;

// Within one batch of checks (see withHitTesting) fields share most ancestors: what an ancestor hides
// is computed once.
let ancestorCache: WeakMap<Element, { clipped: boolean; transparent: boolean }> | null = null;

function ownHiding(node: Element): { clipped: boolean; transparent: boolean } {
  const cached = ancestorCache?.get(node);
  if (cached) return cached;
  const style = getComputedStyle(node);
  const hiding = {
    clipped:
      (!!style.clipPath && style.clipPath !== 'none') ||
      (!!style.clip && style.clip !== 'auto' && (style.position === 'absolute' || style.position === 'fixed')),
    transparent: Number(style.opacity) < 0.05,
  };
  ancestorCache?.set(node, hiding);
  return hiding;
}

function isClipped(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (ownHiding(node).clipped) return true;
  return false;
}

function isOffPage(rect: DOMRect, win: Window): boolean {
  const doc = win.document.documentElement;
  const left = rect.left + win.scrollX;
  const top = rect.top + win.scrollY;
  const width = Math.max(doc.scrollWidth, win.innerWidth);
  const height = Math.max(doc.scrollHeight, win.innerHeight);
  return left + rect.width <= 0 || top + rect.height <= 0 || left >= width || top >= height;
}

function isCovered(el: Element, rect: DOMRect, win: Window): boolean {
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  // Only points inside the viewport can be tested; fields further down the page are checked by the
  // other rules.
  if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) return false;
  const hit = win.document.elementFromPoint(x, y);
  if (!hit) return false;
  if (hit === el || el.contains(hit) || hit.contains(el)) return false;
  const labels = (el as HTMLInputElement).labels;
  if (labels && Array.from(labels).some((label) => label === hit || label.contains(hit))) return false;
  return true;
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
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (ownHiding(node).transparent) return false;
    if (node instanceof HTMLDetailsElement && !node.open && !node.querySelector(':scope > summary')?.contains(el)) {
      return false;
    }
  }
  return true;
}

const HIT_TEST_STYLE = '*, *::before, *::after { pointer-events: auto !important; }';

/** Runs visibility checks with every element hit-testable. `elementFromPoint` ignores elements with
 * `pointer-events: none`, so a page could otherwise paint a cover over a field that a person cannot
 * see and still have it filled. The rule lives only for the duration of `fn`. */
export function withHitTesting<T>(doc: Document, fn: () => T): T {
  // An adopted sheet, not a <style> element: the page's DOM (and its MutationObservers) see nothing.
  const previous = doc.adoptedStyleSheets;
  let adopted = false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIT_TEST_STYLE);
    doc.adoptedStyleSheets = [...previous, sheet];
    adopted = true;
  } catch {
    // Firefox content scripts cannot always hand the page a sheet built in their own compartment;
    // the checks then run with the page's pointer-events as they are.
  }
  ancestorCache = new WeakMap();
  try {
    return fn();
  } finally {
    ancestorCache = null;
    if (adopted) doc.adoptedStyleSheets = previous;
  }
}

export function isVisible(el: HTMLElement): boolean {
  if (!isRendered(el)) return false;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  if (isOffPage(rect, win)) return false;
  if (isClipped(el)) return false;
  return !isCovered(el, rect, win);
}

/** Radios and checkboxes are often styled by hiding the box and showing the label; a person then
 * clicks the label, so a visible label counts. */
export function isChoiceVisible(el: HTMLInputElement): boolean {
  return isVisible(el) || Array.from(el.labels ?? []).some((label) => isVisible(label));
}
