/** `#id` when the id is a plain identifier; otherwise an attribute selector, which every parser reads. */
export function idSelector(id: string, tag = ''): string {
  return /^-?[A-Za-z_\u0080-\uffff][\w\u0080-\uffff-]*$/.test(id) ? `${tag}#${id}` : `${tag || '*'}[id=${attrValue(id)}]`;
}

export function attrValue(value: string): string {
  // Single quotes when the value holds a double one: some selector engines mis-read \" escapes.
  if (value.includes('"') && !value.includes("'") && !value.includes('\\')) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/** Counts of ids and of tag+name pairs in one document, so uniqueness needs no query per field. */
export class SelectorIndex {
  private readonly ids = new Map<string, number>();
  private readonly names = new Map<string, number>();
  private readonly nameValues = new Map<string, number>();

  constructor(readonly doc: Document) {
    for (const el of Array.from(doc.querySelectorAll('[id]'))) {
      const id = el.getAttribute('id') ?? '';
      this.ids.set(id, (this.ids.get(id) ?? 0) + 1);
    }
    for (const el of Array.from(doc.querySelectorAll('[name]'))) {
      const key = `${el.tagName.toLowerCase()}\u0000${el.getAttribute('name')}`;
      this.names.set(key, (this.names.get(key) ?? 0) + 1);
      const value = el.getAttribute('value');
      if (value !== null) {
        const vkey = `${key}\u0000${value}`;
        this.nameValues.set(vkey, (this.nameValues.get(vkey) ?? 0) + 1);
      }
    }
  }

  idIsUnique(id: string): boolean {
    return this.ids.get(id) === 1;
  }

  nameIsUnique(tag: string, name: string): boolean {
    return this.names.get(`${tag}\u0000${name}`) === 1;
  }

  nameValueIsUnique(tag: string, name: string, value: string): boolean {
    return this.nameValues.get(`${tag}\u0000${name}\u0000${value}`) === 1;
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
