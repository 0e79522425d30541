// @vitest-environment happy-dom
// Words on a page that are not about the fields beside them: links to other pages, messages a
// script shows when a value is wrong, remarks under a box. And an example that sits outside the
// box's own wrapper. Each rule comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, keyOf } from './classify-markup';

const prefectures = ['北海道', '東京都', '大阪府'].map((p) => `<option>${p}</option>`).join('');
const months = Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('');
const days = Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('');
const years = ['1980', '1990', '2000'].map((y) => `<option>${y}</option>`).join('');

const memberForm = `<form><table>
  <tr><th>お名前</th><td><input name="name"></td></tr>
  <tr><th>電話番号</th><td><input name="tel"></td></tr>
  <tr><th>住所</th><td><select name="pref">${prefectures}</select><input name="addr"></td></tr></table></form>`;

describe('a menu of links is no heading', () => {
  it('[購入履歴][お届け先追加・変更] above a member’s form do not make its fields a recipient’s', () => {
    const fields = classify(`<h2>MYページ</h2><ul class="menu">
      <li><a href="history.php">購入履歴</a></li><li><a href="change.php">会員登録内容変更</a></li>
      <li><a href="delivery.php">お届け先追加・変更</a></li></ul>${memberForm}`);
    expect(keyOf(fields, '[name="name"]')).toBe('name.full');
    expect(keyOf(fields, '[name="tel"]')).toBe('phone');
    expect(keyOf(fields, '[name="pref"]')).toBe('oldAddress.prefecture');
  });

  it('control: the same words as a line of their own head the fields below as a recipient’s', () => {
    const fields = classify(`<h2>MYページ</h2><div>お届け先追加・変更</div>${memberForm}`);
    expect(keyOf(fields, '[name="name"]')).toBeNull();
    expect(keyOf(fields, '[name="pref"]')).toBeNull();
  });

  it('control: a link that opens a block on the page (#fragment) still heads it', () => {
    const fields = classify(`<div><a href="#other">お届け先追加・変更</a></div>${memberForm}`);
    expect(keyOf(fields, '[name="name"]')).toBeNull();
  });
});

describe('validation messages kept in the markup', () => {
  const address = (message: string) => `<form><table><tr><th>住所</th><td>
    <select name="pref">${prefectures}</select>
    <div class="wrap"><input name="addr01"></div><span class="navi">${message}</span>
    <p><span class="example">例：大阪市中央区西心斎橋</span></p>
    <p><input name="addr02"></p><span class="navi">${message}</span>
    <p><span class="example">例：2-1-5 日本生命御堂筋八幡町ビル</span></p></td></tr></table></form>`;

  it('制限文字数を超えています between a box and its example is skipped: the example decides the parts', () => {
    const fields = classify(address('制限文字数を超えています'));
    expect(keyOf(fields, '[name="addr01"]')).toBe('oldAddress.cityTown');
    expect(keyOf(fields, '[name="addr02"]')).toBe('oldAddress.blockBuilding');
  });

  it('control: a note that is no message (※番地まで) stays between box and example and the parts are not read from it', () => {
    const fields = classify(address('※番地まで'));
    expect(keyOf(fields, '[name="addr01"]')).not.toBe('oldAddress.cityTown');
  });
});

describe('an example outside the box’s wrapper', () => {
  it('<div>[ ]</div><span>例：…</span> in one cell: the example is the box’s', () => {
    const fields = classify(`<form><table><tr><th>住所</th><td><select name="pref">${prefectures}</select>
      <div><input name="a1"></div><span>例：新宿区西新宿</span>
      <div><input name="a2"></div><span>例：2-8-1 都庁ビル</span></td></tr></table></form>`);
    expect(keyOf(fields, '[name="a1"]')).toBe('oldAddress.cityTown');
    expect(keyOf(fields, '[name="a2"]')).toBe('oldAddress.blockBuilding');
  });

  it('control: an example in the next row’s cell is not the box’s', () => {
    const fields = classify(`<form><table><tr><th>郵便番号</th><td><div><input name="zip"></div></td></tr>
      <tr><th>住所</th><td><span>例：新宿区西新宿</span><div><input name="a1"></div></td></tr></table></form>`);
    expect(keyOf(fields, '[name="zip"]')).toBe('oldAddress.postalCode');
  });
});

describe('a remark under a date', () => {
  it('[月▾][日▾] above ※16歳未満の方は保護者の同意…: the selects are still the birth date’s parts', () => {
    const fields = classify(`<form><table><tr><th>生年月日</th></tr><tr><td>
      <select name="year"><option>----</option>${years}</select>年
      <select name="month"><option>--</option>${months}</select>月
      <select name="day"><option>--</option>${days}</select>日<br>
      <span>16歳未満のお客様は、必ず保護者様の同意の下にご注文ください</span></td></tr></table></form>`);
    expect(keyOf(fields, '[name="year"]')).toBe('birthDate#year');
    expect(keyOf(fields, '[name="month"]')).toBe('birthDate#month');
    expect(keyOf(fields, '[name="day"]')).toBe('birthDate#day');
  });

  it('control: under choices that are no date’s parts, the remark still says the select takes nothing', () => {
    const fields = classify(`<form><label>お名前<input name="n"></label>
      <select name="consent"><option>はい</option><option>いいえ</option></select>
      <p>16歳未満のお客様は、必ず保護者様の同意の下にご注文ください</p></form>`);
    expect(keyOf(fields, '[name="n"]')).toBe('name.full');
    expect(keyOf(fields, '[name="consent"]')).toBeNull();
  });
});
