import { profilePresence, vaultState, type ProfilePresence, type VaultState } from './profile-presence';
import { enforceRetention, type RetentionStatus } from './retention-check';

/** What a page opening needs to know of the stored data: the retention check's outcome (run first,
 * since it may delete the profile), then the vault's state and whether a profile is stored. */
export interface StoredState {
  retention: RetentionStatus;
  vault: VaultState;
  profile: ProfilePresence;
}

export async function storedStateOnOpening(): Promise<StoredState> {
  const retention = await enforceRetention();
  const vault = await vaultState();
  return { retention, vault, profile: await profilePresence(vault) };
}
