import type { OpeningState } from '../messages';
import { storedStateOnOpening } from '../vault/opening-check';
import { afterAnswer, describeTab } from './fill-tab';
import { getReadyForFill } from './ready-for-fill';
import { cachedSettings } from './kept-records';

/** Everything the popup shows as it opens, in one answer; the tab is looked at while the stored data
 * is checked. */
export async function openingState(tabId: number | undefined): Promise<OpeningState> {
  const [stored, status] = await Promise.all([
    storedStateOnOpening(cachedSettings),
    tabId === undefined ? Promise.resolve({ kind: 'unsupported', reason: 'no-page' } as const) : describeTab(tabId),
  ]);
  if (status.kind !== 'unsupported' && stored.profile === 'stored') afterAnswer('background.ready-for-fill', getReadyForFill);
  return { ok: true, status, ...stored };
}
