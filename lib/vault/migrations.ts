// Stored profile data carries `schemaVersion`; older data is upgraded one version at a time up to
// PROFILE_SCHEMA_VERSION. Version 0 (the first prototype) wrote no version field.
import { PROFILE_SCHEMA_VERSION, parseProfile, type Profile } from '../profile/schema';
import type { CitiesOf } from '../postal/split-address';
import { VaultError } from './errors';
import { migrateV0, type StepResult, type UnplacedValue } from './migrate-v0';

export type { UnplacedValue } from './migrate-v0';

export interface MigrationResult {
  profile: Profile;
  from: number;
  to: number;
  /** One line per field that was moved, converted or could not be placed; never values. */
  notes: string[];
  /** Values that have no place in the current schema, with their original text, for the user. */
  unplaced: UnplacedValue[];
}

export interface MigrateOptions {
  /** City names by prefecture code (PostalLookup.cities) for splitting old one-line addresses. */
  citiesOf?: CitiesOf;
}

type Step = (data: Record<string, unknown>, options: MigrateOptions) => Promise<StepResult>;

/** STEPS[n] upgrades version n to n + 1. */
const STEPS: Record<number, Step> = {
  0: (data, options) => migrateV0(data, options.citiesOf),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema version of stored data: 'malformed' unless it is an object with no version (0) or
 * a non-negative integer version; 'unsupported-version' when newer than this code knows. */
export function schemaVersionOf(raw: unknown): number {
  if (!isRecord(raw)) throw new VaultError('malformed');
  const version = raw.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) throw new VaultError('malformed');
  if (version > PROFILE_SCHEMA_VERSION) throw new VaultError('unsupported-version');
  return version;
}

/** Upgrades stored data to the current profile. Throws VaultError 'malformed',
 * 'unsupported-version', or 'invalid-profile' (with issues) when the result does not validate. */
export async function migrate(raw: unknown, options: MigrateOptions = {}): Promise<MigrationResult> {
  const from = schemaVersionOf(raw);
  let data = raw as Record<string, unknown>;
  const notes: string[] = [];
  const unplaced: UnplacedValue[] = [];
  for (let version = from; version < PROFILE_SCHEMA_VERSION; version++) {
    const step = await STEPS[version](data, options);
    data = step.data;
    notes.push(...step.notes.map((note) => `v${version}→v${version + 1} ${note}`));
    unplaced.push(...step.unplaced);
  }
  const parsed = parseProfile(data);
  if (!parsed.ok) throw new VaultError('invalid-profile', parsed.issues);
  return { profile: parsed.profile, from, to: PROFILE_SCHEMA_VERSION, notes, unplaced };
}
