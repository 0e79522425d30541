// @vitest-environment happy-dom
// Rules from members' profile pages, application steppers and clinic bookings: an お届け先 address
// that is the member's own, steps faded out until reached, display names, pets and patient numbers.
// Each comes with a control on the same page or beside it.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

const prefectures = ['北海道', '東京都', '大阪府', '沖縄県'].map((p) => `<option>${p}</option>`).join('');

describe('an お届け先 address that is the member’s own', () => {
  const profile = (extra = '') => `<form><h1>プロフィール変更</h1>
    <label for="n">お名前</label><input id="n" name="user_name">
    ${extra}
    <h3>お届け先住所</h3>
    <label for="z">郵便番号</label><input id="z" name="user_postal">
    <label for="p">都道府県</label><select id="p" name="user_prefecture">${prefectures}</select>
    <label for="a">住所</label><input id="a" name="user_address">
    <label for="t">電話番号</label><input id="t" name="user_tel" type="tel"></form>`;

  it('a block that asks no recipient’s name, the only address after the user’s name, is the user’s', () => {
    const fields = classify(profile());
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(fieldOf(fields, '#z').rules).toContain('person.own-delivery');
  });

  it('control: with a name of its own (the recipient’s), the block is someone else’s', () => {
    const fields = classify(profile().replace('<label for="z">', '<label for="rn">お届け先氏名</label><input id="rn" name="ship_name"><label for="z">'));
    expect(keyOf(fields, '#z')).toBeNull();
    expect(keyOf(fields, '#rn')).toBeNull();
    expect(keyOf(fields, '#n')).toBe('name.full');
  });

  it('control: where the user’s own address is asked as well, the お届け先 block is someone else’s', () => {
    const fields = classify(profile(`<label for="oa">ご住所</label><input id="oa" name="home_address">`));
    expect(keyOf(fields, '#oa')).toBe('oldAddress.full');
    expect(keyOf(fields, '#z')).toBeNull();
  });
});

describe('steps faded out until they are reached', () => {
  const stepper = (later: string) => `<style>.opacity-0 { opacity: 0; } .pointer-events-none { pointer-events: none; }</style>
    <form><div class="step absolute opacity-100"><h2>STEP1</h2><label for="e">メールアドレス</label><input id="e" name="mail" type="email"></div>
    <div class="step absolute opacity-0 pointer-events-none"><h2>STEP2</h2>${later}</div></form>`;

  it('a faded-out block of three or more boxes is a later step, not a trap', () => {
    const fields = classify(stepper(`<label for="s">姓</label><input id="s" name="lastName">
      <label for="g">名</label><input id="g" name="firstName"><label for="t">携帯番号</label><input id="t" name="phoneNumber" type="tel">`));
    expect(keyOf(fields, '#s')).toBe('name.family');
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(fieldOf(fields, '#t').rules).not.toContain('honeypot');
  });

  it('control: one faded-out box is still a trap', () => {
    const fields = classify(stepper(`<label for="t">電話番号</label><input id="t" name="phone2" type="tel">`));
    expect(keyOf(fields, '#t')).toBeNull();
    expect(fieldOf(fields, '#t').rules).toContain('honeypot');
    expect(keyOf(fields, '#e')).toBe('email');
  });

  it('control: three faded-out boxes named like traps are traps', () => {
    const fields = classify(stepper(`<input id="a" name="hp_name"><input id="b" name="hp_mail"><input id="c" name="hp_tel">`));
    expect(keyOf(fields, '#a')).toBeNull();
    expect(fieldOf(fields, '#c').rules).toContain('honeypot');
  });
});

describe('names that are not the user’s', () => {
  it('表示名 (a display name) is no name of the user’s; 苗字 beside it is', () => {
    const fields = classify(`<form><label for="x">表示名</label><br><input id="d" name="user[pic_name]">
      <label for="user_last_name">苗字</label><input id="user_last_name" name="user[last_name]"></form>`);
    expect(keyOf(fields, '#d')).toBeNull();
    expect(keyOf(fields, '#user_last_name')).toBe('name.family');
  });

  it('ペットのお名前 is the pet’s; 飼い主様のお名前 is the user’s', () => {
    const fields = classify(`<form><table>
      <tr><th>飼い主様のお名前</th><td><input name="owner"></td></tr>
      <tr><th>ペットのお名前</th><td><input name="pet"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="owner"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="pet"]')).toBeNull();
  });
});

describe('numbers a clinic gives', () => {
  it('診察番号 / 診察券番号 / 患者番号 are the number the provider knows the user by', () => {
    const fields = classify(`<form><table>
      <tr><th>診察番号（再診の場合）</th><td><input name="a" type="tel"></td></tr>
      <tr><th>診察券番号</th><td><input name="b"></td></tr>
      <tr><th>患者番号</th><td><input name="c"></td></tr>
      <tr><th>電話番号</th><td><input name="d" type="tel"></td></tr></table></form>`);
    for (const n of ['a', 'b', 'c']) expect(keyOf(fields, `input[name="${n}"]`)).toBe('provider.customerNumber');
    expect(keyOf(fields, 'input[name="d"]')).toBe('phone');
  });
});
