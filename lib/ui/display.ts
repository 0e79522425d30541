import { browser } from 'wxt/browser';
import { displayDate, displayDays, displayMinutes, type DisplayLocale } from '../formats/display-date';

/** The language the UI is shown in, for dates and periods. */
export function uiLocale(): DisplayLocale {
  return browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : 'en';
}

/** 2027年1月19日 / January 19, 2027. */
export const shownDate = (iso: string) => displayDate(iso, uiLocale());
/** 4時間 / 4 hours. */
export const shownMinutes = (minutes: number) => displayMinutes(minutes, uiLocale());
/** 90日 / 90 days. */
export const shownDays = (days: number) => displayDays(days, uiLocale());
