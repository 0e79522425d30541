import { profilePresence, vaultState, type ProfilePresence, type VaultState } from './profile-presence';
import { enforceRetention, type RetentionStatus } from './retention-check';
import { loadSettings, type Settings } from './settings';

/** What a page opening needs to know of the stored data: the retention check's outcome (run first,
 * since it may delete the profile), then the vault's state and whether a profile is stored. */
export interface StoredState {
  retention: RetentionStatus;
  vault: VaultState;
  profile: ProfilePresence;
}

export async function storedStateOnOpening(settings: () => Promise<Settings> = loadSettings): Promise<StoredState> {
  const retention = await enforceRetention(new Date(), settings);
  const vault = await vaultState();
  return { retention, vault, profile: await profilePresence(vault) };
}
