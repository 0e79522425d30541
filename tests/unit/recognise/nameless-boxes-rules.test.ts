// @vitest-environment happy-dom
// Boxes whose name and id say nothing (forms rendered by a script, ids generated): the parts of a
// split value are found from the page's own words and marks, not from names like tel1 / tel2.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('boxes with no telling names', () => {
  it('電話番号 [2桁以上3桁以内] - [4桁] - [4桁]: placeholders that state a piece’s digits are no captions', () => {
    const f = classify(`<form><table><tr><td><label for="a">電話番号：</label></td></tr><tr><td>
      <input id="a" name="zqk" placeholder="2桁以上3桁以内" maxlength="3"> - <input id="b" name="zqm" placeholder="4桁" maxlength="4"> - <input id="c" name="zqn" placeholder="4桁" maxlength="4">
      </td></tr></table></form>`);
    expect(['#a', '#b', '#c'].map((s) => keyOf(f, s))).toEqual(['phone#1', 'phone#2', 'phone#3']);
    // Control: a box whose placeholder is a caption of its own (FAX) is not a piece of the phone.
    const fax = classify(`<form><label for="a">電話番号</label><input id="a" name="zqk"> <input id="b" name="zqm" placeholder="FAX番号"></form>`);
    expect(keyOf(fax, '#a')).toBe('phone');
    expect(keyOf(fax, '#b')).toBeNull();
  });

  it('[ ]-[ ]-[ ], each box in a wrapper of its own under 電話番号: the hyphens join the three parts', () => {
    const f = classify(`<form><div class="row"><div>電話番号(必須)</div>
      <div><input type="tel" id="a" name="zqg" maxlength="4"></div> - <div><input type="tel" id="b" name="zqh" maxlength="4"></div> - <div><input type="tel" id="c" name="zqj" maxlength="4"></div></div>
      <div class="row"><div>メールアドレス</div><div><input id="m" name="zqk"></div></div></form>`);
    expect(['#a', '#b', '#c'].map((s) => keyOf(f, s))).toEqual(['phone#1', 'phone#2', 'phone#3']);
    expect(keyOf(f, '#m')).toBe('email');
  });

  it('<dt>携帯電話番号</dt> over three list items of one box each: the parts of one number', () => {
    const f = classify(`<form>
      <dl><dt>携帯電話番号</dt><dd><ul><li><input id="a" name="zqg"></li><li><input id="b" name="zqh"></li><li><input id="c" name="zqj"></li></ul></dd></dl>
      <dl><dt>お電話番号</dt><dd><ul><li><input id="d" name="zqk"></li><li><input id="e" name="zqm"></li><li><input id="g" name="zqn"></li></ul></dd></dl></form>`);
    expect(['#a', '#b', '#c'].map((s) => keyOf(f, s))).toEqual(['phone#1', 'phone#2', 'phone#3']);
    expect(['#d', '#e', '#g'].map((s) => keyOf(f, s))).toEqual(['phoneAlt#1', 'phoneAlt#2', 'phoneAlt#3']);
    // Control: boxes with words of their own under one caption are two numbers.
    const three = classify(`<form><dl><dt>電話番号</dt><dd><ul><li><input id="h" name="zqg" placeholder="自宅"></li><li><input id="m" name="zqh" placeholder="携帯"></li><li><input id="w" name="zqj" placeholder="勤務先"></li></ul></dd></dl></form>`);
    for (const s of ['#h', '#m', '#w']) expect(keyOf(three, s) ?? '').not.toMatch(/#/);
  });

  it('<p>郵便番号</p>[ ]-[ ] under 住所: the box after the hyphen is the postal code’s second part', () => {
    const f = classify(`<form><table><tr><th>住所</th><td>
      <p>郵便番号</p><input id="a" name="zqfh">-<input id="b" name="zqfj"> <button type="button">住所検索</button>
      <p>都道府県</p><input id="p" name="zqfk"><p>市区町村・番地</p><input id="c" name="zqfm"></td></tr></table></form>`);
    expect(keyOf(f, '#a')).toBe('oldAddress.postalCode#1');
    expect(keyOf(f, '#b')).toBe('oldAddress.postalCode#2');
    // Control: without the hyphen, the box after the postal code is left to the address.
    const apart = classify(`<form><table><tr><th>住所</th><td>
      <p>郵便番号</p><input id="a" name="zqfh"> <input id="b" name="zqfj"></td></tr></table></form>`);
    expect(keyOf(apart, '#b')).not.toBe('oldAddress.postalCode#2');
  });

  it('[_ _ _] — [_ _ _ _] under an address caption: one blank mark per digit, the postal code’s parts', () => {
    const f = classify(`<form><div><label>郵送先のご住所</label></div>
      <div><input id="a" name="zqq" type="number" placeholder="_ _ _"><span> — </span><input id="b" name="zqr" type="number" placeholder="_ _ _ _"></div>
      <div><input id="p" name="zqv" placeholder="都道府県"></div></form>`);
    expect(keyOf(f, '#a')).toBe('oldAddress.postalCode#1');
    expect(keyOf(f, '#b')).toBe('oldAddress.postalCode#2');
    expect(keyOf(f, '#p')).toBe('oldAddress.prefecture');
  });

  it('メールアドレス [ ] then a row 確認のためにもう一度 [ ]: the row right after asks the address again', () => {
    const f = classify(`<form><table>
      <tr><th>メールアドレス</th><td><input id="e" name="zqr"></td></tr>
      <tr><th>確認のためにもう一度</th><td><input id="c" name="zqs"></td></tr></table></form>`);
    expect(keyOf(f, '#e')).toBe('email');
    expect(keyOf(f, '#c')).toBe('emailConfirm');
    // Control: the same row after a phone asks nothing the profile holds.
    const phone = classify(`<form><table>
      <tr><th>電話番号</th><td><input id="t" name="zqr"></td></tr>
      <tr><th>確認のためにもう一度</th><td><input id="c" name="zqs"></td></tr></table></form>`);
    expect(keyOf(phone, '#c')).toBeNull();
  });

  it('顧客名 / お客様名 is the customer’s name, and the フリガナ after it its reading', () => {
    const f = classify(`<form><table>
      <tr><th>顧客名 必須</th><td><input id="n" name="zqz"></td></tr>
      <tr><th>フリガナ</th><td><input id="k" name="zqcb"></td></tr></table></form>`);
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#k')).toBe('name.fullKana');
    const guest = classify(`<form><label for="n">お客様名</label><input id="n" name="zqz"></form>`);
    expect(keyOf(guest, '#n')).toBe('name.full');
  });
});
