import { db } from '../storage/db';
import { vaultMeta } from './sealed-store';
import { currentKey } from './session-key';

// What a page needs to know about the stored profile before it loads the editor: whether protection
// is on and unlocked, and whether a profile is stored — read without opening or parsing the profile.

export const PROFILE_ID = 'current';

export type VaultState = 'off' | 'locked' | 'unlocked';

export type ProfilePresence = 'none' | 'stored' | 'locked';

export async function vaultState(): Promise<VaultState> {
  if (!(await vaultMeta())) return 'off';
  return (await currentKey()) ? 'unlocked' : 'locked';
}

/** Whether a profile is stored, given the vault's state (read once by the caller). */
export async function profilePresence(state: VaultState): Promise<ProfilePresence> {
  if (state === 'locked') return 'locked';
  const record = await (await db()).get('profile', PROFILE_ID);
  return record === undefined ? 'none' : 'stored';
}
