import { describe, expect, it } from 'vitest';
import { ProviderValidationError, validateProvider } from '../../../lib/providers/validate';

function provider(field: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'traits-check',
    label: { ja: 'テスト生命' },
    category: 'insurance',
    origins: ['https://www.example.co.jp'],
    updated: '2026-01-01',
    pages: [
      {
        id: 'apply',
        path: '/apply',
        title: { ja: 'お申し込み' },
        fields: [{ selector: '#sei', key: 'name.family' }, { selector: '#x', ...field }],
      },
    ],
  };
}

function problemsOf(field: Record<string, unknown>): { path: string; message: string }[] {
  try {
    validateProvider(provider(field), 'providers/traits-check.ts');
  } catch (err) {
    if (err instanceof ProviderValidationError) {
      expect(err.message).toContain('providers/traits-check.ts');
      return err.problems;
    }
    throw err;
  }
  return [];
}

describe('traits in a mapping', () => {
  it('are accepted beside a format or alone', () => {
    const parsed = validateProvider(
      provider({ key: 'move.date', format: 'dateWarekiShort', traits: { padding: 'pad2', width: 'full' } }),
      'providers/traits-check.ts',
    );
    expect(parsed.pages[0].fields[1].traits).toEqual({ padding: 'pad2', width: 'full' });
    expect(problemsOf({ key: 'newAddress.chomeBlock', traits: { block: 'words', chomeNumerals: 'kanji' } })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an unknown trait value', { key: 'birthDate', traits: { padding: 'three' } }, 'pages[0].fields[1].traits.padding', /unknown padding trait; one of: pad2, none/],
    ['an unknown trait', { key: 'birthDate', traits: { zeroes: true } }, 'pages[0].fields[1].traits', /Unrecognized key: "zeroes"/],
    ['an empty traits object', { key: 'birthDate', traits: {} }, 'pages[0].fields[1].traits', /at least one trait/],
    ['a 丁目 notation that does not exist', { key: 'newAddress.block', traits: { block: '2-1-1' } }, 'pages[0].fields[1].traits.block', /hyphens, words, mixed/],
  ])('%s is refused with file and path', (_name, field, path, message) => {
    const problem = problemsOf(field).find((p) => p.path === path);
    expect(problem?.message).toMatch(message);
  });
});
