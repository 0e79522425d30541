// @vitest-environment happy-dom
// Rules found on pages gathered in the sixteenth round, about what each box of a run of rows takes
// when every row has a caption of its own: a date asked part by part (生年月日(年) / (月) / (日)),
// e-mail boxes whose labels and names disagree, 住所,番地 with a sample, and numbered phones.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('a date asked part by part, one row each', () => {
  it('生年月日(年) / 生年月日(月) / 生年月日(日): the bracket names the part each box takes', () => {
    const f = classify(`<form><table>
      <tr><th>項目</th><th>内容</th></tr>
      <tr><td>氏名</td><td><input type="text" name="namae" size="40"></td></tr>
      <tr><td>性別</td><td><input type="radio" name="seibetu" value="0" checked>男性 <input type="radio" name="seibetu" value="1">女性</td></tr>
      <tr><td>生年月日(年)</td><td><input type="text" name="nen" size="40" maxlength="8"></td></tr>
      <tr><td>生年月日(月)</td><td><input type="text" name="tuki" size="40" maxlength="8"></td></tr>
      <tr><td>生年月日(日)</td><td><input type="text" name="hi" size="40" maxlength="8"></td></tr>
      </table></form>`);
    expect(keyOf(f, '[name="nen"]')).toBe('birthDate#year');
    expect(keyOf(f, '[name="tuki"]')).toBe('birthDate#month');
    expect(keyOf(f, '[name="hi"]')).toBe('birthDate#day');
    expect(keyOf(f, '[name="namae"]')).toBe('name.full');
  });

  it('a lone 生年月日 box with no bracket stays the whole date', () => {
    const f = classify(`<form><table><tr><td>生年月日</td><td><input type="text" name="birth" size="40"></td></tr></table></form>`);
    expect(keyOf(f, '[name="birth"]')).toBe('birthDate');
  });
});

describe('two e-mail boxes whose labels and names disagree', () => {
  it('<label>メールアドレス</label> [email_confirm] then <label>メールアドレス(確認)</label> [email]: the labels decide', () => {
    const f = classify(`<form><table>
      <tr><th><label for="name">お名前 <span class="pink">必須</span></label></th><td><input placeholder="例）山田太郎" type="text" id="name" name="name" size="60"></td></tr>
      <tr><th><label for="email_confirm">メールアドレス <span class="pink">必須</span> <span class="green">半角</span></label></th><td><input placeholder="例)taro@youremail.com" type="text" name="email_confirm" id="email_confirm" size="60" maxlength="60"></td></tr>
      <tr><th><label for="email">メールアドレス(確認) <span class="pink">必須</span> <span class="green">半角</span></label></th><td><input placeholder="例)taro@youremail.com" type="text" name="email" id="email" size="60" maxlength="60"></td></tr>
      </table></form>`);
    expect(keyOf(f, '#email_confirm')).toBe('email');
    expect(keyOf(f, '#email')).toBe('emailConfirm');
    expect(keyOf(f, '#name')).toBe('name.full');
  });

  it('names that agree with the labels are left as they are', () => {
    const f = classify(`<form><table>
      <tr><th><label for="a">メールアドレス</label></th><td><input type="text" name="email" id="a"></td></tr>
      <tr><th><label for="b">メールアドレス(確認)</label></th><td><input type="text" name="email_confirm" id="b"></td></tr>
      </table></form>`);
    expect(keyOf(f, '#a')).toBe('email');
    expect(keyOf(f, '#b')).toBe('emailConfirm');
  });
});

describe('住所 set beside a part, with a sample', () => {
  it('県名 [ ] then 住所,番地 [例)千代田区大手町99-99]: the box takes the address from the city to the block', () => {
    const f = classify(`<form><table>
      <tr><th><label for="pref">県名</label></th><td><input type="text" name="prefecture" id="pref" placeholder="例)東京都" size="4"></td></tr>
      <tr><th><label for="a1">住所,番地</label></th><td><input type="text" name="address1" id="a1" placeholder="例)千代田区大手町９９－９９" size="60"></td></tr>
      <tr><th><label for="a2">建物名</label></th><td><input type="text" name="address2" id="a2" size="60"></td></tr>
      </table></form>`);
    expect(keyOf(f, '#a1')).toBe('oldAddress.line1');
    expect(keyOf(f, '#pref')).toBe('oldAddress.prefecture');
    expect(keyOf(f, '#a2')).toBe('oldAddress.building');
  });

  it('a part with no 住所 beside it keeps its own reading: 番地 [例)99-99] is the block', () => {
    const f = classify(`<form><table>
      <tr><th><label for="p">都道府県</label></th><td><input type="text" name="pref" id="p"></td></tr>
      <tr><th><label for="c">市区町村</label></th><td><input type="text" name="city" id="c"></td></tr>
      <tr><th><label for="b">番地</label></th><td><input type="text" name="banchi" id="b" placeholder="例)９９－９９"></td></tr>
      </table></form>`);
    expect(keyOf(f, '#b')).toBe('oldAddress.block');
    expect(keyOf(f, '#c')).toBe('oldAddress.cityTown');
  });
});

