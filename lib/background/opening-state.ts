import type { OpeningState } from '../messages';
import { storedStateOnOpening } from '../vault/opening-check';
import { describeTab } from './fill-tab';
import { cachedSettings } from './kept-records';

/** Everything the popup shows as it opens, in one answer; the tab is looked at while the stored data
 * is checked. */
export async function openingState(tabId: number | undefined): Promise<OpeningState> {
  const [stored, status] = await Promise.all([
    storedStateOnOpening(cachedSettings),
    tabId === undefined ? Promise.resolve({ kind: 'unsupported', reason: 'no-page' } as const) : describeTab(tabId),
  ]);
  return { ok: true, status, ...stored };
}
