// ご利用開始希望日 on a school's, a storage company's or a day service's form is when that service
// starts, not when the new home's electricity, gas, water or line does (move.startDate).

import { fire, type Candidate } from './candidate';
import type { PageHeadings } from './page-headings';

const SERVICE_START = /利用開始/;
/** Words of the services whose start at the new home the profile's move.startDate is. */
const UTILITY = /電気|でんき|電力|ガス|水道|インターネット|ネット回線|回線|光|プロバイダ|wi-?fi|wimax|ケーブル|nhk|受信|電話/;

export function resolveServiceStartDates(candidates: Candidate[], headings: PageHeadings): void {
  const starts = candidates.filter((c) => !c.excluded && c.interp.type === 'date' && c.interp.reading.dateKind === 'start');
  const service = starts.filter((c) => c.context.texts.some((t) => t.kind !== 'note' && SERVICE_START.test(t.text) && !UTILITY.test(t.text)));
  if (!service.length || headings.outline.some((h) => UTILITY.test(h))) return;
  for (const c of service) {
    c.interp.type = 'none';
    c.interp.reading.type = 'none';
    c.interp.reading.negative = 'other-date';
    fire(c, 'date.service-start');
  }
}
