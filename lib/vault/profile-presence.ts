import { db } from '../storage/db';
import { vaultMeta } from './sealed-store';
import { currentKey } from './session-key';

// What a page needs to know about the stored profile before it loads the editor: whether protection
// is on and unlocked, and whether a profile is stored — read without opening or parsing the profile.

export const PROFILE_ID = 'current';

export async function vaultState(): Promise<'off' | 'locked' | 'unlocked'> {
  if (!(await vaultMeta())) return 'off';
  return (await currentKey()) ? 'unlocked' : 'locked';
}

export async function profilePresence(): Promise<'none' | 'stored' | 'locked'> {
  const state = await vaultState();
  if (state === 'locked') return 'locked';
  const record = await (await db()).get('profile', PROFILE_ID);
  return record === undefined ? 'none' : 'stored';
}
