// The headings of a whole page, read once per recognition: what the page is for (its title, h1 and
// the current step of a step list) and every heading it has, for words that may sit anywhere.

import { elementText, isCurrentItem, SHOWN_CONTROLS } from './element-text';
import { normaliseText } from './normalise-text';

export interface PageHeadings {
  /** The title, the h1s and the current step: what the page as a whole is for. */
  main: string[];
  /** The main headings and every h2, h3 and legend. */
  outline: string[];
}

const CURRENT_STEP = '[aria-current="step"], [aria-current="page"], [class*="step" i] .current, [class*="step" i] .active, [class*="step" i] .is-current, [class*="step" i] .is-active, [class*="flow" i] .current, [class*="flow" i] .active';

export function readPageHeadings(doc: Document): PageHeadings {
  const read = (selector: string) => Array.from(doc.querySelectorAll(selector)).map((el) => normaliseText(elementText(el, 80))).filter(Boolean);
  const main = [normaliseText(doc.title ?? ''), ...read('h1, ' + CURRENT_STEP), ...stepsInHand(doc), ...formTitle(doc)].filter(Boolean);
  return { main, outline: [...main, ...read('h2, h3, legend')] };
}

/**
 * <ol><li class="is-active">お客さま情報入力</li><li class="is-active">お届け先情報入力</li><li>確認</li></ol>:
 * the step in hand of a step bar, the last item marked (the steps done are often marked as it is).
 */
function stepsInHand(doc: Document): string[] {
  const out: string[] = [];
  for (const list of Array.from(doc.querySelectorAll('ol, ul'))) {
    const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
    if (items.length < 3 || list.querySelector(SHOWN_CONTROLS)) continue;
    const current = items.filter(isCurrentItem).pop();
    const text = current ? normaliseText(elementText(current, 80)) : '';
    if (text) out.push(text);
  }
  return out;
}

/**
 * <h1>ようこそ、田中様</h1> … <h2>住所変更申請</h2><form>: where the page holds one form, the heading
 * right before it says what the form, and so the page, is for.
 */
function formTitle(doc: Document): string[] {
  const forms = Array.from(doc.querySelectorAll('form')).filter((f) => f.querySelectorAll(SHOWN_CONTROLS).length >= 3);
  if (forms.length !== 1) return [];
  let prev = forms[0].previousElementSibling;
  while (prev && !prev.textContent?.trim() && !/^H[1-6]$/.test(prev.tagName)) prev = prev.previousElementSibling;
  return prev && /^H[1-3]$/.test(prev.tagName) ? [normaliseText(elementText(prev, 80))] : [];
}
