// The text a person reads around a field: its label, a table header, a definition term, the note
// after it. Used to infer a format (全角 / ハイフンなし / カタカナ …) and to show what was found.

import { labelsOf } from './labels-of';

const MAX_HINT = 300;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function labelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => clean(el.ownerDocument.getElementById(id)?.textContent))
    .join(' ');
}

export function rowHeader(el: Element): string {
  const cell = el.closest('td');
  if (cell) {
    const row = cell.parentElement;
    const th = row?.querySelector(':scope > th');
    if (th) return clean(th.textContent);
  }
  const dd = el.closest('dd');
  if (dd) {
    let prev = dd.previousElementSibling;
    while (prev && prev.tagName !== 'DT') prev = prev.previousElementSibling;
    if (prev) return clean(prev.textContent);
  }
  return '';
}

/** Text in the same container that is not another control's value (notes like 「半角数字・ハイフンなし」). */
const SKIPPED = new Set(['SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'TEXTAREA']);

function containerText(el: Element): string {
  const box = el.closest('td, dd, li, p, .field, .form-group, div');
  if (!box || box === el.ownerDocument.body) return '';
  const walker = el.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIPPED.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_HINT; node = walker.nextNode()) text += `${node.nodeValue} `;
  return clean(text);
}

export function fieldHint(el: HTMLElement): string {
  const parts = [
    el.getAttribute('aria-label'),
    labelledBy(el),
    ...labelsOf(el).map((l) => l.textContent),
    rowHeader(el),
    el.getAttribute('title'),
    containerText(el),
  ];
  const seen = new Set<string>();
  const hint = parts
    .map(clean)
    .filter((p) => p && !seen.has(p) && seen.add(p))
    .join(' / ');
  return hint.slice(0, MAX_HINT);
}
