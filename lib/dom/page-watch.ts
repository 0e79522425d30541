// Whether a page reacted to what the fill just did: its handlers for the input and change events may
// move, cover or hide the fields still to be written. Mutations of the document and its shadow roots
// are seen by a MutationObserver; style sheets added, removed or given rules are seen by comparing
// each sheet's rule count (rules of another origin cannot be read and count as unchanged).

export interface PageWatch {
  /** True when the page changed something since the last call (or since the watch began). */
  changed(): boolean;
  stop(): void;
}

type SheetCount = [CSSStyleSheet, number];

function ruleCount(sheet: CSSStyleSheet): number {
  try {
    return sheet.cssRules.length;
  } catch {
    return -1;
  }
}

function sheetsOf(roots: readonly (Document | ShadowRoot)[]): SheetCount[] {
  const out: SheetCount[] = [];
  for (const root of roots) {
    for (const sheet of Array.from(root.styleSheets)) out.push([sheet as CSSStyleSheet, ruleCount(sheet as CSSStyleSheet)]);
    for (const sheet of Array.from(root.adoptedStyleSheets ?? [])) out.push([sheet, ruleCount(sheet)]);
  }
  return out;
}

function sameSheets(a: SheetCount[], b: SheetCount[]): boolean {
  return a.length === b.length && a.every(([sheet, count], i) => b[i][0] === sheet && b[i][1] === count);
}

export function watchPage(roots: readonly (Document | ShadowRoot)[]): PageWatch {
  // Records delivered to the callback (between tasks) are gone from takeRecords(): both count.
  let delivered = false;
  const observer = new MutationObserver(() => {
    delivered = true;
  });
  for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  let sheets = sheetsOf(roots);
  return {
    changed() {
      const mutated = observer.takeRecords().length > 0 || delivered;
      delivered = false;
      const now = sheetsOf(roots);
      const restyled = !sameSheets(sheets, now);
      sheets = now;
      return mutated || restyled;
    },
    stop() {
      observer.disconnect();
    },
  };
}
