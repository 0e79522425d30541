// The side a whole page is about, for address blocks whose own captions and headings name none:
// the page's main headings (its title, h1, or the current step: STEP2 新しいご住所), and a change page
// that shows the current address as text above the one block that asks for an address.

import { elementText } from './element-text';
import { normaliseText } from './normalise-text';
import type { PageHeadings } from './page-headings';
import type { Side } from './reading';
import { readOtherParty, readSide } from './section-cues';

export interface PageSide {
  side: Side;
  rule: 'side.page-heading' | 'side.shown-current';
}

const SHOWN_CURRENT = /^(?:現在の(?:ご)?(?:住所|お住まい|登録住所)|現住所|ご?登録(?:中の|済みの)?(?:ご)?住所|変更前の(?:ご)?住所)$/;

/** 住所変更, 住所、郵便番号の変更: a page for changing the address asks the address it changes to. */
export const ADDRESS_CHANGE = /(?:住所|所在地)(?:[、・,/]\s*\S{1,8}?)?(?:の)?(?:変更|移転)(?!前)/;

const CHANGE_NOTICE = /(?:変更|異動)(?:届|申請書?|の届出)/;

export function readPageSide(doc: Document, headings: PageHeadings): PageSide | null {
  const heads = headings.main;
  for (const text of heads) {
    const side = readSide(text);
    if (side) return { side, rule: 'side.page-heading' };
  }
  // A page changing the address, or a notice of a change (「変更届」作成, 身上異動届), asks the details as
  // they are after it; お届け先住所変更 is a recipient's address, not the user's own change.
  for (const text of heads) if ((ADDRESS_CHANGE.test(text) || CHANGE_NOTICE.test(text)) && !readOtherParty(text)) return { side: 'new', rule: 'side.page-heading' };
  // 現在のご住所: 〒100-0001 東京都… shown as text, with no field beside it.
  for (const caption of Array.from(doc.querySelectorAll('dt, th, h2, h3, h4, label, .label, [class*="title" i]'))) {
    if (!SHOWN_CURRENT.test(normaliseText(elementText(caption, 40)).replace(/[:：\s]/g, ''))) continue;
    const value = caption.tagName === 'DT' || caption.tagName === 'TH' ? caption.nextElementSibling : caption.parentElement;
    if (value && !value.querySelector('input, select, textarea') && /\d/.test(value.textContent ?? '')) return { side: 'new', rule: 'side.shown-current' };
  }
  return null;
}
