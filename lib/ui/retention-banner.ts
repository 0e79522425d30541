import { enforceRetention } from '../vault/retention-check';
import { shownDate } from './display';
import { h, t } from './i18n';

/** Applies the retention policy on opening a page and says what it did or will do. */
export async function retentionBanner(): Promise<HTMLElement | null> {
  const status = await enforceRetention();
  if (status.kind === 'deleted') return h('p', { class: 'banner', role: 'status' }, t('retentionDeleted'));
  if (status.kind === 'notice') return h('p', { class: 'banner warn', role: 'status' }, t('retentionNotice', shownDate(status.deleteOn)));
  return null;
}
