// ご利用開始希望日 on a school's, a storage company's or a day service's form is when that service
// starts, not when the new home's electricity, gas, water or line does (move.startDate).

import { fire, type Candidate } from './candidate';
import { elementText } from './element-text';
import { normaliseText } from './normalise-text';

const SERVICE_START = /利用開始/;
/** Words of the services whose start at the new home the profile's move.startDate is. */
const UTILITY = /電気|でんき|電力|ガス|水道|インターネット|ネット回線|回線|光|プロバイダ|wi-?fi|wimax|ケーブル|nhk|受信|電話/;

function pageWords(doc: Document): string {
  const heads = Array.from(doc.querySelectorAll('h1, h2, h3, legend')).map((el) => elementText(el, 80));
  return normaliseText([doc.title ?? '', ...heads].join(' '));
}

export function resolveServiceStartDates(candidates: Candidate[], doc: Document): void {
  const starts = candidates.filter((c) => !c.excluded && c.interp.type === 'date' && c.interp.reading.dateKind === 'start');
  const service = starts.filter((c) => c.context.texts.some((t) => t.kind !== 'note' && SERVICE_START.test(t.text) && !UTILITY.test(t.text)));
  if (!service.length || UTILITY.test(pageWords(doc))) return;
  for (const c of service) {
    c.interp.type = 'none';
    c.interp.reading.type = 'none';
    c.interp.reading.negative = 'other-date';
    fire(c, 'date.service-start');
  }
}
