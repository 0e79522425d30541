// @vitest-environment happy-dom
// Rules for change-of-address and lease-termination forms: a changed delivery address that is the
// user's own, numbers and dates the page writes or the user gives up, blocks under different
// headings, tabs a style sheet opens, and a few caption words. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

const prefectures = ['北海道', '青森県', '東京都', '大阪府', '沖縄県'].map((p) => `<option>${p}</option>`).join('');

describe('a delivery address that is the user’s own after a move', () => {
  it('新しいご連絡先（変更後のお届け先）: the block under it is the user’s new address, not a recipient', () => {
    const fields = classify(`<form><section><h3>新しいご連絡先（変更後のお届け先）</h3>
      <label for="z">郵便番号</label><input id="z">
      <label for="p">都道府県</label><select id="p"><option value="">選択</option>${prefectures}</select>
      <label for="a">市区町村・番地</label><input id="a">
      <label for="t">ご連絡先電話番号</label><input id="t" type="tel"></section>
      <section><h3>以前のご連絡先</h3><label for="o">旧住所</label><input id="o"></section></form>`);
    expect(keyOf(fields, '#z')).toBe('newAddress.postalCode');
    expect(keyOf(fields, '#p')).toBe('newAddress.prefecture');
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(keyOf(fields, '#o')).toBe('oldAddress.full');
  });

  it('control: お届け先 on a shop’s page is a recipient and gets no key', () => {
    const fields = classify(`<form><h3>お届け先</h3>
      <label for="z">郵便番号</label><input id="z">
      <label for="a">住所</label><input id="a"></form>`);
    expect(keyOf(fields, '#z')).toBeNull();
    expect(keyOf(fields, '#a')).toBeNull();
    expect(fieldOf(fields, '#a').rules).toContain('person.other-party');
  });
});

describe('values the user is not asked for', () => {
  it('旧電話番号: the number given up gets no key; the phone asked beside it is the phone', () => {
    const fields = classify(`<form><label for="t">電話番号</label><input id="t" type="tel">
      <label for="o">旧電話番号</label><input id="o" type="tel"></form>`);
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(keyOf(fields, '#o')).toBeNull();
  });

  it('a read-only box the page has filled (通知日 = today) gets no key; an empty read-only box still does', () => {
    const fields = classify(`<form><label>通知日</label><input id="n" readonly value="2026-12-05">
      <label>退去日</label><input id="s">
      <label>お名前</label><input id="m" readonly></form>`);
    expect(keyOf(fields, '#n')).toBeNull();
    expect(fieldOf(fields, '#n').rules).toContain('prefilled-readonly');
    expect(keyOf(fields, '#s')).toBe('move.stopDate');
    expect(keyOf(fields, '#m')).toBe('name.full');
  });

  it('※確認メールをお送りします under the e-mail box does not make it the confirmation box', () => {
    const fields = classify(`<form><label for="e">メールアドレス</label><input id="e" type="email"><span>※確認メールをお送りいたします。</span>
      <label for="c">メールアドレス（確認）</label><input id="c" type="email"></form>`);
    expect(keyOf(fields, '#e')).toBe('email');
    expect(keyOf(fields, '#c')).toBe('emailConfirm');
  });
});

describe('caption words', () => {
  it('明渡日 is the day the home is handed back: the stop date; 市群区 names the city; 番地その他 takes the building too', () => {
    const fields = classify(`<form><label>明渡日</label><input id="d">
      <label>郵便番号</label><input id="z"><label>都道府県</label><input id="p">
      <label>市群区</label><input id="c"><label>町村</label><input id="t"><label>番地その他</label><input id="b"></form>`);
    expect(keyOf(fields, '#d')).toBe('move.stopDate');
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
    expect(keyOf(fields, '#b')).toBe('oldAddress.blockBuilding');
  });

  it('control: 番地 followed by its own 建物名 box keeps the number alone', () => {
    const fields = classify(`<form><label>住所</label><input id="a"><label>番地その他</label><input id="b"><label>建物名</label><input id="g"></form>`);
    expect(keyOf(fields, '#b')).toBe('oldAddress.block');
    expect(keyOf(fields, '#g')).toBe('oldAddress.building');
  });
});

