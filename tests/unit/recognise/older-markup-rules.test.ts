// @vitest-environment happy-dom
// Markup of older sites and frameworks: ASP.NET's container prefixes on names and ids, a caption or a
// sample printed as the box's starting value, a caption paragraph above a box's bare wrapper, and a
// phone number typed twice.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';
import { ownIdentifier } from '../../../lib/recognise/read-identifier';

describe('older markup', () => {
  it('ASP.NET container prefixes (ctl00$ContentPlaceHolder1$, ContentPlaceHolder1_) are not words of the field', () => {
    expect(ownIdentifier('ctl00$ContentPlaceHolder1$txtZip')).toBe('txtZip');
    expect(ownIdentifier('ContentPlaceHolder1_DropDownList3')).toBe('DropDownList3');
    expect(ownIdentifier('ctl00_MainContent_txtMail')).toBe('txtMail');
    expect(ownIdentifier('cphone_number')).toBe('cphone_number');
    const date = (prefix: string, sep: string) => classify(`<form><div>
      <span>生年月日</span>
      <select name="${prefix}${sep}DropDownList2" id="y"><option>1980</option><option>1981</option><option>1982</option></select><span>年</span>
      <select name="${prefix}${sep}DropDownList3" id="m">${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select><span>月</span>
      <select name="${prefix}${sep}DropDownList4" id="d">${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select><span>日</span>
    </div></form>`);
    // "Content" in the container's name used to read the month and day as a comment box.
    const aspnet = date('ctl00$ContentPlaceHolder1', '$');
    expect(keyOf(aspnet, '#y')).toBe('birthDate#year');
    expect(keyOf(aspnet, '#m')).toBe('birthDate#month');
    expect(keyOf(aspnet, '#d')).toBe('birthDate#day');
    // Control: a field whose own name says comment stays a comment.
    const comment = classify(`<form><table><tr><th>お問い合わせ内容</th><td><input name="ctl00$ContentPlaceHolder1$txtContent" id="c"></td></tr>
      <tr><th>お名前</th><td><input name="ctl00$ContentPlaceHolder1$txtName" id="n"></td></tr></table></form>`);
    expect(keyOf(comment, '#c')).toBeNull();
    expect(keyOf(comment, '#n')).toBe('name.full');
  });

  it('<input value="姓">, value="セイ": the caption printed as the starting value names the part; a real value does not', () => {
    const f = classify(`<form><div><span>お名前</span></div>
      <div><span>漢字</span><br><input type="text" id="s" value="姓"><br><input type="text" id="m" value="名"></div>
      <div><span>カナ</span><br><input type="text" id="sk" value="セイ"><br><input type="text" id="mk" value="メイ"></div></form>`);
    expect(keyOf(f, '#s')).toBe('name.family');
    expect(keyOf(f, '#m')).toBe('name.given');
    expect(keyOf(f, '#sk')).toBe('name.familyKana');
    expect(keyOf(f, '#mk')).toBe('name.givenKana');
    // Control: a change page showing the member's current name as the value reads nothing from it.
    const current = classify(`<form><div><span>漢字</span><br><input type="text" id="s" value="山田"><br><input type="text" id="m" value="太郎"></div></form>`);
    expect(keyOf(current, '#m')).toBeNull();
  });

  it('<p>都道府県</p><span class="select_wrap"><select>: the caption above the wrapper is the select’s', () => {
    const f = classify(`<form><table><tr><th>住所</th><td>
      <div><p>郵便番号</p><input id="z" name="zip"></div>
      <div><p>都道府県</p><span class="select_wrap"><select id="p" name="math"><option value=""></option></select></span></div>
      <div><p>市区町村／番地</p><input id="c" name="addr_a"></div>
      <div><p>建物／部屋番号</p><input id="b" name="addr_b"></div></td></tr></table></form>`);
    expect(keyOf(f, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(f, '#c')).toBe('oldAddress.line1');
    // Control: a wrapper holding two boxes stands for neither; the paragraph above is not the select's alone.
    const shared = classify(`<form><table><tr><th>住所</th><td>
      <div><p>郵便番号</p><input id="z" name="zip"></div>
      <div><p>都道府県</p><span><select id="p" name="math"><option value=""></option></select><select id="q" name="math2"><option value=""></option></select></span></div>
      <div><p>市区町村／番地</p><input id="c" name="addr_a"></div></td></tr></table></form>`);
    expect(keyOf(shared, '#p')).toBeNull();
  });

  it('電話番号（再入力用） is the same number typed again, not a second phone; 携帯電話 beside it is still the second', () => {
    const f = classify(`<form>
      <div><label for="t">電話番号</label><input type="tel" id="t" name="phone"></div>
      <div><label for="tc">電話番号（再入力用）</label><input type="tel" id="tc" name="phone_confirm"></div>
      <div><label for="m">携帯電話（予備）</label><input type="tel" id="m" name="mobile"></div></form>`);
    expect(keyOf(f, '#t')).toBe('phone');
    expect(keyOf(f, '#tc')).toBe('phone');
    expect(keyOf(f, '#m')).toBe('phoneAlt');
    expect(f.find((x) => x.selector === '#tc')?.review).not.toBe('asked-twice');
    // Control: without the re-entry words the second box is a second phone.
    const second = classify(`<form>
      <div><label for="t">電話番号</label><input type="tel" id="t" name="phone"></div>
      <div><label for="tc">電話番号（その他）</label><input type="tel" id="tc" name="phone_other"></div></form>`);
    expect(keyOf(second, '#tc')).toBe('phoneAlt');
  });
});
