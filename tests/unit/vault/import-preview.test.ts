import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../../lib/demo/sample-profile';
import { emptyProfile, parseProfile, type Profile } from '../../../lib/profile/schema';
import { previewImport } from '../../../lib/vault/import-preview';
import { deepFreeze } from './helpers';

function profileOf(input: unknown): Profile {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.profile;
}

const SAMPLE = profileOf(SAMPLE_PROFILE);

describe('previewImport', () => {
  it('lists nothing for the same data, whenever it was saved', () => {
    expect(previewImport(SAMPLE, { ...structuredClone(SAMPLE), updatedAt: '2030-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('lists added, changed and removed paths, by path only', () => {
    const incoming = structuredClone(SAMPLE);
    incoming.email = '';
    incoming.phone = '08011112222';
    incoming.newAddress.room = '502';
    incoming.household.push(profileOf({ household: [{ name: { family: '山田', given: '桜' }, relationship: '子' }] }).household[0]);
    delete (incoming.providers as Record<string, unknown>)['demo-suido'];
    incoming.providers['demo-tenkyo'] = { customerNumber: 'T-1', supplyPointId: '' };

    expect(previewImport(deepFreeze(structuredClone(SAMPLE)), incoming)).toEqual([
      { path: 'phone', change: 'changed' },
      { path: 'newAddress.room', change: 'added' },
      { path: 'household.1.name.family', change: 'added' },
      { path: 'household.1.name.given', change: 'added' },
      { path: 'household.1.relationship', change: 'added' },
      { path: 'providers.demo-tenkyo.customerNumber', change: 'added' },
      { path: 'email', change: 'removed' },
      { path: 'providers.demo-suido.customerNumber', change: 'removed' },
    ]);
  });

  it('lists every filled field as added into an empty profile and removed when importing an empty one', () => {
    const added = previewImport(emptyProfile(), SAMPLE);
    const removed = previewImport(SAMPLE, emptyProfile());
    expect(added.length).toBeGreaterThan(30);
    expect(added.every((c) => c.change === 'added')).toBe(true);
    expect(removed.map((c) => c.path)).toEqual(added.map((c) => c.path));
    expect(removed.every((c) => c.change === 'removed')).toBe(true);
  });

  it('never carries values', () => {
    const text = JSON.stringify(previewImport(emptyProfile(), SAMPLE));
    for (const value of ['山田', '09012345678', '1600022', 'hanako']) expect(text).not.toContain(value);
  });
});
