import { browser } from 'wxt/browser';
import type { Due } from '../../lib/procedures/due-date';
import { t } from '../../lib/ui/i18n';

export const lang = (): 'ja' | 'en' => (document.documentElement.lang === 'ja' ? 'ja' : 'en');
export const text = (value: { ja: string; en: string }) => value[lang()];

/** 2026年4月15日(水) / Wed, 15 Apr 2026 — read in UTC, as the day is stored. */
export function formatDay(day: string): string {
  const locale = browser.i18n.getUILanguage().startsWith('ja') ? 'ja-JP' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function dueText(due: Due): string {
  switch (due.kind) {
    case 'no-date':
      return t('due_noDate');
    case 'none':
      return t('due_none');
    case 'promptly':
      return t('due_promptly');
    case 'guide':
      return t('due_guide', formatDay(due.date));
    case 'deadline':
      return due.opens ? t('due_window', [formatDay(due.opens), formatDay(due.date)]) : t('due_deadline', formatDay(due.date));
  }
}
