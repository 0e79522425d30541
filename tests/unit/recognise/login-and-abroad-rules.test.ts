// @vitest-environment happy-dom
// Rules from member and enquiry pages: a login made with the e-mail address, a box named like zip
// but shaped for a line of text, an address abroad. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

describe('a login made with the e-mail address', () => {
  it('■ ログイン情報 above a box whose sample is an e-mail address: the e-mail address', () => {
    const fields = classify(`<form><p>■ ログイン情報</p>
      <div><input name="email" type="email" placeholder="hikkoshi@example.com"></div>
      <div><input name="password" type="password"></div></form>`);
    expect(keyOf(fields, 'input[name="email"]')).toBe('email');
    expect(fieldOf(fields, 'input[name="email"]').rules).toContain('caption.login-email');
  });

  it('control: the same heading over a box named login_id with no e-mail sample is an account name', () => {
    const fields = classify(`<form><p>■ ログイン情報</p><div><input name="login_id" placeholder="半角英数字"></div></form>`);
    expect(keyOf(fields, 'input[name="login_id"]')).toBeNull();
  });

  it('a box captioned ログインID at itself, whose sample is an address, is the e-mail address', () => {
    const fields = classify(`<form><label for="l">ログインID</label><input id="l" placeholder="taro@example.jp"></form>`);
    expect(keyOf(fields, '#l')).toBe('email');
  });

  it('control: a box captioned ログインID with no e-mail sample is an account name, whatever its type', () => {
    const fields = classify(`<form><label for="l">ログインID</label><input id="l" name="login_email" type="email">
      <label for="u">ユーザー名</label><input id="u" placeholder="yamada_taro"></form>`);
    expect(keyOf(fields, '#l')).toBeNull();
    expect(keyOf(fields, '#u')).toBeNull();
  });
});

describe('one login box that takes an ID or the e-mail address', () => {
  it('メールアドレスまたは会員ID, IDまたはメールアドレス, ログインID／メールアドレス: the e-mail address, not the customer number', () => {
    const fields = classify(`<form><table>
      <tr><th><label for="a">メールアドレスまたは会員ID</label></th><td><input id="a" name="loginId"></td></tr>
      <tr><th><label for="b">IDまたはメールアドレス</label></th><td><input id="b" name="user"></td></tr>
      <tr><th><label for="c">ログインID／メールアドレス</label></th><td><input id="c" name="account"></td></tr>
      <tr><th><label for="d">メールアドレスまたは携帯電話番号</label></th><td><input id="d" name="ident"></td></tr>
      <tr><th><label for="e">会員番号またはメールアドレス</label></th><td><input id="e" name="users"></td></tr>
      <tr><th><label for="p">パスワード</label></th><td><input id="p" type="password" name="pw"></td></tr></table></form>`);
    for (const id of ['#a', '#b', '#c', '#d', '#e']) {
      expect(keyOf(fields, id)).toBe('email');
      expect(fieldOf(fields, id).rules).toContain('caption.login-email');
    }
  });

  it('control: 会員ID alone stays the number at the provider, and ログインID alone takes nothing', () => {
    const fields = classify(`<form><table>
      <tr><th><label for="a">会員ID</label></th><td><input id="a" name="member"></td></tr>
      <tr><th><label for="b">ログインID</label></th><td><input id="b" name="login"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('provider.customerNumber');
    expect(keyOf(fields, '#b')).toBeNull();
  });

  it('control: a row 連絡先（メールアドレス・電話番号） over two boxes keeps an e-mail and a phone', () => {
    const fields = classify(`<form><table><tr><th>連絡先（メールアドレス・電話番号）</th>
      <td><input type="email" name="mail"> <input type="tel" name="tel"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="mail"]')).toBe('email');
    expect(keyOf(fields, 'input[name="tel"]')).toBe('phone');
  });
});

describe('a box named like zip but shaped for a line of text', () => {
  it('住所 〒[zip[0]] then [zip[1] size=80]: the postal code, then the address', () => {
    const fields = classify(`<form><table><tr><th>住所</th><td><p>〒<input type="text" name="zip[0]" size="8"></p>
      <p><input type="text" name="zip[1]" size="80"></p></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="zip[0]"]')).toBe('oldAddress.postalCode');
    expect(fieldOf(fields, 'input[name="zip[0]"]').part).toBeUndefined();
    expect(keyOf(fields, 'input[name="zip[1]"]')).toBe('oldAddress.full');
    expect(fieldOf(fields, 'input[name="zip[1]"]').rules).toContain('address.wide-box');
  });

  it('control: a generously drawn zip box (size 20) before the address box is still the postal code', () => {
    const fields = classify(`<form><div><label>住所</label><input type="text" name="zip" size="20"><input type="text" name="addr" size="60"></div></form>`);
    expect(keyOf(fields, 'input[name="zip"]')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, 'input[name="addr"]')).toBe('oldAddress.full');
  });

  it('control: two small boxes named zip1 and zip2 under 住所 are the two parts of the postal code', () => {
    const fields = classify(`<form><table><tr><th>住所</th><td>〒<input name="zip1" size="3" maxlength="3">-<input name="zip2" size="4" maxlength="4">
      <input name="addr" size="60"></td></tr></table></form>`);
    expect(fieldOf(fields, 'input[name="zip1"]')).toMatchObject({ key: 'oldAddress.postalCode', part: 1 });
    expect(fieldOf(fields, 'input[name="zip2"]')).toMatchObject({ key: 'oldAddress.postalCode', part: 2 });
  });
});

describe('an address abroad', () => {
  it('boxes named overseas_* under a switch for those living abroad get no key; the Japanese address keeps its keys', () => {
    const fields = classify(`<form><h3>現住所</h3>
      <label for="z">郵便番号</label><input id="z" name="zip">
      <label for="c">市区町村</label><input id="c" name="city">
      <label><input type="checkbox" name="overseas_flag"> 海外にお住まいの方はこちらをチェックしてください</label>
      <div><label>city</label><input name="overseas_city" maxlength="100" disabled>
      <label>zip code</label><input name="overseas_zip" maxlength="100" disabled></div></form>`);
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
    expect(keyOf(fields, 'input[name="overseas_city"]')).toBeNull();
    expect(keyOf(fields, 'input[name="overseas_zip"]')).toBeNull();
    expect(fieldOf(fields, 'input[name="overseas_city"]').rules).toContain('person.abroad');
  });

  it('control: a phone captioned 海外からは +81 is still the phone', () => {
    const fields = classify(`<form><label for="t">電話番号（海外からは +81）</label><input id="t" type="tel"></form>`);
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});
