import type { FillReport, OutlinedField } from '../plan/types';

// The text 「不具合を報告用にコピー」 puts on the clipboard when a mapped fill did not go as the
// mapping says: which provider and version, which page, which fields failed and why, and an outline
// of the page's form fields so a maintainer can fix the mapping without the user's data. It holds no
// value: reports carry keys and outcome codes, the outline names, ids, types and captions.

export interface DriftInput {
  providerId: string;
  /** The mapping's verification date (`updated`). */
  providerVersion: string;
  extensionVersion: string;
  report: FillReport;
  outline: OutlinedField[];
}

function part(p: string | number | undefined): string {
  return p === undefined ? '' : ` part ${p}`;
}

export function driftReport({ providerId, providerVersion, extensionVersion, report, outline }: DriftInput): string {
  const url = new URL(report.url);
  const failed = report.fields.filter((f) => f.outcome !== 'filled');
  const lines = [
    `tetsuzuki-pad ${extensionVersion} — fill report for a maintainer`,
    `provider: ${providerId} (updated ${providerVersion})`,
    `page: ${url.origin}${url.pathname}`,
    `fields: ${report.counts.filled} filled, ${report.counts.skipped} skipped, ${report.counts['not-found']} not found`,
    '',
    failed.length ? 'not filled:' : 'not filled: none',
    ...failed.map((f) => `  ${f.key}${part(f.part)}: ${f.outcome}${f.reason ? ` (${f.reason})` : ''}`),
    '',
    `form fields on the page (${outline.length}):`,
    ...outline.map((o) => {
      const where = [o.name && `name=${o.name}`, o.id && `id=${o.id}`, o.form && `form=${o.form}`].filter(Boolean).join(' ');
      return `  ${o.tag}${o.tag === 'input' ? `[${o.type}]` : ''} ${where}${o.required ? ' required' : ''} — ${o.caption || '(no caption)'}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}
