// Chromium answers `el.labels` by walking the element's whole tree the first time it is read after
// any change to the page: read for every field of a large form, that is quadratic (about 20 ms for
// 266 fields on a 2,500-element page). Inside a batch of measurements the page is indexed once
// instead, label by label (`label.control` is what `el.labels` is defined by).

let index: WeakMap<Node, Map<Element, HTMLLabelElement[]>> | null = null;

/** Starts (or restarts, after the page may have changed) an index kept until `stopLabelIndex`. */
export function startLabelIndex(): void {
  index = new WeakMap();
}

export function stopLabelIndex(): void {
  index = null;
}

function indexRoot(root: Node): Map<Element, HTMLLabelElement[]> {
  const byControl = new Map<Element, HTMLLabelElement[]>();
  if (!('querySelectorAll' in root)) return byControl;
  for (const label of Array.from((root as ParentNode).querySelectorAll('label'))) {
    const control = label.control;
    if (!control) continue;
    const list = byControl.get(control);
    if (list) list.push(label);
    else byControl.set(control, [label]);
  }
  return byControl;
}

/** The labels of a form control, in page order (none for an element that cannot be labelled). */
export function labelsOf(el: Element): HTMLLabelElement[] {
  if (!('labels' in el)) return [];
  if (!index) return Array.from((el as HTMLInputElement).labels ?? []);
  const root = el.getRootNode();
  let byControl = index.get(root);
  if (!byControl) {
    byControl = indexRoot(root);
    index.set(root, byControl);
  }
  return byControl.get(el) ?? [];
}
