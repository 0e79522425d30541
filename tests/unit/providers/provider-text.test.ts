import { describe, expect, it } from 'vitest';
import { driftReport } from '../../../lib/fill/drift-report';
import { idFromHost, plainPath, renderRecordedProvider } from '../../../lib/providers/provider-text';
import { providerSchema } from '../../../lib/providers/schema';

describe('provider files written by the extension', () => {
  it('ids and paths in the registry’s spelling', () => {
    expect(idFromHost('www.example-denki.co.jp')).toBe('example-denki');
    expect(idFromHost('shop.example')).toBe('shop-example');
    expect(plainPath('/moving/')).toBe('/moving');
    expect(plainPath('/moving/index.php')).toBe('/moving');
    expect(plainPath('/')).toBe('/');
  });

  it('a recorded mapping exports as a valid provider, with unstable selectors and repeats left as checks', async () => {
    const text = renderRecordedProvider({
      origin: 'https://www.example-shop.co.jp',
      path: '/member/address/',
      title: 'ご登録住所の変更 | 例の通販',
      today: '2026-12-01',
      fields: [
        { selector: '#sei', key: 'name.family', label: 'お名前（姓）' },
        { selector: 'input[name="zip1"]', key: 'newAddress.postalCode', part: 1, label: '郵便番号' },
        { selector: 'form > input:nth-of-type(3)', key: 'newAddress.full', label: 'ご住所' },
        { selector: '#sei2', key: 'name.family', label: 'お名前（姓）もう一度' },
      ],
    });
    expect(text).toContain("{ selector: '#sei', key: 'name.family' }, // お名前（姓）");
    expect(text).toContain("{ selector: 'input[name=\"zip1\"]', key: 'newAddress.postalCode', part: 1 }, // 郵便番号");
    expect(text).toContain("// check: ご住所 has no stable selector");
    expect(text).toContain('// check: お名前（姓）もう一度 fills name.family again');
    const body = text.slice(text.indexOf('defineProvider(') + 'defineProvider('.length, text.lastIndexOf(');'));
    const data = new Function(`return (${body});`)() as unknown;
    const parsed = providerSchema.safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.pages[0].path).toBe('/member/address');
  });

  it('the drift report names provider, page and failures, and carries no value', () => {
    const text = driftReport({
      providerId: 'demo-gas',
      providerVersion: '2026-11-27',
      extensionVersion: '0.1.0',
      report: {
        providerId: 'demo-gas',
        providerLabel: 'デモガス',
        pageTitle: '開始',
        url: 'http://127.0.0.1:27812/kaishi?session=secret#x',
        at: '2026-12-01T00:00:00Z',
        fields: [
          { id: 'f0', key: 'name.family', outcome: 'filled' },
          { id: 'f1', key: 'phone', part: 1, outcome: 'not-found' },
          { id: 'f2', key: 'email', outcome: 'skipped', reason: 'ambiguous' },
        ],
        counts: { filled: 1, skipped: 1, 'not-found': 1 },
        leftEmpty: [],
      },
      outline: [{ tag: 'input', type: 'text', name: 'tel_a', id: 'telA', form: '#kaishiForm', caption: '電話番号', required: true }],
    });
    expect(text).toContain('provider: demo-gas (updated 2026-11-27)');
    expect(text).toContain('page: http://127.0.0.1:27812/kaishi\n');
    expect(text).not.toContain('secret');
    expect(text).toContain('  phone part 1: not-found');
    expect(text).toContain('  email: skipped (ambiguous)');
    expect(text).toContain('  input[text] name=tel_a id=telA form=#kaishiForm required — 電話番号');
  });
});