describe('numbered phones, each on a line of its own', () => {
  it('電話番号1 / 電話番号2 / 電話番号3: three whole numbers; the profile keeps two', () => {
    const f = classify(`<form>
      <div>会員名 <input type="text" name="customer_name"></div>
      <div>電話番号1 <input type="tel" name="customer_phone_number1"></div>
      <div>電話番号2 <input type="tel" name="customer_phone_number2"></div>
      <div>電話番号3 <input type="tel" name="customer_phone_number3"></div>
      </form>`);
    expect(keyOf(f, '[name="customer_phone_number1"]')).toBe('phone');
    expect(keyOf(f, '[name="customer_phone_number2"]')).toBe('phoneAlt');
    expect(keyOf(f, '[name="customer_phone_number3"]')).toBeNull();
  });

  it('電話1 / 電話2 / 電話3: the short caption counts as 電話番号 does', () => {
    const f = classify(`<form>
      <div>お名前 <input type="text" name="q0"></div>
      <div>電話1 <input type="tel" name="q1"></div>
      <div>電話2 <input type="tel" name="q2"></div>
      <div>電話3 <input type="tel" name="q3"></div>
      </form>`);
    expect(keyOf(f, '[name="q1"]')).toBe('phone');
    expect(keyOf(f, '[name="q2"]')).toBe('phoneAlt');
    expect(keyOf(f, '[name="q3"]')).toBeNull();
  });

  it('ケータイ番号: the everyday spelling of 携帯', () => {
    const g = classify(`<form><table>
      <tr><th>お名前</th><td><input type="text" name="n"></td></tr>
      <tr><th>ケータイ番号</th><td><input type="text" name="k"></td></tr>
      </table></form>`);
    expect(keyOf(g, '[name="k"]')).toBe('phone');
    expect(keyOf(g, '[name="n"]')).toBe('name.full');
  });

  it('the parts of one number under one caption stay parts', () => {
    const f = classify(`<form><div>電話番号 <input name="tel1" maxlength="4">-<input name="tel2" maxlength="4">-<input name="tel3" maxlength="4"></div></form>`);
    expect(keyOf(f, '[name="tel2"]')).toBe('phone#2');
  });
});

describe('boxes whose names say nothing (from the probe that makes names meaningless)', () => {
  it('お名前（本名） then a sentence, then the box: the sentence is a note, the label above is the caption', () => {
    const f = classify(`<form>
      <div class="field"><label class="q">お名前（本名）<span class="req">必須</span></label>
        <div class="hint">当日は本名でのご参加をお願いしています。</div>
        <input type="text" name="n0"></div>
      <div class="field"><label class="q">メールアドレス</label>
        <input type="email" name="n1"></div>
      </form>`);
    expect(keyOf(f, '[name="n0"]')).toBe('name.full');
    expect(keyOf(f, '[name="n1"]')).toBe('email');
  });

  it('[1.男性 2.女性 3.その他]: numbered choices are read without their numbers', () => {
    const f = classify(`<form><table><tr>
      <td><input type="text" name="n4" placeholder="苗字"></td>
      <td><select name="n6"><option value="1">1.男性</option><option value="2">2.女性</option><option value="3">3.その他</option></select></td>
      </tr></table>
      <select name="n7"><option>1.はい</option><option>2.いいえ</option></select></form>`);
    expect(keyOf(f, '[name="n6"]')).toBe('gender');
    expect(keyOf(f, '[name="n7"]')).toBeNull();
  });

  it('[苗字] [名前] [性別▾] in one row: 名前 after the family name is the given name', () => {
    const f = classify(`<form><table><tr>
      <td><input type="text" name="n4" placeholder="苗字"></td>
      <td><input type="text" name="n5" placeholder="名前"></td>
      <td><select name="n6"><option value="1">男性</option><option value="2">女性</option></select></td>
      </tr></table>
      <p><input type="text" name="n9" placeholder="お名前"></p></form>`);
    expect(keyOf(f, '[name="n4"]')).toBe('name.family');
    expect(keyOf(f, '[name="n5"]')).toBe('name.given');
    expect(keyOf(f, '[name="n6"]')).toBe('gender');
  });

  it('〒 [postal] [wide box] under the postal caption: the wide box is the address the code begins', () => {
    const f = classify(`<form>
      <div class="form-group"><label for="">お名前</label><div><input type="text" name="n9" maxlength="40"></div></div>
      <div class="form-group"><label for="">〒</label>
        <div class="col-sm-3"><input type="text" name="n0" maxlength="8"></div>
        <div class="col-sm-7"><input type="text" name="n1" maxlength="128"></div></div>
      <div class="form-group"><label for="">電話番号</label><div><input type="tel" name="n2"></div></div>
      </form>`);
    expect(keyOf(f, '[name="n1"]')).toBe('oldAddress.full');
    expect(keyOf(f, '[name="n0"]')).toBe('oldAddress.postalCode');
    expect(keyOf(f, '[name="n2"]')).toBe('phone');
  });

  it('〒 [123]-[4567] then a box for a few more digits stays unread: only a box shaped for a line is the address', () => {
    const f = classify(`<form><div class="form-group"><label for="">〒</label>
      <input type="text" name="n0" maxlength="3">-<input type="text" name="n1" maxlength="4"> <input type="text" name="n2" maxlength="6"></div></form>`);
    expect(keyOf(f, '[name="n0"]')).toBe('oldAddress.postalCode#1');
    expect(keyOf(f, '[name="n2"]')).toBeNull();
  });
});
