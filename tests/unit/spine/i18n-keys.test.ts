import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOUSEHOLD_MEMBER_KEYS, PROFILE_KEYS, type FieldPart } from '../../../lib/profile/keys';
import { GENDERS } from '../../../lib/profile/schema';
import { PROVIDER_CATEGORIES } from '../../../lib/providers/schema';
import { keyLabel } from '../../../lib/ui/key-label';
import { HOUSEHOLD_FIELDS, PROFILE_SECTIONS, PROVIDER_FIELDS, type FieldDef } from '../../../lib/ui/profile-fields';
import { demoProviders } from '../../../providers/demo';
import { EN, JA, ROOT, recordingGetMessage } from './locales';

function source(path: string): string {
  return readFileSync(resolve(ROOT, path), 'utf8');
}

/** The string members of `export type <name> = 'a' | 'b' …;` in a source file. */
function unionMembers(path: string, name: string): string[] {
  const m = new RegExp(`export type ${name} =([^;]+);`).exec(source(path));
  if (!m) throw new Error(`type ${name} not found in ${path}`);
  return [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]);
}

function expectKeys(keys: string[]): void {
  expect(keys.length).toBeGreaterThan(0);
  const missingJa = keys.filter((k) => !(k in JA));
  const missingEn = keys.filter((k) => !(k in EN));
  expect({ missingJa, missingEn }).toEqual({ missingJa: [], missingEn: [] });
}

describe('ja and en message files', () => {
  it('have the same keys', () => {
    expect(Object.keys(EN).filter((k) => !(k in JA))).toEqual([]);
    expect(Object.keys(JA).filter((k) => !(k in EN))).toEqual([]);
    expect(Object.keys(JA).length).toBeGreaterThan(100);
  });

  it('have no empty message', () => {
    for (const [name, messages] of [['ja', JA], ['en', EN]] as const) {
      const empty = Object.entries(messages).filter(([, v]) => typeof v.message !== 'string' || v.message.trim() === '');
      expect(empty.map(([k]) => `${name}:${k}`)).toEqual([]);
    }
  });

  it('use the same $n substitutions in both languages', () => {
    const subs = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort().join(',');
    const differing = Object.keys(JA).filter((k) => subs(JA[k].message) !== subs(EN[k].message));
    expect(differing).toEqual([]);
  });
});

describe('keys referenced by the UI', () => {
  const fieldKeys = (defs: FieldDef[]) => defs.flatMap((f) => [f.label, ...(f.placeholder ? [f.placeholder] : [])]);

  it('profile editor sections, labels and placeholders', () => {
    expectKeys([
      ...PROFILE_SECTIONS.flatMap((s) => [s.title, ...fieldKeys(s.fields)]),
      ...fieldKeys(HOUSEHOLD_FIELDS),
      ...fieldKeys(PROVIDER_FIELDS),
    ]);
  });

  it('gender choices', () => {
    expectKeys(GENDERS.filter((g) => g !== '').map((g) => `gender_${g}`));
  });

  it('reason_* for every SkipReason', () => {
    const reasons = unionMembers('lib/plan/types.ts', 'SkipReason');
    expect(reasons).toEqual(expect.arrayContaining(['no-value', 'not-visible', 'outside-form']));
    expectKeys(reasons.map((r) => `reason_${r.replace(/-/g, '_')}`));
  });

  it('fillError_* for every FillError', () => {
    const errors = unionMembers('lib/fill/fill-page.ts', 'FillError');
    expect(errors).toEqual(expect.arrayContaining(['inject-failed', 'navigated', 'profile-empty']));
    expectKeys(errors.map((e) => `fillError_${e.replace(/-/g, '_')}`));
  });

  it('outcome_* for every FieldOutcome label', () => {
    expect(unionMembers('lib/plan/types.ts', 'FieldOutcome')).toEqual(['filled', 'not-found', 'skipped']);
    expectKeys(['outcome_filled', 'outcome_notFound', 'outcome_skipped']);
  });

  it('category_* for every provider category', () => {
    expectKeys(PROVIDER_CATEGORIES.map((c) => `category_${c}`));
  });

  it('every err_* key the profile schema can give', () => {
    const keys = [...new Set(source('lib/profile/schema.ts').match(/err_[a-z_]+/g) ?? [])];
    expect(keys).toEqual(expect.arrayContaining(['err_kana', 'err_invalid', 'err_household_max']));
    expectKeys(keys);
  });

  it("every literal t('…') key in the UI code", () => {
    const files = [
      ...readdirSync(resolve(ROOT, 'lib/ui')).filter((f) => /\.tsx?$/.test(f)).map((f) => `lib/ui/${f}`),
      ...readdirSync(resolve(ROOT, 'entrypoints'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => readdirSync(resolve(ROOT, 'entrypoints', d.name)).filter((f) => /\.tsx?$/.test(f)).map((f) => `entrypoints/${d.name}/${f}`)),
    ];
    const keys = [...new Set(files.flatMap((f) => [...source(f).matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1])))];
    expect(keys).toEqual(expect.arrayContaining(['save', 'fillButton', 'reportTitle']));
    expectKeys(keys);
  });
});

