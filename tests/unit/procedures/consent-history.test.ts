import { describe, expect, it } from 'vitest';
import { consentSummary, grantConsent, maskValue, needsConsent, withdrawConsent } from '../../../lib/procedures/consent';
import { procedureForPage, recordFill, withListNumbers } from '../../../lib/procedures/fill-link';
import { emptyRecord, HISTORY_MAX, procedureRecordSchema, withHistory } from '../../../lib/procedures/record';
import type { FillReport } from '../../../lib/plan/types';
import { sampleProfile, stringLeaves } from '../spine/sample';

const ORIGIN = 'https://www.example-denki.jp';

function report(keys: string[], url = `${ORIGIN}/moving/step1`, providerId: string | null = 'demo-denki'): FillReport {
  return {
    providerId,
    providerLabel: 'でもでんき',
    pageTitle: '1/2',
    url,
    at: '2026-12-04T03:00:00.000Z',
    fields: [...keys.map((key, i) => ({ id: `f${i}`, key, outcome: 'filled' as const })), { id: 'x', key: 'email', outcome: 'skipped' as const, reason: 'no-value' as const }],
    counts: { filled: keys.length, skipped: 1, 'not-found': 0 },
    leftEmpty: [],
  };
}

describe('consent', () => {
  it('masks all but the last characters', () => {
    expect(maskValue('山田')).toBe('•田');
    expect(maskValue('1234-5678-90')).toBe('••••••••••90');
    expect(maskValue('A')).toBe('•');
    expect(maskValue('')).toBe('');
  });

  it('summarises each key once, masked, with the provider number', () => {
    const items = consentSummary(sampleProfile(), ['name.family', 'name.family', 'provider.customerNumber', 'name.familyRomaji', 'household[3].name.given'], 'demo-denki');
    expect(items).toEqual([
      { key: 'name.family', masked: '•田' },
      { key: 'provider.customerNumber', masked: '••••••••••90' },
      { key: 'name.familyRomaji', masked: '••••DA' },
      { key: 'household[3].name.given', masked: '' },
    ]);
  });

  it('is needed once per site, again for keys not agreed before, and after withdrawal', () => {
    let r = emptyRecord();
    expect(needsConsent(r, ORIGIN, ['name.family'])).toBe(true);
    r = grantConsent(r, ORIGIN, 'でもでんき', ['name.family', 'phone'], '2026-12-04T00:00:00Z');
    expect(needsConsent(r, ORIGIN, ['phone', 'name.family'])).toBe(false);
    expect(needsConsent(r, 'https://other.example.jp', ['phone'])).toBe(true);
    expect(needsConsent(r, ORIGIN, ['phone', 'email'])).toBe(true);
    r = grantConsent(r, ORIGIN, 'でもでんき', ['email'], '2026-12-05T00:00:00Z');
    expect(r.consents[ORIGIN].keys).toEqual(['name.family', 'phone', 'email']);
    expect(needsConsent(r, ORIGIN, ['phone', 'email'])).toBe(false);
    r = withdrawConsent(r, ORIGIN);
    expect(needsConsent(r, ORIGIN, ['phone'])).toBe(true);
    expect(procedureRecordSchema.safeParse(r).success).toBe(true);
  });

  it('is not needed for a fill that sends no value at all', () => {
    const r = emptyRecord();
    expect(needsConsent(r, ORIGIN, [])).toBe(false);
    expect(needsConsent(r, ORIGIN, ['phone'])).toBe(true);
  });
});

describe('fills and the list', () => {
  it('a fill marks its procedure 入力済み; one that filled nothing does not', () => {
    const filled = recordFill(emptyRecord(), report(['name.family']), 'electricity', false);
    expect(filled.states.electricity).toEqual({ status: 'filled', filledAt: '2026-12-04T03:00:00.000Z' });
    const nothing = recordFill(emptyRecord(), report([]), 'electricity', false);
    expect(nothing.states.electricity).toBeUndefined();
    expect(nothing.history).toHaveLength(1);
  });

  it('the history holds keys, site and counts — no profile value', () => {
    const profile = sampleProfile();
    const keys = ['name.family', 'name.given', 'name.fullKana', 'phone', 'email', 'oldAddress.full', 'newAddress.full', 'birthDate', 'provider.customerNumber', 'household[0].name.given'];
    let r = emptyRecord();
    for (let i = 0; i < 3; i++) r = recordFill(r, report(keys), 'electricity', i > 0);
    const stored = JSON.stringify(r.history);
    expect(stored).toContain('provider.customerNumber');
    const values = stringLeaves(profile).filter((v) => v.length >= 2);
    expect(values).toEqual(expect.arrayContaining(['山田', 'ヤマダ', '1234-5678-90', '09012345678']));
    for (const value of values) expect(stored, value).not.toContain(value);
    expect(procedureRecordSchema.safeParse(r).success).toBe(true);
  });

  it('keeps the newest entries up to the limit', () => {
    let r = emptyRecord();
    for (let i = 0; i < HISTORY_MAX + 5; i++) r = withHistory(r, { ...recordFill(emptyRecord(), report(['phone']), null, false).history[0], filled: i });
    expect(r.history).toHaveLength(HISTORY_MAX);
    expect(r.history.at(-1)!.filled).toBe(HISTORY_MAX + 4);
  });

  it('finds the procedure of a mapped provider or of a site the user linked', () => {
    const r = { ...emptyRecord(), sites: { nhk: 'http://127.0.0.1:27815' } };
    expect(procedureForPage(r, 'http://127.0.0.1:27811', 'demo-denki')).toBe('electricity');
    expect(procedureForPage(r, 'http://127.0.0.1:27815', null)).toBe('nhk');
    expect(procedureForPage(r, 'http://127.0.0.1:27899', null)).toBeNull();
  });

  it("uses the list's numbers where the profile has none for that site", () => {
    const profile = sampleProfile();
    const r = { ...emptyRecord(), numbers: { nhk: { customerNumber: 'NHK-1', supplyPointId: '' }, electricity: { customerNumber: 'E-9', supplyPointId: '' } } };
    expect(withListNumbers(profile, r, 'nhk', 'nhk').providers.nhk).toEqual({ customerNumber: 'NHK-1', supplyPointId: '' });
    // The profile's own number for a provider wins over the list's.
    expect(withListNumbers(profile, r, 'electricity', 'demo-denki').providers['demo-denki'].customerNumber).toBe('1234-5678-90');
    expect(withListNumbers(profile, r, null, 'x')).toBe(profile);
  });
});
