import type { RetentionStatus } from '../vault/retention-check';
import { shownDate } from './display';
import { h, t } from './i18n';

/** What a page says about the retention check that ran as it opened: the data was deleted today, or
 * will be on a given day. */
export function retentionBanner(status: RetentionStatus): HTMLElement | null {
  if (status.kind === 'deleted') return h('p', { class: 'banner', role: 'status' }, t('retentionDeleted'));
  if (status.kind === 'notice') return h('p', { class: 'banner warn', role: 'status' }, t('retentionNotice', shownDate(status.deleteOn)));
  return null;
}
