// @vitest-environment happy-dom
// Keys that were right far less often than the rest on pages gathered after the rules were written
// are never ticked in advance: a second phone and a contract number wait for the user's look.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf } from './classify-markup';

describe('keys that wait for a look', () => {
  const fields = () =>
    classify(`<form><table>
      <tr><th>携帯電話番号</th><td><input id="m" type="tel"></td></tr>
      <tr><th>自宅電話番号</th><td><input id="h" type="tel"></td></tr>
      <tr><th>お客さま番号</th><td><input id="c"></td></tr>
      <tr><th>メールアドレス</th><td><input id="e" type="email"></td></tr></table></form>`);

  it('自宅 beside 携帯 is the second phone, listed unticked; お客さま番号 likewise', () => {
    const f = fields();
    expect(fieldOf(f, '#h').key).toBe('phoneAlt');
    expect(fieldOf(f, '#h').preselect).toBe(false);
    expect(fieldOf(f, '#h').review).toBe('low-confidence');
    expect(fieldOf(f, '#c').key).toBe('provider.customerNumber');
    expect(fieldOf(f, '#c').preselect).toBe(false);
  });

  it('control: the main phone and the e-mail of the same form are ticked in advance', () => {
    const f = fields();
    expect(fieldOf(f, '#m').key).toBe('phone');
    expect(fieldOf(f, '#m').preselect).toBe(true);
    expect(fieldOf(f, '#e').preselect).toBe(true);
  });
});
