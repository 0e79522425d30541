// Turns classified fields into the text of a provider mapping file for a maintainer to check.

import type { ClassifiedField } from '../../lib/recognise';
import { attrValue, idSelector } from '../../lib/recognise/unique-selector';

export interface DraftInput {
  fields: ClassifiedField[];
  document: Document;
  url?: string;
  pageName: string;
  today: string;
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
];

/** Fields whose confidence is below this get a `// check:` comment. */
export const CHECK_BELOW = 0.6;

function kebab(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'new-provider';
}

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function formScope(fields: ClassifiedField[]): string | null {
  const counts = new Map<Element, number>();
  for (const f of fields) {
    const form = f.key ? f.element.closest('form') : null;
    if (form) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  const [form] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!form) return null;
  const doc = form.ownerDocument;
  const id = form.getAttribute('id');
  if (id && doc.querySelectorAll(idSelector(id, 'form')).length === 1) return idSelector(id, 'form');
  const name = form.getAttribute('name');
  if (name && doc.querySelectorAll(`form[name=${attrValue(name)}]`).length === 1) return `form[name=${attrValue(name)}]`;
  return null;
}

function describe(f: ClassifiedField): string {
  return (f.label || f.evidence.slice(0, 2).join(' ') || 'no caption').replace(/\s+/g, ' ').slice(0, 60);
}

export function renderProviderDraft({ fields, document, url, pageName, today }: DraftInput): string {
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const parsed = url ? new URL(url) : null;
  const origin = parsed ? parsed.origin : 'https://example.jp';
  const path = parsed ? parsed.pathname : '/';
  const id = kebab(parsed ? parsed.hostname.replace(/^www\./, '').replace(/\.(?:co\.jp|or\.jp|ne\.jp|go\.jp|lg\.jp|jp|com)$/, '') : pageName);
  const category = CATEGORIES.find(([re]) => re.test(title))?.[1] ?? 'other';
  const form = formScope(fields);

  const lines: string[] = [];
  lines.push("import { defineProvider } from '../lib/providers/define';", '');
  lines.push('export default defineProvider({');
  lines.push(`  id: ${quote(id)},`);
  lines.push(`  label: { ja: ${quote(title || id)}, en: ${quote('')} },`);
  lines.push(`  category: ${quote(category)},`);
  lines.push(`  origins: [${quote(origin)}],`);
  lines.push(`  updated: ${quote(today)},`);
  lines.push(`  notes: ${quote(`Drafted from ${pageName} by the field classifier: check every field against the live page.`)},`);
  lines.push('  pages: [');
  lines.push(`    { id: 'step1', path: ${quote(path)}, title: { ja: ${quote(title)} },${form ? ` form: ${quote(form)},` : ''}`);
  lines.push('      fields: [');
  for (const f of fields) {
    if (!f.key) {
      const why = f.evidence.find((e) => /^(?:honeypot|concealed|scope)/.test(e));
      lines.push(`        // no key: ${f.selector} — ${describe(f)}${why ? ` (${why})` : ''}`);
      continue;
    }
    if (f.confidence < CHECK_BELOW) lines.push(`        // check: ${describe(f)} (confidence ${f.confidence.toFixed(2)})`);
    const part = f.part === undefined ? '' : `, part: ${typeof f.part === 'number' ? f.part : quote(f.part)}`;
    lines.push(`        { selector: ${quote(f.selector)}, key: ${quote(f.key)}${part} },`);
  }
  lines.push('      ] },');
  lines.push('  ],');
  lines.push('});');
  return `${lines.join('\n')}\n`;
}

/** The stable machine-readable shape: one entry per fillable field, `part` null when there is none. */
export function renderFieldsJson(fields: ClassifiedField[]): string {
  return JSON.stringify({
    fields: fields.map((f) => ({ selector: f.selector, key: f.key, part: f.part ?? null, confidence: f.confidence })),
  });
}
