import type { FieldPart } from '../profile/keys';
import { isStableSelector } from './selector-rules';

// Writing provider files as text: the draft from a saved page (scripts/draft.ts) and the export of a
// mapping recorded in the extension share these pieces, so both come out in the template's shape.

export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function kebab(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'new-provider';
}

/** A provider id from a host name: `www.example-denki.co.jp` → `example-denki`. */
export function idFromHost(host: string): string {
  return kebab(host.replace(/^www\./, '').replace(/\.(?:co\.jp|or\.jp|ne\.jp|go\.jp|lg\.jp|ac\.jp|jp|com|net|org)$/, ''));
}

/** The path as a mapping writes it: no trailing slash, no index file. */
export function plainPath(path: string): string {
  return path.replace(/\/index\.(?:php|html?)$/, '/').replace(/(.)\/+$/, '$1');
}

export { isStableSelector };

export function fieldLine(selector: string, key: string, part: FieldPart | undefined): string {
  const partText = part === undefined ? '' : `, part: ${typeof part === 'number' ? part : quote(part)}`;
  return `{ selector: ${quote(selector)}, key: ${quote(key)}${partText} },`;
}

export interface RecordedMappingText {
  origin: string;
  path: string;
  title: string;
  fields: { selector: string; key: string; part?: FieldPart; label: string }[];
  today: string;
}

/** A mapping the user recorded on a page, as a provider file a maintainer can add to the registry. */
export function renderRecordedProvider({ origin, path, title, fields, today }: RecordedMappingText): string {
  const host = new URL(origin).hostname;
  const id = idFromHost(host);
  const name = title.replace(/\s+/g, ' ').trim().slice(0, 40) || host;
  const lines = [
    "import { defineProvider } from '../lib/providers/define';",
    '',
    '// Recorded in 手続きパッド (「項目を割り当て」). Check the labels, the category and every field, then add a',
    '// fixture and a test case (providers/README.md) and run `npm run providers:check`.',
    'export default defineProvider({',
    `  id: ${quote(id)},`,
    `  label: { ja: ${quote(name)}, en: ${quote(`${host} — ${plainPath(path)}`)} },`,
    "  category: 'other',",
    `  origins: [${quote(origin)}],`,
    `  updated: ${quote(today)},`,
    "  notes: 'Recorded field by field on the live page.',",
    '  pages: [',
    '    {',
    "      id: 'step1',",
    `      path: ${quote(plainPath(path))},`,
    `      title: { ja: ${quote(name)} },`,
    '      fields: [',
  ];
  const seen = new Set<string>();
  let usable = 0;
  for (const f of fields) {
    const entry = fieldLine(f.selector, f.key, f.part);
    const slot = `${f.key}${f.part === undefined ? '' : ` part ${f.part}`}`;
    const caption = f.label.replace(/\s+/g, ' ').trim().slice(0, 60) || 'no caption';
    if (!isStableSelector(f.selector)) {
      lines.push(`        // check: ${caption} has no stable selector (id, name or autocomplete); write one by hand:`, `        // ${entry}`);
    } else if (seen.has(slot)) {
      lines.push(`        // check: ${caption} fills ${slot} again; keep one of them:`, `        // ${entry}`);
    } else {
      seen.add(slot);
      usable += 1;
      lines.push(`        ${entry} // ${caption}`);
    }
  }
  if (usable === 0) throw new Error('no recorded field has a stable selector');
  lines.push('      ],', '    },', '  ],', '});');
  return `${lines.join('\n')}\n`;
}
