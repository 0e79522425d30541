import { describe, expect, it } from 'vitest';
import { grantConsent } from '../../../lib/procedures/consent';
import { recordFill } from '../../../lib/procedures/fill-link';
import { emptyRecord } from '../../../lib/procedures/record';
import { exportBackup, readBackup } from '../../../lib/vault/backup';
import { isVaultError } from '../../../lib/vault/errors';
import { sampleProfile } from '../spine/sample';

const PASS = 'バックアップ用 パスフレーズ 9';
const FAST = { iterations: 1_000 };

describe('the checklist in the encrypted backup', () => {
  const profile = sampleProfile();
  const report = {
    providerId: 'demo-denki',
    providerLabel: 'でもでんき',
    pageTitle: '1/2',
    url: 'http://127.0.0.1:27811/moving/step1',
    at: '2026-12-04T03:00:00.000Z',
    fields: [{ id: 'f0', key: 'name.family', outcome: 'filled' as const }],
    counts: { filled: 1, skipped: 0, 'not-found': 0 },
    leftEmpty: [],
  };
  const record = grantConsent(recordFill({ ...emptyRecord(), picked: { electricity: true } }, report, 'electricity', false), 'http://127.0.0.1:27811', 'でもでんき', ['name.family'], report.at);

  it('round-trips states, consents and history, encrypted', async () => {
    const text = await exportBackup({ profile, procedures: record }, PASS, FAST);
    expect(text).not.toContain('electricity');
    expect(text).not.toContain('name.family');
    const read = await readBackup(text, PASS, profile);
    expect(read.data.procedures).toEqual(record);
  });

  it('older files without it still read', async () => {
    const read = await readBackup(await exportBackup({ profile }, PASS, FAST), PASS, profile);
    expect(read.data.procedures).toBeUndefined();
  });

  it('a file whose checklist does not validate is refused as a whole', async () => {
    const bad = { ...record, history: [{ at: 'x', origin: 'nope' }] } as unknown as typeof record;
    const text = await exportBackup({ profile, procedures: bad }, PASS, FAST);
    await expect(readBackup(text, PASS, profile)).rejects.toSatisfy((e) => isVaultError(e, 'invalid-profile'));
  });
});
