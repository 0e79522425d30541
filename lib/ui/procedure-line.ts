import { browser } from 'wxt/browser';
import type { Status } from '../procedures/state';
import { h, t } from './i18n';

/** The popup's line about this page's procedure (state and a link to the list), or just the link. */
export function renderProcedureLine(procedure: { id: string; name: string; status: Status } | null): (Node | string)[] {
  const link = h('a', { href: browser.runtime.getURL('/checklist.html') + (procedure ? `#${procedure.id}` : ''), target: '_blank', class: 'open-checklist' }, t('openChecklist'));
  if (!procedure) return [link];
  return [
    h('span', { class: 'procedure-name' }, t('procedureOfPage', procedure.name)),
    ' ',
    h('span', { class: `status status-${procedure.status}`, 'data-status': procedure.status }, t(`status_${procedure.status.replace(/-/g, '_')}`)),
    ' ',
    link,
  ];
}
