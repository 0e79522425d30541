// @vitest-environment happy-dom
// A company's rows with its phone between its name and its address; an address box whose range starts
// at the part the box before asks for. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

const prefectures = ['北海道', '青森県', '東京都', '大阪府', '沖縄県'].map((p) => `<option>${p}</option>`).join('');
const tr = (caption: string, cell: string) => `<tr><th>${caption}</th><td>${cell}</td></tr>`;

describe('a company’s phone between its name and its address', () => {
  it('会社名, 電話番号, FAX, 住所, then 担当者名: the address is the company’s, the phone and the writer stay the user’s', () => {
    const fields = classify(`<form><table>
      ${tr('会社名 必須', '<input name="company">')}
      ${tr('電話番号', '<input name="tel" type="tel">')}
      ${tr('FAX', '<input name="fax">')}
      ${tr('郵便番号', '<input name="zip">')}
      ${tr('住所', '<input name="addr">')}
      ${tr('ご担当者名', '<input name="name">')}
      ${tr('メールアドレス', '<input name="mail" type="email">')}</table></form>`);
    expect(keyOf(fields, 'input[name="zip"]')).toBeNull();
    expect(keyOf(fields, 'input[name="addr"]')).toBeNull();
    expect(keyOf(fields, 'input[name="tel"]')).toBe('phone');
    expect(keyOf(fields, 'input[name="name"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="mail"]')).toBe('email');
  });

  it('control: 会社名, then the person’s name, then the address: the address is the user’s', () => {
    const fields = classify(`<form><table>
      ${tr('会社名', '<input name="company">')}
      ${tr('お名前', '<input name="name">')}
      ${tr('電話番号', '<input name="tel" type="tel">')}
      ${tr('住所', '<input name="addr">')}</table></form>`);
    expect(keyOf(fields, 'input[name="addr"]')).toBe('oldAddress.full');
  });
});

describe('an address range that starts at the part the box before asks for', () => {
  it('都道府県 [▾] then ご住所（都道府県以下）: one address, the second box after the prefecture', () => {
    const fields = classify(`<form><table>
      ${tr('ご住所(都道府県)', `<select name="pref"><option>都道府県をクリックしてください</option>${prefectures}</select>`)}
      ${tr('<label for="address">ご住所(都道府県以下)</label>', '<input id="address" name="address">')}</table></form>`);
    expect(keyOf(fields, 'select[name="pref"]')).toBe('oldAddress.prefecture');
    expect(keyOf(fields, '#address')).toBe('oldAddress.afterPrefecture');
    expect(fieldOf(fields, '#address').rules).toContain('address.after-asked-part');
  });

  it('control: 都道府県 [▾] then a box whose note says 都道府県から建物名まで: that box takes the whole address again', () => {
    const fields = classify(`<form><dl>
      <dt><label for="p">都道府県</label></dt><dd><select id="p"><option value="">選択してください</option>${prefectures}</select></dd>
      <dt><label for="a">新住所</label></dt><dd><input id="a" size="48"><span class="note">都道府県から建物名・部屋番号までを1行でご記入ください。</span></dd></dl></form>`);
    expect(keyOf(fields, '#a')).toBe('newAddress.full');
    expect(fieldOf(fields, '#a').rules).not.toContain('address.after-asked-part');
  });

  it('control: 旧住所 with its prefecture, then 新住所 asked whole: two homes', () => {
    const fields = classify(`<form><table>
      ${tr('旧住所(都道府県)', `<select name="pref"><option>選択</option>${prefectures}</select>`)}
      ${tr('旧住所(市区町村以下)', '<input name="old">')}
      ${tr('新住所(都道府県から)', '<input name="new">')}</table></form>`);
    expect(keyOf(fields, 'input[name="old"]')).toBe('oldAddress.afterPrefecture');
    expect(keyOf(fields, 'input[name="new"]')).toBe('newAddress.full');
  });
});
