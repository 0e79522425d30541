// 変更年月日 on a 住所変更届: the day the address changed is the day of the move.

import { fire, type Candidate } from './candidate';
import { stripDecorations } from './normalise-text';
import type { PageHeadings } from './page-headings';
import { ADDRESS_CHANGE } from './page-side';
import { readOtherParty } from './section-cues';

const CHANGE_DATE = /^(?:変更|異動)(?:年月日|日|日付)$/;
/** 住所情報, 新住所: the heading of a block of address rows (on a form that changes several details). */
const ADDRESS_SECTION = /^(?:新)?(?:ご)?住所(?:情報|欄)?$|^新住所/;

export function resolveChangeDates(candidates: Candidate[], headings: PageHeadings): void {
  const dates = candidates.filter(
    (c) => !c.excluded && c.scope === 'main' && c.interp.type === 'date' && !c.interp.reading.dateKind &&
      c.context.texts.some((t) => (t.kind === 'label' || t.kind === 'header' || t.kind === 'before') && CHANGE_DATE.test(japaneseWords(t.text))),
  );
  if (!dates.length) return;
  const addressChange = headings.outline.some((h) => ADDRESS_CHANGE.test(h) && !readOtherParty(h));
  // 住所情報 > 変更日 on a form of 氏名 / 住所 / 配偶者 changes: the day the address changed.
  const inAddressSection = (c: Candidate) => c.context.sections.some((s) => ADDRESS_SECTION.test(japaneseWords(s.text)));
  for (const c of dates) {
    if (!addressChange && !inAddressSection(c)) continue;
    c.interp.reading.dateKind = 'move';
    fire(c, 'date.address-change');
  }
}

/** 変更日 change date, 住所情報 address information: the caption's Japanese words, an English gloss left out. */
function japaneseWords(text: string): string {
  return stripDecorations(text).replace(/\s*[a-z][a-z\s()/.-]*$/i, '').replace(/\s+/g, '');
}
