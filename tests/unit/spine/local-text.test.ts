import { describe, expect, it } from 'vitest';
import { targetForMatch } from '../../../lib/fill/fill-page';
import { localText } from '../../../lib/providers/local-text';
import demoGas from '../../../providers/demo/demo-gas';

describe('provider names in the UI language', () => {
  it('English where the file gives it and the browser is not Japanese', () => {
    expect(localText({ ja: 'デモガス', en: 'Demo Gas' }, 'en-US')).toBe('Demo Gas');
    expect(localText({ ja: 'デモガス', en: 'Demo Gas' }, 'ja')).toBe('デモガス');
    expect(localText({ ja: 'デモガス' }, 'en')).toBe('デモガス');
  });

  it('a fill target names provider and page in that language', () => {
    const match = { provider: demoGas, page: demoGas.pages[0] } as Parameters<typeof targetForMatch>[1];
    const url = `${demoGas.origins[0]}${demoGas.pages[0].path}`;
    expect(targetForMatch(url, match, 'en').providerLabel).toBe('Demo Gas (start of service)');
    expect(targetForMatch(url, match, 'en').pageTitle).toBe('Start gas service');
    expect(targetForMatch(url, match).providerLabel).toBe('デモガス（ガスの使用開始）');
  });
});
