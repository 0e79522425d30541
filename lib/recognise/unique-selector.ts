/** `#id` when the id is a plain identifier; otherwise an attribute selector, which every parser reads. */
export function idSelector(id: string, tag = ''): string {
  return /^-?[A-Za-z_\u0080-\uffff][\w\u0080-\uffff-]*$/.test(id) ? `${tag}#${id}` : `${tag || '*'}[id=${attrValue(id)}]`;
}

export function attrValue(value: string): string {
  // Single quotes when the value holds a double one: some selector engines mis-read \" escapes.
  if (value.includes('"') && !value.includes("'") && !value.includes('\\')) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/**
 * Whether an id, or a tag+name (+value) pair, names one element of the document. Asked only for the
 * fields being described and remembered: a large page is never walked whole for it.
 */
export class SelectorIndex {
  private readonly ids = new Map<string, boolean>();
  private readonly named = new Map<string, Element[]>();

  constructor(readonly doc: Document) {}

  idIsUnique(id: string): boolean {
    let unique = this.ids.get(id);
    if (unique === undefined) {
      unique = countMatches(this.doc, idSelector(id)) === 1;
      this.ids.set(id, unique);
    }
    return unique;
  }

  nameIsUnique(tag: string, name: string): boolean {
    return this.withName(tag, name).length === 1;
  }

  nameValueIsUnique(tag: string, name: string, value: string): boolean {
    return this.withName(tag, name).filter((el) => el.getAttribute('value') === value).length === 1;
  }

  private withName(tag: string, name: string): Element[] {
    const key = `${tag}\u0000${name}`;
    let found = this.named.get(key);
    if (!found) {
      found = elementsNamed(this.doc, name).filter((el) => el.tagName.toLowerCase() === tag);
      this.named.set(key, found);
    }
    return found;
  }
}

function elementsNamed(doc: Document, name: string): Element[] {
  try {
    return Array.from(doc.getElementsByName(name));
  } catch {
    // DOM shims that build getElementsByName from a selector fail on names holding quotes.
    return Array.from(doc.querySelectorAll('[name]')).filter((el) => el.getAttribute('name') === name);
  }
}

function countMatches(doc: Document, selector: string): number {
  try {
    return doc.querySelectorAll(selector).length;
  } catch {
    return 0;
  }
}

function matchesOnly(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

function formScope(form: Element, index: SelectorIndex): string | null {
  const id = form.getAttribute('id');
  if (id && index.idIsUnique(id)) return idSelector(id, 'form');
  const name = form.getAttribute('name');
  if (name && index.nameIsUnique('form', name)) return `form[name=${attrValue(name)}]`;
  return null;
}

function structuralPath(el: Element, index: SelectorIndex): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.parentElement) {
    const id = node.getAttribute('id');
    if (id && node !== el && index.idIsUnique(id)) {
      steps.unshift(idSelector(id));
      return steps.join(' > ');
    }
    const tag = node.tagName.toLowerCase();
    let n = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling)
      if (sib.tagName === node.tagName) n++;
    steps.unshift(`${tag}:nth-of-type(${n})`);
    node = node.parentElement;
  }
  steps.unshift(node ? node.tagName.toLowerCase() : 'html');
  return steps.join(' > ');
}

/**
 * A selector matching exactly `el` in its document: `#id`, then `tag[name]`, then name (and value,
 * for radios and checkboxes) scoped by the form, then a structural path as the last resort.
 */
export function buildUniqueSelector(el: Element, index = new SelectorIndex(el.ownerDocument)): string {
  const doc = el.ownerDocument;
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id && index.idIsUnique(id)) return idSelector(id, /^-?[A-Za-z_\u0080-\uffff][\w\u0080-\uffff-]*$/.test(id) ? '' : tag);
  const name = el.getAttribute('name');
  if (name !== null && name !== '') {
    const base = `${tag}[name=${attrValue(name)}]`;
    if (index.nameIsUnique(tag, name)) return base;
    const value = el.getAttribute('value');
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const withValue =
      value !== null && (type === 'radio' || type === 'checkbox') ? `${base}[value=${attrValue(value)}]` : null;
    if (withValue && index.nameValueIsUnique(tag, name, value!)) return withValue;
    const form = el.closest('form');
    const scope = form ? formScope(form, index) : null;
    if (scope) {
      if (matchesOnly(doc, `${scope} ${base}`, el)) return `${scope} ${base}`;
      if (withValue && matchesOnly(doc, `${scope} ${withValue}`, el)) return `${scope} ${withValue}`;
    }
  }
  return structuralPath(el, index);
}
