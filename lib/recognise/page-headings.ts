// The headings of a whole page, read once per recognition: what the page is for (its title, h1 and
// the current step of a step list) and every heading it has, for words that may sit anywhere.

import { elementText } from './element-text';
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
  const main = [normaliseText(doc.title ?? ''), ...read('h1, ' + CURRENT_STEP)].filter(Boolean);
  return { main, outline: [...main, ...read('h2, h3, legend')] };
}
