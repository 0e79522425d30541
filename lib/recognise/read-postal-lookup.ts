// Which address parts a page's postal-code lookup writes into which box, as its markup declares it:
// MailFormPro's data-address="都道府県,市区町村,市区町村" on the postal box, AjaxZip3's (or AjaxZip2's)
// zip2addr(…) in an event attribute, a javascript: link or an inline script, and jQuery jpostal's
// address map ('#city': '%4%5'). The lookup fills the prefecture, the city and the town (町域); what it
// writes is what the box takes, whatever its caption.

import { CITY, PREF, TOWN } from './reading';

/** Event attributes, and a link's javascript: address, that may call the lookup. */
const HANDLERS = ['onkeyup', 'onkeydown', 'onchange', 'onblur', 'oninput', 'onclick', 'href'];
const AJAXZIP = /AjaxZip([23])\s*\.\s*zip2addr\s*\(([^)]*)\)/g;
/** jpostal's %3, %4, %5: the prefecture, the city and the town (later numbers are kana or a firm's). */
const JPOSTAL_PART: Record<string, number> = { '3': PREF, '4': CITY, '5': TOWN };

function boxNamed(scope: ParentNode, name: string): Element | null {
  if (!name) return null;
  for (const el of Array.from(scope.querySelectorAll('input, select, textarea'))) if (el.getAttribute('name') === name) return el;
  return null;
}

function add(out: Map<Element, number>, box: Element | null, parts: number): void {
  if (box && parts) out.set(box, (out.get(box) ?? 0) | parts);
}

/** data-address="都道府県,市区町村,市区町村": the boxes, by name, for the prefecture, the city and the town. */
function readMailFormPro(el: Element, out: Map<Element, number>): void {
  const names = (el.getAttribute('data-address') ?? '').split(',').map((n) => n.trim());
  if (names.length < 2) return;
  const scope = el.closest('form') ?? el.ownerDocument;
  [PREF, CITY, TOWN].forEach((part, i) => add(out, boxNamed(scope, names[i] ?? ''), part));
}

/**
 * AjaxZip3.zip2addr(zip1, zip2, pref, addr, street), AjaxZip2.zip2addr(zip, pref, addr, zip2, street):
 * the prefecture into `pref`; the city and the town into `addr`, or the city into `addr` and the town
 * into `street` when that is another box.
 */
function readAjaxZip(scope: ParentNode, code: string, out: Map<Element, number>): void {
  for (const call of code.matchAll(AJAXZIP)) {
    const args = call[2].split(',').map((a) => a.trim().replace(/^['"]|['"]$/g, ''));
    const [pref, addr, street] = call[1] === '2' ? [args[1], args[2], args[4]] : [args[2], args[3], args[4]];
    add(out, boxNamed(scope, pref ?? ''), PREF);
    const addrBox = boxNamed(scope, addr ?? '');
    const streetBox = boxNamed(scope, street ?? '');
    if (streetBox && streetBox !== addrBox) {
      add(out, addrBox, CITY);
      add(out, streetBox, TOWN);
    } else add(out, addrBox, CITY | TOWN);
  }
}

/** $('#zip').jpostal({ address: { '#pref': '%3', '#city': '%4%5' } }): boxes by selector, parts by number. */
function readJpostal(doc: Document, code: string, out: Map<Element, number>): void {
  for (const call of code.matchAll(/jpostal\s*\(\s*\{[\s\S]*?address\s*:\s*\{([^}]*)\}/g)) {
    for (const entry of call[1].matchAll(/['"]([^'"]+)['"]\s*:\s*['"]([^'"]*)['"]/g)) {
      let box: Element | null = null;
      try {
        box = doc.querySelector(entry[1]);
      } catch {
        continue;
      }
      const parts = [...entry[2].matchAll(/%(\d+)/g)].reduce((all, m) => all | (JPOSTAL_PART[m[1]] ?? 0), 0);
      if (!/%[A-Z]/.test(entry[2])) add(out, box, parts);
    }
  }
}

export function readPostalLookups(doc: Document): Map<Element, number> {
  const out = new Map<Element, number>();
  for (const el of Array.from(doc.querySelectorAll('[data-address]'))) readMailFormPro(el, out);
  for (const el of Array.from(doc.querySelectorAll(HANDLERS.map((h) => `[${h}*="zip2addr"]`).join(', ')))) {
    for (const h of HANDLERS) readAjaxZip(el.closest('form') ?? doc, el.getAttribute(h) ?? '', out);
  }
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const code = script.textContent ?? '';
    if (code.includes('zip2addr')) readAjaxZip(doc, code, out);
    if (code.includes('jpostal')) readJpostal(doc, code, out);
  }
  return out;
}
