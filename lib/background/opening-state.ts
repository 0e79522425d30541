import type { OpeningState } from '../messages';
import { profilePresence, vaultState } from '../vault/profile-presence';
import { enforceRetention } from '../vault/retention-check';
import { describeTab } from './fill-tab';

/** Everything the popup shows as it opens, in one answer. The retention check runs before the
 * profile is looked at, since it may delete it; the tab is looked at meanwhile. */
export async function openingState(tabId: number | undefined): Promise<OpeningState> {
  const [retention, status] = await Promise.all([
    enforceRetention(),
    tabId === undefined ? Promise.resolve({ kind: 'unsupported', reason: 'no-page' } as const) : describeTab(tabId),
  ]);
  const vault = await vaultState();
  return { ok: true, status, retention, vault, profile: await profilePresence(vault) };
}
