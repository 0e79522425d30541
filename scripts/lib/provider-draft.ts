// Turns classified fields into the text of a provider mapping file for a maintainer to check. The
// draft is a valid file as it stands (`npm run providers:validate` accepts it); what a person must
// look at carries a `// check:` comment.

import type { ClassifiedField } from '../../lib/recognise';
import { PRESELECT_PROBABILITY } from '../../lib/recognise/calibrate';
import { fieldLine, idFromHost, isStableSelector, kebab, plainPath, quote } from '../../lib/providers/provider-text';
import { attrValue, idSelector } from '../../lib/recognise/unique-selector';

export interface DraftInput {
  fields: ClassifiedField[];
  document: Document;
  url?: string;
  pageName: string;
  today: string;
  /** The fixture's path in the repository, when the page was saved there. */
  fixture?: string;
}

const CATEGORIES: Array<[RegExp, string]> = [
  [/電気|電力|でんき/, 'electricity'],
  [/ガス/, 'gas'],
  [/水道|上下水道/, 'water'],
  [/郵便|転居届|転送/, 'post'],
  [/nhk|受信料/i, 'nhk'],
  [/携帯|スマホ|モバイル|sim/i, 'phone'],
  [/インターネット|光回線|プロバイダ|wi-?fi/i, 'internet'],
  [/銀行|信用金庫|口座/, 'bank'],
  [/カード/, 'card'],
  [/保険/, 'insurance'],
  [/市役所|区役所|町役場|村役場|市民課|転出|転入|住民/, 'city'],
  [/不動産|賃貸|解約|退去|管理会社/, 'housing'],
  // Last: utilities and offices also say お引越し; a moving company says little else.
  [/引越|引っ越|運送|見積|荷造/, 'moving'],
];

/** Fields the popup would not pre-tick (calibrated on the dev split) get a `// check:` comment. */
export const CHECK_BELOW = PRESELECT_PROBABILITY;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The form most keyed fields sit in, as a selector by id, name or action. */
function formScope(fields: ClassifiedField[]): string | null {
  const counts = new Map<Element, number>();
  for (const f of fields) {
    const form = f.key ? f.element.closest('form') : null;
    if (form) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  const [form] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!form) return null;
  const doc = form.ownerDocument;
  const only = (selector: string) => doc.querySelectorAll(selector).length === 1;
  const id = form.getAttribute('id');
  if (id && only(idSelector(id, 'form'))) return idSelector(id, 'form');
  const name = form.getAttribute('name');
  if (name && only(`form[name=${attrValue(name)}]`)) return `form[name=${attrValue(name)}]`;
  const action = form.getAttribute('action');
  if (action && action !== '?' && action !== '#' && only(`form[action=${attrValue(action)}]`)) return `form[action=${attrValue(action)}]`;
  return null;
}

/** A short name for the page: the heading nearest above the form, else the first part of the title. */
function pageHeading(document: Document, form: Element | null): string {
  const headings = Array.from(document.querySelectorAll('h1, h2, h3'));
  // The nearest heading above the form names the procedure; headings inside it name its sections.
  const before = form ? headings.filter((h) => h.compareDocumentPosition(form) & 4 /* form follows */ && !form.contains(h)) : [];
  const heading = clean((before.at(-1) ?? headings[0])?.textContent);
  if (heading && heading.length <= 40) return heading;
  const title = clean(document.querySelector('title')?.textContent);
  return clean(title.split(/\s*[|｜/／]\s*|\s+[-–—]\s+/)[0]).slice(0, 40);
}

function describe(f: ClassifiedField): string {
  return clean(f.label || f.evidence.slice(0, 2).join(' ') || 'no caption').slice(0, 60);
}

/** A draft needs at least one field it can map with a stable selector. */
export class NothingToDraftError extends Error {}

