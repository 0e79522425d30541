// 変更年月日 on a 住所変更届: the day the address changed is the day of the move.

import { fire, type Candidate } from './candidate';
import { stripDecorations } from './normalise-text';
import type { PageHeadings } from './page-headings';
import { ADDRESS_CHANGE } from './page-side';
import { readOtherParty } from './section-cues';

const CHANGE_DATE = /^(?:変更|異動)(?:年月日|日|日付)$/;

export function resolveChangeDates(candidates: Candidate[], headings: PageHeadings): void {
  const dates = candidates.filter(
    (c) => !c.excluded && c.scope === 'main' && c.interp.type === 'date' && !c.interp.reading.dateKind &&
      c.context.texts.some((t) => (t.kind === 'label' || t.kind === 'header' || t.kind === 'before') && CHANGE_DATE.test(stripDecorations(t.text).replace(/\s+/g, ''))),
  );
  if (!dates.length) return;
  if (!headings.outline.some((h) => ADDRESS_CHANGE.test(h) && !readOtherParty(h))) return;
  for (const c of dates) {
    c.interp.reading.dateKind = 'move';
    fire(c, 'date.address-change');
  }
}
