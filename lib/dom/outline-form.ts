import type { AgentRefusal, OutlineRequest, OutlineResult, OutlinedField } from '../plan/types';
import { checkPage } from './page-guard';
import { labelsOf } from './labels-of';

// The shape of a page's form fields for a maintainer's bug report: names, ids, types and the
// captions a person reads — never a value the page or the user put in a field.

const FIELDS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), select, textarea';
const MAX_FIELDS = 200;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);

export function captionOf(el: HTMLElement): string {
  const labels = labelsOf(el);
  const fromLabel = clean(labels.map((l) => l.textContent).join(' '));
  if (fromLabel) return fromLabel;
  const aria = el.getAttribute('aria-label') ?? el.getAttribute('title');
  if (aria) return clean(aria);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = clean(labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(' '));
    if (text) return text;
  }
  const header = el.closest('tr')?.querySelector('th') ?? el.closest('dd')?.previousElementSibling;
  return clean(header?.textContent);
}

function formName(el: HTMLElement): string | undefined {
  const form = el.closest('form');
  if (!form) return undefined;
  const id = form.getAttribute('id');
  if (id) return `#${id}`;
  const name = form.getAttribute('name');
  if (name) return `[name=${name}]`;
  const action = form.getAttribute('action');
  return action ? `[action=${action}]` : 'form';
}

export function outlineForm(request: OutlineRequest): OutlineResult | AgentRefusal {
  const refusal = checkPage(request.expected);
  if (refusal) return refusal;
  const seenRadios = new Set<string>();
  const fields: OutlinedField[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(FIELDS))) {
    const input = el instanceof HTMLInputElement ? el : null;
    if (input?.type === 'radio' && input.name) {
      if (seenRadios.has(input.name)) continue;
      seenRadios.add(input.name);
    }
    const field: OutlinedField = {
      tag: el.tagName.toLowerCase(),
      type: input ? input.type : el.tagName.toLowerCase(),
      caption: captionOf(el),
      required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
    };
    const name = el.getAttribute('name');
    const id = el.getAttribute('id');
    const form = formName(el);
    if (name) field.name = name.slice(0, 100);
    if (id) field.id = id.slice(0, 100);
    if (form) field.form = form.slice(0, 100);
    fields.push(field);
    if (fields.length >= MAX_FIELDS) break;
  }
  return { ok: true, outline: fields };
}
