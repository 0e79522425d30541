// 変更年月日 on a 住所変更届: the day the address changed is the day of the move.

import { fire, type Candidate } from './candidate';
import { elementText } from './element-text';
import { normaliseText, stripDecorations } from './normalise-text';
import { ADDRESS_CHANGE } from './page-side';
import { readOtherParty } from './section-cues';

const CHANGE_DATE = /^(?:変更|異動)(?:年月日|日|日付)$/;

export function resolveChangeDates(candidates: Candidate[], doc: Document): void {
  const dates = candidates.filter(
    (c) => !c.excluded && c.scope === 'main' && c.interp.type === 'date' && !c.interp.reading.dateKind &&
      c.context.texts.some((t) => (t.kind === 'label' || t.kind === 'header' || t.kind === 'before') && CHANGE_DATE.test(stripDecorations(t.text).replace(/\s+/g, ''))),
  );
  if (!dates.length) return;
  const heads = [doc.title ?? '', ...Array.from(doc.querySelectorAll('h1, h2')).map((el) => elementText(el, 80))].map(normaliseText);
  if (!heads.some((h) => ADDRESS_CHANGE.test(h) && !readOtherParty(h))) return;
  for (const c of dates) {
    c.interp.reading.dateKind = 'move';
    fire(c, 'date.address-change');
  }
}
