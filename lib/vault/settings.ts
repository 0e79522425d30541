import { z } from 'zod';
import { DEFAULT_RETENTION, deletionDate, retentionPolicySchema, type RetentionPolicy } from './retention';
import { DEFAULT_IDLE_MINUTES } from './vault-state';
import { db } from '../storage/db';

// The user's choices about their data: how long the vault stays unlocked when idle, and how long
// data is kept. Stored unencrypted because retention must work while the vault is locked; it holds
// no profile value (only the day deletion is due).

export const SETTINGS_ID = 'settings';

export const settingsSchema = z.object({
  idleMinutes: z.number().int().min(1).max(24 * 60).default(DEFAULT_IDLE_MINUTES),
  retention: retentionPolicySchema.default({ mode: 'keep' }),
  /** YYYY-MM-DD on which everything is deleted, computed from the policy and the move date. */
  deleteOn: z.string().nullable().default(null),
  /** Whether the user has seen and answered the retention offer (made once a move date is set). */
  retentionOffered: z.boolean().default(false),
});

export type Settings = z.output<typeof settingsSchema>;

export async function loadSettings(): Promise<Settings> {
  const raw = await (await db()).get('profile', SETTINGS_ID);
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...patch });
  await (await db()).put('profile', next, SETTINGS_ID);
  return next;
}

/** Recomputes the deletion day after the policy or the move date changed. */
export async function applyRetention(policy: RetentionPolicy, moveDate: string): Promise<Settings> {
  return saveSettings({ retention: policy, deleteOn: deletionDate(policy, moveDate), retentionOffered: true });
}

export { DEFAULT_RETENTION };
