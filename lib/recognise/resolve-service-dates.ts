// ご利用開始希望日 on a school's, a storage company's or a day service's form is when that service
// starts, not when the new home's electricity, gas, water or line does (move.startDate); ご利用終了日
// of a charter or a rental is when that service ends, not the old home's stop (move.stopDate).

import { fire, together, VISIBLE_CAPTION_KINDS, type Candidate } from './candidate';
import { stripDecorations } from './normalise-text';
import type { PageHeadings } from './page-headings';
import { readText } from './read-text';

const SERVICE_START = /利用開始/;
/** Words of the services whose start at the new home the profile's move.startDate is. */
const UTILITY = /電気|でんき|電力|ガス|水道|インターネット|ネット回線|回線|光|プロバイダ|wi-?fi|wimax|ケーブル|nhk|受信|電話/;

/** ご利用終了日 of a bus charter, a gym, a rental: the end of that service, not the old home's stop. */
const SERVICE_STOP = /利用(?:終了|停止)/;
/** Words of a move or a utility's stop anywhere in the page's headings: there the dates are the move's. */
const MOVE_OR_UTILITY = /転居|転出|引(?:っ)?越|移転|退去|住所変更|解約|停止/;

/** 開始日 / 終了日(自動計算) with nothing before them: the start or end of whatever the page is about. */
const BARE_START = /^開始(?:希望|予定)?日/;
const BARE_STOP = /^終了(?:希望|予定)?日/;

export function resolveServiceDates(candidates: Candidate[], headings: PageHeadings): void {
  if (headings.outline.some((h) => UTILITY.test(h))) return;
  const ownService = (c: Candidate, words: RegExp) => c.context.texts.some((t) => t.kind !== 'note' && words.test(t.text) && !UTILITY.test(t.text));
  const bare = (c: Candidate, words: RegExp) => c.context.texts.some((t) => VISIBLE_CAPTION_KINDS.has(t.kind) && words.test(stripDecorations(t.text)));
  const aboutMove = headings.outline.some((h) => MOVE_OR_UTILITY.test(h));
  const dates = candidates.filter((c) => !c.excluded && c.interp.type === 'date');
  // 開始日 of a travel insurance's cover on a page that speaks of no move or utility: that cover's start.
  // [start_month ▾] under 留学開始年月, on a page of no move or utility: a start known only by the box's
  // name is the start of whatever the page is about.
  // [f_startliving_year]年 [f_startliving_month]月 under 入居日: a part after a captioned part shares its caption.
  const captionedKind = (c: Candidate) => c.context.texts.some((t) => VISIBLE_CAPTION_KINDS.has(t.kind) && readText(t.text)?.dateKind);
  const byNameOnly = (c: Candidate) => {
    if (aboutMove || captionedKind(c)) return false;
    for (let i = c.index - 1; i >= 0 && candidates[i].interp.reading.datePart && together(candidates[i], candidates[i + 1]); i--) {
      if (captionedKind(candidates[i])) return false;
    }
    return true;
  };
  const starts = dates.filter((c) => c.interp.reading.dateKind === 'start' && (ownService(c, SERVICE_START) || (!aboutMove && bare(c, BARE_START)) || byNameOnly(c)));
  const stops = aboutMove ? [] : dates.filter((c) => c.interp.reading.dateKind === 'stop' && (ownService(c, SERVICE_STOP) || bare(c, BARE_STOP) || byNameOnly(c)));
  for (const [found, rule] of [[starts, 'date.service-start'], [stops, 'date.service-stop']] as const) {
    for (const c of found) {
      c.interp.type = 'none';
      c.interp.reading.type = 'none';
      c.interp.reading.negative = 'other-date';
      fire(c, rule);
    }
  }
}