describe('blocks under different headings', () => {
  it('物件名 / 号室 under 物件情報, then 転居先住所: the flat left is the old home, the block under 転居先 the new', () => {
    const fields = classify(`<form><h2>物件情報</h2><label>物件名</label><input name="property"><label>号室・部屋番号</label><input name="room">
      <h2>連絡先</h2><label>電話番号</label><input name="tel" type="tel">
      <h2>転居先住所</h2><label>郵便番号</label><input name="zip"><label>都道府県</label><select name="pref"><option value="">選択</option>${prefectures}</select>
      <label>市区町村</label><input name="city"><label>番地</label><input name="block"><label>建物名・部屋番号</label><input name="bld"></form>`);
    expect(keyOf(fields, '[name="property"]')).toBe('oldAddress.buildingName');
    expect(keyOf(fields, '[name="room"]')).toBe('oldAddress.room');
    expect(keyOf(fields, '[name="zip"]')).toBe('newAddress.postalCode');
    expect(keyOf(fields, '[name="bld"]')).toBe('newAddress.building');
  });

  it('control: 物件名 / 号室 with the rest of the address under one 転居先 heading are one new address', () => {
    const fields = classify(`<form><h2>転居先住所</h2><label>郵便番号</label><input name="zip"><label>住所</label><input name="addr">
      <label>物件名</label><input name="property"><label>号室・部屋番号</label><input name="room"></form>`);
    expect(keyOf(fields, '[name="addr"]')).toMatch(/^newAddress\./);
    expect(keyOf(fields, '[name="property"]')).toBe('newAddress.buildingName');
    expect(keyOf(fields, '[name="room"]')).toBe('newAddress.room');
  });
});

