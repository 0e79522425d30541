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
    expect(keyOf(fields, '#e')).toBe('email');
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

describe('dates', () => {
  it('希望就職時期 [ ]年 [ ]月 is a date of something else, whatever its name says (r-start-y)', () => {
    const fields = classify(`<form><p><b>希望就職時期</b><br><span><input name="r-start-y" size="5">年 <input name="r-start-m" size="5">月</span></p>
      <p><label for="s">使用開始日</label><input id="s" name="start_date" type="date"></p></form>`);
    expect(keyOf(fields, 'input[name="r-start-y"]')).toBeNull();
    expect(keyOf(fields, 'input[name="r-start-m"]')).toBeNull();
    expect(keyOf(fields, '#s')).toBe('move.startDate');
  });

  it('西暦 [ ]年 [ ]月 [ ]日 under 生年月日: the unit after each box is its own, not the next box’s caption', () => {
    const box = (name: string) => `<span class="wpcf7-form-control-wrap" data-name="${name}"><input name="${name}" size="5"></span>`;
    const fields = classify(`<form><p><b>生年月日</b><br><span>西暦 ${box('r-birth-y')}年　${box('r-birth-m')}月　${box('r-birth-d')}日</span></p></form>`);
    expect(fieldOf(fields, 'input[name="r-birth-y"]')).toMatchObject({ key: 'birthDate', part: 'year' });
    expect(fieldOf(fields, 'input[name="r-birth-m"]')).toMatchObject({ key: 'birthDate', part: 'month' });
    expect(fieldOf(fields, 'input[name="r-birth-d"]')).toMatchObject({ key: 'birthDate', part: 'day' });
  });

  it('[生年▾] [月▾] [日▾], each select inside its own stack of wrappers, are one birth date', () => {
    const box = (id: string, caption: string) => `<div class="col"><div class="v-input"><div class="v-input__control"><div class="v-input__slot"><div class="v-select__slot"><label for="${id}">${caption}</label><div class="v-select__selections"><input id="${id}" readonly type="text"></div><input type="hidden"></div></div></div></div></div>`;
    const fields = classify(`<form><div class="row">${box('y', '生年')}${box('m', '月')}${box('d', '日')}</div>
      <div class="row"><label for="e">メールアドレス</label><input id="e" type="email"></div></form>`);
    expect(fieldOf(fields, '#y')).toMatchObject({ key: 'birthDate', part: 'year' });
    expect(fieldOf(fields, '#m')).toMatchObject({ key: 'birthDate', part: 'month' });
    expect(fieldOf(fields, '#d')).toMatchObject({ key: 'birthDate', part: 'day' });
  });

  it('control: 月 and 日 boxes far apart in a larger block are not parts of the date before them', () => {
    const fields = classify(`<form><div><label for="y">生年</label><input id="y" name="y">
      <label for="n">お名前</label><input id="n" name="n"><label for="t">電話番号</label><input id="t" name="t" type="tel">
      <label for="e">メールアドレス</label><input id="e" type="email"><label for="m">月</label><input id="m" name="m"></div></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#m')).toBeNull();
  });
});

describe('whose name and which part', () => {
  it('お名前 [姓][名] then フリガナ [sei_furigana]: the single kana box is the whole reading', () => {
    const fields = classify(`<form><dl><dt>お名前</dt><dd><input name="lastname" placeholder="姓"><input name="firstname" placeholder="名"></dd></dl>
      <dl><dt>フリガナ</dt><dd><input name="sei_furigana" placeholder="フリガナ"></dd></dl></form>`);
    expect(keyOf(fields, 'input[name="lastname"]')).toBe('name.family');
    expect(keyOf(fields, 'input[name="sei_furigana"]')).toBe('name.fullKana');
    expect(fieldOf(fields, 'input[name="sei_furigana"]').rules).toContain('name.lone-box');
  });

  it('control: where neither script is split, a single box named lastName keeps its part', () => {
    const fields = classify(`<form><label for="a">氏名</label><input id="a" name="lastName">
      <label for="b">氏名（カナ）</label><input id="b" name="lastNameKana"></form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.familyKana');
  });

  it('担当者名 in a row 弊社担当者がいる場合 is the company’s staff; ご担当者名 of an enquiry is the user', () => {
    const fields = classify(`<form><table>
      <tr><th>ご担当者名</th><td><input name="name"></td></tr>
      <tr><th>弊社担当者がいる場合入力ください</th><td>担当者名：<input name="Tanto" placeholder="担当者名"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="Tanto"]')).toBeNull();
    expect(keyOf(fields, 'input[name="name"]')).toBe('name.full');
  });

  it('姓 [ ] 名 [ ] セイ [ ] メイ [ ] on one line: セイ after the given name is the next box’s caption', () => {
    const fields = classify(`<form><div><p>姓</p><input id="a" autocomplete="family-name"><p>名</p><input id="b" autocomplete="given-name" name="last-name">
      <p>セイ</p><input id="c" autocomplete="phonetic-family-name"><p>メイ</p><input id="d" autocomplete="phonetic-given-name"></div></form>`);
    expect(keyOf(fields, '#b')).toBe('name.given');
    expect(keyOf(fields, '#c')).toBe('name.familyKana');
  });

  it('control: a hint after a name box that asks for katakana still makes it the reading', () => {
    const fields = classify(`<form><div><p>お名前</p><input id="a" name="n"></div><div><p>お名前</p><input id="b" name="k"><p>全角カタカナで入力</p></div></form>`);
    expect(keyOf(fields, '#b')).toBe('name.fullKana');
  });
});

describe('choices drawn by a component library', () => {
  it('<label role="radio" tabindex="0"> around a radio kept out of tab order is a real choice', () => {
    const fields = classify(`<style>.el-radio__original { opacity: 0; position: absolute; z-index: -1; }</style><form><div><label>性別</label><div role="radiogroup">
      <label role="radio" tabindex="0" class="el-radio"><span><input type="radio" aria-hidden="true" tabindex="-1" class="el-radio__original" value="male" id="r1"></span><span>男性</span></label>
      <label role="radio" tabindex="0" class="el-radio"><span><input type="radio" aria-hidden="true" tabindex="-1" class="el-radio__original" value="female" id="r2"></span><span>女性</span></label></div></div></form>`);
    expect(keyOf(fields, '#r1')).toBe('gender');
  });

  it('control: a radio kept out of tab order inside a plain label, with nothing drawn to take focus, stays a trap', () => {
    const fields = classify(`<style>.off { position: absolute; left: -9999px; }</style><form><div><label>性別</label>
      <label class="off"><input type="radio" tabindex="-1" name="g" value="male" id="r1">男性</label></div>
      <div><label>性別</label><label><input type="radio" name="s" value="male" id="r2">男性</label><label><input type="radio" name="s" value="female">女性</label></div></form>`);
    expect(keyOf(fields, '#r1')).toBeNull();
    expect(keyOf(fields, '#r2')).toBe('gender');
  });
});

describe('words around an address', () => {
  it('郵便番号 (7桁で自動検索): the code looks the address up, the box is no search box', () => {
    const fields = classify(`<form><table>
      <tr><th>郵便番号 必須 ハイフンなしでOK・7桁で自動検索 例:4870024</th><td><input id="zip"></td></tr>
      <tr><th>サイト内検索</th><td><input id="q" name="q2"></td></tr></table></form>`);
    expect(keyOf(fields, '#zip')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#q')).toBeNull();
  });

  it('計画地域 / 建築予定地 on a model-house booking is where a house may be built, not the user’s address', () => {
    const fields = classify(`<form><table>
      <tr><th>ご住所</th><td><input name="addr"></td></tr>
      <tr><th>計画地域（市町村など）</th><td><input name="area"></td></tr>
      <tr><th>建築予定地</th><td><input name="site"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="addr"]')).toBe('oldAddress.full');
    expect(keyOf(fields, 'input[name="area"]')).toBeNull();
    expect(keyOf(fields, 'input[name="site"]')).toBeNull();
  });
});
