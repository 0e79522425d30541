// @vitest-environment happy-dom
// Samples and hidden blocks: a hidden block whose boxes ask the browser for the person's values,
// a mail's text, one-word name samples against English names, a property on a form offering a sale,
// a blanked prefecture in a sample, a user name asked with its reading, two numbered phones, and
// a time of day named for a start, the names a vehicle is registered to, and a reading with no name.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';
import { readExampleValue } from '../../../lib/recognise/read-example';
import { PREF } from '../../../lib/recognise/reading';

describe('samples and hidden blocks', () => {
  it('<section hidden> with 名字 [autocomplete=family-name]: the block is meant to be shown, its other boxes too', () => {
    const page = (autocomplete: string) =>
      classify(`<form><div><label>メールアドレス<input name="mail" type="email"></label></div><section class="view" hidden>
      <label>名字<input name="sellerLastName" ${autocomplete} placeholder="例：山田"></label>
      <label>フリガナ（名字）<input id="k" name="sellerLastKana" placeholder="例：ヤマダ"></label>
      <label>携帯電話<input id="m" name="sellerMobile"></label></section></form>`);
    const shown = page('autocomplete="family-name"');
    expect(keyOf(shown, 'input[name="sellerLastName"]')).toBe('name.family');
    expect(keyOf(shown, '#k')).toBe('name.familyKana');
    expect(keyOf(shown, '#m')).toBe('phone');
    // Control: without a box asking for a personal value, the hidden block stays unkeyed.
    const plain = page('');
    for (const sel of ['input[name="sellerLastName"]', '#k', '#m']) expect(keyOf(plain, sel)).toBeNull();
  });

  it('メール文面 is the text of a mail, not an address; メールアドレス still is one', () => {
    const f = classify(`<form><div><label for="e">メールアドレス</label><input id="e" name="mail"></div>
      <div><label for="b">メール文面</label><textarea id="b" name="body"></textarea></div></form>`);
    expect(keyOf(f, '#e')).toBe('email');
    expect(keyOf(f, '#b')).toBeNull();
  });

  it('お名前 [例：山田][例：太郎] named name / last_name: the samples show family then given', () => {
    const page = (second: string) =>
      classify(`<form><div class="row"><div class="col"><label>お名前</label></div>
      <div class="col"><input id="a" name="name" placeholder="例：山田"></div>
      <div class="col"><input id="b" name="last_name" placeholder="${second}"></div></div></form>`);
    const f = page('例：太郎');
    expect(keyOf(f, '#a')).toBe('name.family');
    expect(keyOf(f, '#b')).toBe('name.given');
    // Control: without a one-word sample, the second box keeps the part its name says.
    expect(keyOf(page('入力してください'), '#b')).toBe('name.family');
  });

  it('物件所在地 on a form whose choices offer 売却相談: the property’s address, not the user’s', () => {
    const page = (choice: string) =>
      classify(`<form><div><label for="n">お名前</label><input id="n" name="name"></div>
      <div><label for="t">ご相談内容</label><select id="t" name="type"><option>選択してください</option><option>${choice}</option><option>購入相談</option></select></div>
      <div><label for="p">物件所在地（該当する場合）</label><input id="p" name="propertyAddress" placeholder="大分県大分市〇〇町〇〇番地"></div></form>`);
    expect(keyOf(page('売却相談'), '#p')).toBeNull();
    // Control: a tenant's 物件所在地 on a form offering no sale is the home being left.
    expect(keyOf(page('退去のご連絡'), '#p')).toBe('oldAddress.full');
  });

  it('〇〇県〇〇市〇〇111-1: a blanked name before 県 is the prefecture', () => {
    expect((readExampleValue('〇〇県〇〇市〇〇111-1').addressParts ?? 0) & PREF).toBe(PREF);
    expect((readExampleValue('○○県').addressParts ?? 0) & PREF).toBe(PREF);
    // Control: 〇〇市 starts at the city.
    expect((readExampleValue('〇〇市〇〇町1-1').addressParts ?? 0) & PREF).toBe(0);
    const f = classify(`<form><div><label for="a">住所</label><input id="a" name="address" placeholder="〇〇県〇〇市〇〇111-1"></div></form>`);
    expect(keyOf(f, '#a')).toBe('oldAddress.full');
  });

  it('ユーザー名 then フリガナ, or ユーザー名（かな）: the person’s name, which a login name never spells out', () => {
    const withKana = classify(`<form><table>
      <tr><th>ユーザーネーム</th><td><input id="u" name="uname"></td></tr>
      <tr><th>フリガナ</th><td><input id="k" name="ukana"></td></tr></table></form>`);
    expect(keyOf(withKana, '#u')).toBe('name.full');
    expect(keyOf(withKana, '#k')).toBe('name.fullKana');
    const bracketed = classify(`<form><label for="u">ユーザー名</label><input id="u" name="name">
      <label for="k">ユーザー名(かな)</label><input id="k" name="name_kana"></form>`);
    expect(keyOf(bracketed, '#u')).toBe('name.full');
    expect(keyOf(bracketed, '#k')).toBe('name.fullKana');
    // Control: a user name asked with a password is a login.
    const login = classify(`<form><label for="u">ユーザー名</label><input id="u" name="name">
      <label for="p">パスワード</label><input id="p" type="password" name="pw"></form>`);
    expect(keyOf(login, '#u')).toBeNull();
  });

  it('電話番号1 [ ] / 電話番号2 [ ], each on a line of its own: two numbers, not two parts', () => {
    const lines = classify(`<form>
      <div class="line"><div class="cell">電話番号1</div><div class="cell"><input name="tel1" placeholder="電話番号1"></div></div>
      <div class="line"><div class="cell">電話番号2</div><div class="cell"><input name="tel2" placeholder="電話番号2"></div></div></form>`);
    expect(keyOf(lines, 'input[name="tel1"]')).toBe('phone');
    expect(keyOf(lines, 'input[name="tel2"]')).toBe('phoneAlt');
    // Control: boxes shaped for a few digits under one caption are the parts of one number.
    const parts = classify(`<form><div>電話番号 <input name="tel1" maxlength="4">-<input name="tel2" maxlength="4">-<input name="tel3" maxlength="4"></div></form>`);
    expect(['tel1', 'tel2', 'tel3'].map((n) => keyOf(parts, `input[name="${n}"]`))).toEqual(['phone#1', 'phone#2', 'phone#3']);
  });

  it('start_min, end_hour: a time of day is no date, whatever start or stop its name says', () => {
    const f = classify(`<form><div>開始 <input type="date" id="d" name="start_date"> <input id="h" name="start_hour" size="2">時 <input id="m" name="start_min" size="2">分</div></form>`, '電気の使用開始（お引越し）');
    expect(keyOf(f, '#h')).toBeNull();
    expect(keyOf(f, '#m')).toBeNull();
    // Control: the date box beside them, named for the start on a page about a move, is the start date.
    expect(keyOf(f, '#d')).toBe('move.startDate');
  });

  it('自動車の使用者, 所有者名義人: the names a vehicle is registered to, not the user’s; 契約名義人 still is the user', () => {
    const f = classify(`<form>
      <div><label for="n">お名前</label><input id="n" name="name"></div>
      <div><label for="u">自動車の使用者</label><input id="u" name="carUser"></div>
      <div><label for="o">所有者名義人</label><input id="o" name="ownerName"></div></form>`);
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#u')).toBeNull();
    expect(keyOf(f, '#o')).toBeNull();
    const holder = classify(`<form><div><label for="h">契約名義人</label><input id="h" name="holder"></div></form>`);
    expect(keyOf(holder, '#h')).toBe('name.full');
  });

  it('登録番号 [分類番号] かな [例：あ] [番号]: a reading with no name beside it spells something else', () => {
    const plate = classify(`<form>
      <div><label for="n">お名前</label><input id="n" name="name"></div>
      <div><label for="m">メールアドレス</label><input id="m" type="email" name="mail"></div>
      <div><label>分類番号<input id="c" name="plateClass" placeholder="例:500"></label>
      <label>かな<input id="k" name="plateKana" placeholder="例:あ"></label>
      <label>番号<input id="d" name="plateNumber" placeholder="例:12-34"></label></div></form>`);
    expect(keyOf(plate, '#n')).toBe('name.full');
    expect(keyOf(plate, '#k')).toBeNull();
    // Control: カナ right after a name box captioned 漢字 is that name's reading.
    const reading = classify(`<form><div>漢字 <input id="n" name="memname"></div><div>カナ <input id="k" name="memkana"></div></form>`);
    expect(keyOf(reading, '#k')).toBe('name.fullKana');
  });
});
