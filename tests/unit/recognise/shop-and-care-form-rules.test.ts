// @vitest-environment happy-dom
// Rules from shop, nursery, care and public-service forms: samples with blanked names, ranges after
// the box before, 「それ以降」, units printed after their box, an e-mail typed around a printed @, a
// nursery child, a family member named as an emergency contact. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

describe('samples with blanked names, and a range after the box before', () => {
  const page = (cityPlaceholder: string) =>
    classify(`<form>
      <dl><dt>住所（都道府県）</dt><dd><input name="add01" placeholder="○○県"></dd></dl>
      <dl><dt>住所（市区町村）</dt><dd><input name="add02" placeholder="${cityPlaceholder}"></dd></dl>
      <dl><dt>市区町村以降の住所</dt><dd><input name="add03" placeholder="マンション名など"></dd></dl></form>`);

  it('△△市□□町 under 住所（市区町村）: city and town; 市区町村以降 [マンション名など] then takes the rest', () => {
    const fields = page('△△市□□町');
    expect(keyOf(fields, 'input[name="add02"]')).toBe('oldAddress.cityTown');
    expect(keyOf(fields, 'input[name="add03"]')).toBe('oldAddress.blockBuilding');
    expect(fieldOf(fields, 'input[name="add03"]').rules).toContain('address.after-asked-part');
  });

  it('control: a placeholder without a sample (市区町村名) leaves the box to the city', () => {
    const fields = page('市区町村名');
    expect(keyOf(fields, 'input[name="add02"]')).toBe('oldAddress.city');
    expect(keyOf(fields, 'input[name="add03"]')).toBe('oldAddress.afterCity');
  });
});

describe('「それ以降」 after an address box', () => {
  const page = (before: string) =>
    classify(`<form><table>${before}<tr><th>それ以降</th><td><input name="rest"></td></tr></table></form>`);

  it('市区町村 [ ] それ以降 [ ]: the rest of the address after the city', () => {
    const fields = page('<tr><th>都道府県</th><td><input name="pref"></td></tr><tr><th>市区町村</th><td><input name="city"></td></tr>');
    expect(keyOf(fields, 'input[name="city"]')).toBe('oldAddress.city');
    expect(keyOf(fields, 'input[name="rest"]')).toBe('oldAddress.afterCity');
  });

  it('control: after a phone box, それ以降 names nothing', () => {
    const fields = page('<tr><th>電話番号</th><td><input name="tel"></td></tr>');
    expect(keyOf(fields, 'input[name="tel"]')).toBe('phone');
    expect(keyOf(fields, 'input[name="rest"]')).toBeNull();
  });
});

describe('a unit printed after its box', () => {
  const months = Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('');
  it('[▾]年 [▾]月 [ ]日 with the day select not filled in yet: the 月 before it is the month\'s, the box is the day', () => {
    const fields = classify(`<form><h3>生年月日</h3><div>
      <select id="y" name="year"><option>--</option><option>1990</option><option>1991</option></select><p>年</p>
      <select id="m" name="month"><option>--</option>${months}</select><p>月</p>
      <select id="d" name="day"></select><p>日</p></div></form>`);
    expect(keyOf(fields, '#m')).toBe('birthDate#month');
    expect(keyOf(fields, '#d')).toBe('birthDate#day');
    expect(fieldOf(fields, '#d').rules).toContain('date.unit-after');
  });

  it('control: a box with only the unit before it keeps that unit', () => {
    const fields = classify(`<form><h3>生年月日</h3><div><input id="y" name="y" size="4"><p>年</p><input id="m" name="m" size="2"></div></form>`);
    expect(fieldOf(fields, '#m').rules).not.toContain('date.unit-after');
  });
});

describe('an e-mail typed around a printed @', () => {
  it('[MailUser] @ [MailDomain]: no key (the profile keeps the address whole)', () => {
    const fields = classify(`<form><label for="n">お名前</label><input id="n" name="name"><h3>メールアドレス</h3><div><input id="u" name="MailUser"><p>@</p><input id="d" name="MailDomain"></div></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#u')).toBeNull();
    expect(keyOf(fields, '#d')).toBeNull();
    expect(fieldOf(fields, '#u').rules).toContain('email.split-at');
  });

  it('control: an e-mail and its confirmation box keep their keys', () => {
    const fields = classify(`<form><label for="a">メールアドレス</label><input id="a" name="mail">
      <label for="b">メールアドレス（確認）</label><input id="b" name="mail2"></form>`);
    expect(keyOf(fields, '#a')).toBe('email');
    expect(keyOf(fields, '#b')).toBe('emailConfirm');
  });
});

describe('a nursery child', () => {
  const page = (heading: string) =>
    classify(`<form><label for="own">メールアドレス</label><input id="own" name="own_mail" type="email"><h2>${heading}</h2><label for="g">性別</label><select id="g" name="gender"><option>選択してください</option><option>男</option><option>女</option></select></form>`);

  it('園児情報: the child\'s, no key', () => {
    const fields = page('園児情報');
    expect(keyOf(fields, '#own')).toBe('email');
    expect(keyOf(fields, '#g')).toBeNull();
  });

  it('control: 申請保護者情報: the user\'s', () => {
    expect(keyOf(page('申請保護者情報'), '#g')).toBe('gender');
  });
});

describe('a family member named as an emergency contact', () => {
  it('ご家族・緊急連絡先 with 担当者・ご家族氏名 and 続柄: someone else, no key', () => {
    const fields = classify(`<form><h3>申請者</h3><label for="n">申請者氏名</label><input id="n" name="name">
      <h3>ご家族・緊急連絡先</h3><label for="c">担当者・ご家族氏名</label><input id="c" name="contactName">
      <label for="r">続柄</label><input id="r" name="contactRelation"></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#c')).toBeNull();
    expect(keyOf(fields, '#r')).toBeNull();
  });

  it('control: 同居のご家族 rows are a member of the household', () => {
    const fields = classify(`<form><h3>申請者</h3><label for="n">申請者氏名</label><input id="n" name="name">
      <h3>同居のご家族</h3><label for="c">氏名</label><input id="c" name="memberName1">
      <label for="r">続柄</label><input id="r" name="memberRelation1"></form>`);
    expect(keyOf(fields, '#c')).toBe('household[0].name.full');
    expect(keyOf(fields, '#r')).toBe('household[0].relationship');
  });
});