describe('tabs a style sheet opens', () => {
  const page = (extra: string) => `<style>.form-section { display: none; } ${extra}</style><form>
    <div class="form-section active" id="a"><h3>現在の住所</h3><label for="oz">郵便番号</label><input id="oz"><label for="oa">住所</label><textarea id="oa"></textarea>
      <h3>新しい住所</h3><label for="nz">郵便番号</label><input id="nz"><label for="na">住所</label><textarea id="na"></textarea></div>
    <div class="form-section" id="c"><h3>現在の連絡先</h3><label for="t">電話番号</label><input id="t" type="tel"></div></form>`;

  it('.form-section hidden, .form-section.active shown: the active panel is visible and the others open on demand', () => {
    const fields = classify(page('.form-section.active { display: block; }'));
    expect(keyOf(fields, '#oz')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#na')).toBe('newAddress.full');
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(fieldOf(fields, '#t').rules).toContain('shown-on-demand');
  });

  it('control: with no rule that shows a state of it, a class that hides keeps every box out', () => {
    const fields = classify(page(''));
    expect(keyOf(fields, '#oz')).toBeNull();
    expect(keyOf(fields, '#t')).toBeNull();
  });
});

describe('a heading right after a box', () => {
  it('郵便番号 [ ] then <h3>新しい住所</h3>: the heading opens the next block and says nothing of the box before it', () => {
    const fields = classify(`<form><label>郵便番号</label><input id="oz"><h3>新しい住所</h3><label>郵便番号</label><input id="nz"></form>`);
    expect(keyOf(fields, '#oz')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#nz')).toBe('newAddress.postalCode');
  });

  it('control: a line of text (not a heading) right after the box is its note', () => {
    const fields = classify(`<form><label>郵便番号</label><input id="oz"><p>新しい住所の郵便番号</p></form>`);
    expect(keyOf(fields, '#oz')).toBe('newAddress.postalCode');
  });
});

describe('sign-up pages built on frameworks', () => {
  it('user[last_name] / user[first_name]: the model before the brackets is a namespace, the attribute names the part', () => {
    const fields = classify(`<form><div><label>お名前(全角)</label></div>
      <div><textarea id="l" name="user[last_name]" placeholder="例) 山田"></textarea><textarea id="f" name="user[first_name]" placeholder="例) 陸太郎"></textarea></div></form>`);
    expect(keyOf(fields, '#l')).toBe('name.family');
    expect(keyOf(fields, '#f')).toBe('name.given');
  });

  it('control: user_name and user[id] still name an account', () => {
    const fields = classify(`<form><input id="u" name="user_name"><input id="i" name="user[id]"></form>`);
    expect(keyOf(fields, '#u')).toBeNull();
    expect(keyOf(fields, '#i')).toBeNull();
  });

  const options = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `<option>${from + i}</option>`).join('');
  it('生年月日 [year▾]年 [1–12▾]月 [1–31▾]日, each select in a box of its own: one birth date in three parts', () => {
    const fields = classify(`<form><div><label>生年月日</label><div class="row">
      <div><select id="y">${options(1930, 2026)}</select>年</div><div><select id="m">${options(1, 12)}</select>月</div><div><select id="d">${options(1, 31)}</select>日</div></div></div></form>`);
    expect(keyOf(fields, '#y')).toBe('birthDate#year');
    expect(keyOf(fields, '#m')).toBe('birthDate#month');
    expect(keyOf(fields, '#d')).toBe('birthDate#day');
  });

  it('control: a month select far from the date, in another part of the form, is not its part', () => {
    const fields = classify(`<form><div><label>生年月日</label><div><select id="y">${options(1930, 2026)}</select>年</div></div>
      <section><h3>ご希望</h3><div><div><select id="m">${options(1, 12)}</select>月</div></div></section></form>`);
    expect(keyOf(fields, '#y')).toBe('birthDate#year');
    expect(keyOf(fields, '#m')).not.toBe('birthDate#month');
  });
});

describe('layouts and runs without a key of their own', () => {
  it('captions in one column, rows of boxes in the next: paired by their place in the list', () => {
    const fields = classify(`<form><div class="left"><div>メールアドレス</div><div>名前</div><div>電話番号</div><div>生年月日</div></div>
      <div class="right"><div><input name="a"></div><div><input name="b"></div><div><input name="c"></div>
      <div>西暦<input name="x" size="4">年<input name="y" size="2">月<input name="z" size="2">日</div></div></form>`);
    expect(keyOf(fields, '[name="a"]')).toBe('email');
    expect(keyOf(fields, '[name="b"]')).toBe('name.full');
    expect(keyOf(fields, '[name="c"]')).toBe('phone');
    expect(keyOf(fields, '[name="x"]')).toBe('birthDate#year');
    expect(keyOf(fields, '[name="z"]')).toBe('birthDate#day');
  });

  it('control: a column of texts whose count differs from the rows is not paired with them', () => {
    const fields = classify(`<form><div class="left"><div>メールアドレス</div><div>名前</div><div>電話番号</div></div>
      <div class="right"><div><input name="a"></div><div><input name="b"></div><div><input name="c"></div><div><input name="d"></div></div></form>`);
    expect(keyOf(fields, '[name="b"]')).not.toBe('name.full');
    expect(keyOf(fields, '[name="c"]')).not.toBe('phone');
  });

  it('携帯メールアドレス as the only e-mail box is the e-mail; beside a PC address it is the second one', () => {
    const only = classify(`<form><label for="m">携帯メールアドレス</label><input id="m" type="email"></form>`);
    expect(keyOf(only, '#m')).toBe('email');
    const both = classify(`<form><label for="p">メールアドレス</label><input id="p" type="email"><label for="m">携帯メールアドレス</label><input id="m" type="email"></form>`);
    expect(keyOf(both, '#p')).toBe('email');
    expect(keyOf(both, '#m')).toBeNull();
  });
});

describe('the town between 市区町村 and 番地', () => {
  const block = (number: string) => `<form><label for="z">郵便番号</label><input id="z">
    <label for="p">都道府県</label><select id="p"><option value="">選択</option>${prefectures}</select>
    <label for="c">市区町村</label><input id="c" placeholder="千代田区神田多町">
    <label for="b">番地</label><input id="b" ${number}>
    <label for="g">建物名</label><input id="g"></form>`;

  it('番地 whose sample is a bare number (2-14-17) takes the number alone: the town goes with the city', () => {
    const fields = classify(block('placeholder="2-14-17"'));
    expect(keyOf(fields, '#c')).toBe('oldAddress.cityTown');
    expect(keyOf(fields, '#b')).toBe('oldAddress.block');
  });

  it('control: a number box named for the town (name="town") takes the town', () => {
    const fields = classify(block('name="town"'));
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
    expect(keyOf(fields, '#b')).toBe('oldAddress.townBlock');
  });
});

describe('a block split off by two captions for one part', () => {
  it('住所 [渋谷区] then 市区町村 [道玄坂1-1-1] under one postal code: one address, not an old and a new one', () => {
    const fields = classify(`<form><dl><dt>郵便番号</dt><dd><input id="z"></dd><dt>都道府県</dt><dd><input id="p" placeholder="例)東京都"></dd>
      <dt>住所</dt><dd><input id="c" placeholder="例)渋谷区"></dd><dt>市区町村</dt><dd><input id="b" placeholder="例)道玄坂1-1-1"></dd>
      <dt>建物名</dt><dd><input id="g"></dd></dl></form>`);
    for (const id of ['#z', '#p', '#c', '#b', '#g']) expect(keyOf(fields, id)).toMatch(/^oldAddress\./);
    expect(fieldOf(fields, '#b').rules).not.toContain('side.block-order');
  });

  it('control: two whole blocks, each with its postal code, read as old then new', () => {
    const fields = classify(`<form><dl><dt>郵便番号</dt><dd><input id="z1"></dd><dt>住所</dt><dd><input id="a1"></dd>
      <dt>郵便番号</dt><dd><input id="z2"></dd><dt>住所</dt><dd><input id="a2"></dd></dl></form>`);
    expect(keyOf(fields, '#z1')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#z2')).toBe('newAddress.postalCode');
    expect(fieldOf(fields, '#z2').rules).toContain('side.block-order');
  });
});

describe('an address named only as the thing compared with', () => {
  it('帰省先住所 with the note 現住所と異なる場合は入力して下さい: the block is the holiday home, someone else’s, not the current one', () => {
    const fields = classify(`<form><h3>現住所</h3><table><tr><th>郵便番号</th><td><input name="a[zip]"></td></tr><tr><th>住所</th><td><input name="a[addr]"></td></tr></table>
      <h3>帰省先住所</h3><table><tr><td colspan="2"><div>現住所と異なる場合は入力して下さい。</div></td></tr>
      <tr><th>郵便番号</th><td><input name="h[zip]"></td></tr><tr><th>住所</th><td><input name="h[addr]"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="a[zip]"]')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '[name="h[zip]"]')).toBeNull();
    expect(keyOf(fields, '[name="h[addr]"]')).toBeNull();
  });

  it('control: 現住所 on its own still names the current home', () => {
    const fields = classify(`<form><h3>新住所</h3><label>郵便番号</label><input id="n"><h3>現住所</h3><label>郵便番号</label><input id="o"></form>`);
    expect(keyOf(fields, '#n')).toBe('newAddress.postalCode');
    expect(keyOf(fields, '#o')).toBe('oldAddress.postalCode');
  });
});

describe('before and after a change', () => {
  it('変更後住所 and 変更前住所, with or without の, name the new and the old home', () => {
    const fields = classify(`<form>
      <label for="a">変更後住所</label><input id="a" name="address_a">
      <label for="b">変更前住所</label><input id="b" name="address_b"></form>`);
    expect(keyOf(fields, '#a')).toBe('newAddress.full');
    expect(keyOf(fields, '#b')).toBe('oldAddress.full');
  });

  it('blocks headed only 変更後 / 変更前 are the new and the old home, in whichever order', () => {
    const fields = classify(`<form>
      <fieldset><legend>変更後</legend><label for="z2">郵便番号</label><input id="z2" name="z2"><label for="a2">住所</label><input id="a2" name="a2"></fieldset>
      <fieldset><legend>変更前</legend><label for="z1">郵便番号</label><input id="z1" name="z1"><label for="a1">住所</label><input id="a1" name="a1"></fieldset></form>`);
    expect(keyOf(fields, '#z2')).toBe('newAddress.postalCode');
    expect(keyOf(fields, '#a2')?.startsWith('newAddress.')).toBe(true);
    expect(keyOf(fields, '#z1')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#a1')?.startsWith('oldAddress.')).toBe(true);
    expect(fieldOf(fields, '#z2').rules).toContain('side.section');
  });

  it('control: a place whose name starts with the word (変更後町) is no side', () => {
    const fields = classify(`<form><label for="a">住所（例：変更後町1-2）</label><input id="a" name="address"></form>`);
    expect(keyOf(fields, '#a')?.startsWith('oldAddress.')).toBe(true);
  });

  it('a phone named as the one before the change (phone_before) is a former value: no key', () => {
    const fields = classify(`<form>
      <label for="a">変更後住所</label><input id="a" name="address_name">
      <label for="t1">電話番号</label><input id="t1" name="phone_changed">
      <label for="b">変更前住所</label><input id="b" name="before_address">
      <label for="t2">電話番号</label><input id="t2" name="phone_before"></form>`);
    expect(keyOf(fields, '#t2')).toBeNull();
    expect(fieldOf(fields, '#t2').rules).toContain('phone.former');
    expect(keyOf(fields, '#t1')).toBe('phone');
  });

  it('a phone in a block headed 変更前 is a former value; the one under 変更後 is the phone', () => {
    const fields = classify(`<form>
      <fieldset><legend>変更前</legend><label for="a1">住所</label><input id="a1" name="a1"><label for="t1">電話番号</label><input id="t1" name="t1"></fieldset>
      <fieldset><legend>変更後</legend><label for="a2">住所</label><input id="a2" name="a2"><label for="t2">電話番号</label><input id="t2" name="t2"></fieldset></form>`);
    expect(keyOf(fields, '#t1')).toBeNull();
    expect(keyOf(fields, '#t2')).toBe('phone');
  });

  it('control: a phone under 現住所 on a moving form is the user’s phone', () => {
    const fields = classify(`<form>
      <fieldset><legend>現住所</legend><label for="a1">住所</label><input id="a1" name="a1"><label for="t1">電話番号</label><input id="t1" name="t1"></fieldset>
      <fieldset><legend>新住所</legend><label for="a2">住所</label><input id="a2" name="a2"></fieldset></form>`);
    expect(keyOf(fields, '#t1')).toBe('phone');
    expect(keyOf(fields, '#a2')).toBe('newAddress.full');
  });
});