describe('entrypoint HTML and manifest', () => {
  const pages = readdirSync(resolve(ROOT, 'entrypoints'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(ROOT, 'entrypoints', d.name, 'index.html')))
    .map((d) => `entrypoints/${d.name}/index.html`);

  it('has the popup, options, checklist and counter-sheet pages', () => {
    expect(pages.sort()).toEqual(['entrypoints/checklist/index.html', 'entrypoints/counter-sheet/index.html', 'entrypoints/options/index.html', 'entrypoints/popup/index.html']);
  });

  it.each(pages)('%s: every data-i18n* and __MSG_ key exists', (page) => {
    const html = source(page);
    const keys = [
      ...[...html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]*)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]),
    ];
    expect(keys).toContain('privacyNote');
    expectKeys(keys);
  });

  it('every __MSG_ key of the manifest exists', () => {
    const keys = [...source('wxt.config.ts').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    expectKeys(keys);
  });
});

describe('key labels', () => {
  const missing = new Set<string>();

  beforeEach(() => {
    missing.clear();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(recordingGetMessage(missing) as typeof fakeBrowser.i18n.getMessage);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads as documented', () => {
    expect(keyLabel('oldAddress.postalCode', 1)).toBe('現住所 郵便番号（前半3桁）');
    expect(keyLabel('household[0].name.given')).toBe('同居者1 名');
    expect(keyLabel('move.startDate', 'year')).toBe('使用開始日（新居）（年）');
    expect(missing).toEqual(new Set());
  });

  it.each(demoProviders.map((p) => [p.id, p] as const))('every field of %s has a label', (_id, provider) => {
    const labels = provider.pages.flatMap((page) => page.fields.map((f) => keyLabel(f.key, f.part)));
    expect(labels.length).toBeGreaterThan(5);
    expect([...missing]).toEqual([]);
    for (const label of labels) expect(label).not.toMatch(/key_|addr_|side_|part_/);
  });

  it('every profile key and household key, with every part it can take', () => {
    for (const key of PROFILE_KEYS) {
      keyLabel(key);
      if (key.endsWith('postalCode')) [1, 2].forEach((p) => keyLabel(key, p as FieldPart));
      if (key === 'phone' || key === 'phoneAlt') [1, 2, 3].forEach((p) => keyLabel(key, p as FieldPart));
      if (/date$|Date$/.test(key)) (['year', 'month', 'day', 'era'] as const).forEach((p) => keyLabel(key, p));
    }
    for (const key of HOUSEHOLD_MEMBER_KEYS) keyLabel(`household[2].${key}`);
    keyLabel('household[2].birthDate', 'era');
    expect([...missing]).toEqual([]);
    expect(fakeBrowser.i18n.getMessage).toHaveBeenCalled();
  });
});
