import { describe, expect, it } from 'vitest';
import { COUNTER_SHEETS } from '../../../lib/procedures/counter-sheet';
import { NUMBER_KINDS } from '../../../lib/procedures/numbers';
import { BRING_ITEMS, METHODS, PROCEDURE_CATEGORIES, PURPOSES, QUESTIONS } from '../../../lib/providers/procedure-schema';
import { STATUSES } from '../../../lib/procedures/state';
import { EN, JA } from '../spine/locales';

// Keys the checklist and the counter sheet build from data (`t(`pcat_${…}`)`), which the literal
// scan in spine/i18n-keys cannot see.
const underscore = (s: string) => s.replace(/-/g, '_');

describe('checklist messages in ja and en', () => {
  const keys = [
    ...PROCEDURE_CATEGORIES.map((c) => `pcat_${underscore(c)}`),
    ...PURPOSES.flatMap((p) => [`purpose_${p}`, `eventDate_${p}`, `listTitle_${p}`, `askEventDate_${p}`]),
    ...QUESTIONS.map((q) => `question_${q}`),
    ...METHODS.map((m) => `method_${underscore(m)}`),
    ...BRING_ITEMS.map((b) => `bring_${underscore(b)}`),
    ...STATUSES.map((s) => `status_${underscore(s)}`),
    ...Object.values(NUMBER_KINDS).flatMap((kinds) => kinds!.map((k) => k.label)),
    ...COUNTER_SHEETS.flatMap((k) => [`sheetTitle_${k}`, `sheetMovedOn_${k}`]),
    'urgency_overdue',
    'urgency_soon',
    'fillError_consent_declined',
  ];

  it('every data-built key exists in both languages', () => {
    expect(keys.length).toBeGreaterThan(80);
    expect({ ja: keys.filter((k) => !(k in JA)), en: keys.filter((k) => !(k in EN)) }).toEqual({ ja: [], en: [] });
  });
});
