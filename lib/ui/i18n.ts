import { browser } from 'wxt/browser';

/** A UI string from `_locales` (Japanese by default, English when the browser is in English). */
export function t(key: string, substitutions?: string | string[]): string {
  // Keys come from data (field definitions, outcome codes), so they are checked by a unit test that
  // compares every referenced key with _locales instead of by the compiler.
  const getMessage = browser.i18n.getMessage as (key: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** Fills `data-i18n` (text), `data-i18n-title`, `data-i18n-placeholder` and `data-i18n-aria-label`. */
export function localizePage(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n!);
  });
  for (const attr of ['title', 'placeholder', 'aria-label'] as const) {
    const data = `i18n${attr === 'aria-label' ? 'AriaLabel' : attr[0].toUpperCase() + attr.slice(1)}`;
    root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`).forEach((el) => {
      el.setAttribute(attr, t(el.dataset[data]!));
    });
  }
  if (root === document) document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : t('htmlLang');
}

/** Creates an element with attributes and children, without ever parsing HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}