export function renderProviderDraft({ fields, document, url, pageName, today, fixture }: DraftInput): string {
  const parsed = url ? new URL(url) : null;
  const origin = parsed ? parsed.origin : 'https://example.jp';
  const path = parsed ? plainPath(parsed.pathname) : '/';
  const host = parsed ? parsed.hostname.replace(/^www\./, '') : pageName;
  const id = parsed ? idFromHost(parsed.hostname) : kebab(pageName);
  const form = formScope(fields);
  const formElement = form ? document.querySelector(form) : null;
  const heading = pageHeading(document, formElement) || id;
  const title = clean(document.querySelector('title')?.textContent);
  const category = CATEGORIES.find(([re]) => re.test(`${heading} ${title}`))?.[1] ?? 'other';

  const lines: string[] = [];
  lines.push("import { defineProvider } from '../lib/providers/define';", '');
  lines.push('export default defineProvider({');
  lines.push(`  id: ${quote(id)},`);
  lines.push(`  // check: the labels name the provider and the procedure; the English one is a placeholder.`);
  lines.push(`  label: { ja: ${quote(heading)}, en: ${quote(`${host} — ${pageName}`)} },`);
  lines.push(`  category: ${quote(category)},`);
  lines.push(`  origins: [${quote(origin)}],`);
  lines.push(`  updated: ${quote(today)},`);
  lines.push(`  notes: ${quote(`Drafted from ${pageName} by the field classifier: check every field against the live page.`)},`);
  lines.push('  pages: [');
  lines.push('    {');
  lines.push("      id: 'step1',");
  lines.push(`      path: ${quote(path)},`);
  lines.push(`      title: { ja: ${quote(heading)} },`);
  if (form) lines.push(`      form: ${quote(form)},`);
  lines.push('      fields: [');
  const taken = new Map<string, string>();
  for (const f of fields) {
    if (!f.key) {
      const why = f.evidence.find((e) => /^(?:honeypot|concealed|scope)/.test(e));
      lines.push(`        // no key: ${f.selector} — ${describe(f)}${why ? ` (${why})` : ''}`);
      continue;
    }
    const entry = fieldLine(f.selector, f.key, f.part);
    const slot = `${f.key}${f.part === undefined ? '' : ` part ${f.part}`}`;
    if (!isStableSelector(f.selector)) {
      lines.push(`        // check: ${describe(f)} has no stable selector (id, name or autocomplete); write one by hand:`);
      lines.push(`        // ${entry}`);
      continue;
    }
    if (taken.has(slot)) {
      lines.push(`        // check: ${describe(f)} reads as ${slot} too, which ${taken.get(slot)} fills; map one of them:`);
      lines.push(`        // ${entry}`);
      continue;
    }
    taken.set(slot, f.selector);
    if (f.element.tagName === 'SELECT' && (f.element as HTMLSelectElement).options.length === 0) {
      lines.push(`        // check: ${describe(f)} is a select without options in this copy (filled by a script?)`);
    } else if (f.confidence < CHECK_BELOW) {
      lines.push(`        // check: ${describe(f)} (confidence ${f.confidence.toFixed(2)})`);
    }
    lines.push(`        ${entry}`);
  }
  if (taken.size === 0) {
    throw new NothingToDraftError('no field of this page can be mapped with a stable selector (id, name or autocomplete); write the mapping by hand');
  }
  lines.push('      ],');
  lines.push('    },');
  lines.push('  ],');
  lines.push('});');
  lines.push('');
  lines.push('// A test case per page (see providers/README.md; import defineTests beside defineProvider), then');
  lines.push(`// npm run providers:check -- --provider ${id}`);
  lines.push(`// export const tests = defineTests([{ page: 'step1', fixture: ${quote(fixture ?? `tests/fixtures/sites/${id}/step1.html`)}, values: { /* name: expected value */ } }]);`);
  return `${lines.join('\n')}\n`;
}

/** The stable machine-readable shape: one entry per fillable field, `part` null when there is none. */
export function renderFieldsJson(fields: ClassifiedField[]): string {
  return JSON.stringify({
    fields: fields.map((f) => ({ selector: f.selector, key: f.key, part: f.part ?? null, confidence: f.confidence })),
  });
}
