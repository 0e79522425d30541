// @vitest-environment happy-dom
// Samples and roles: a person's name shown as a sample, amounts of money whose samples look like
// postal codes, boxes named for someone's role (emergency_, guarantor_), a firm's address by its
// name, the next part of a split value shown only by its sample, a property described under a
// heading of its own, 市区郡・町村 as the municipality, and a building line that may name a firm.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';
import { readExampleValue } from '../../../lib/recognise/read-example';

describe('samples and roles', () => {
  it('例：大阪　太郎 is a person’s name, though its first word names a prefecture; 例：大阪府 is still a place', () => {
    expect(readExampleValue('大阪　太郎').type).toBe('name');
    expect(readExampleValue('山田 花子').type).toBe('name');
    // Controls: a place split by a space stays a place.
    expect(readExampleValue('大阪府').type).toBe('address');
    expect(readExampleValue('港区 六本木').type).not.toBe('name');
    const f = classify(`<form><div><label>担当者</label><input id="n" name="staff" placeholder="例：大阪　太郎"></div>
      <div><label>都道府県</label><input id="p" name="area" placeholder="例：大阪府"></div></form>`);
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#p')).toBe('oldAddress.prefecture');
  });

  it('保証金 [例：1000000], 敷金, 礼金: an amount of money, not a postal code; 郵便番号 [例：5450021] still is one', () => {
    const f = classify(`<form>
      <div><label>郵便番号</label><input id="z" name="zip" placeholder="例：5450021"></div>
      <div><label>保証金</label><input id="d" type="number" name="deposit" placeholder="例：1000000"></div>
      <div><label>敷金</label><input id="s" type="number" name="security" placeholder="例：1000000"></div>
      <div><label>家賃</label><input id="r" type="number" name="rent" placeholder="例：1000000"></div></form>`);
    expect(keyOf(f, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(f, '#d')).toBeNull();
    expect(keyOf(f, '#s')).toBeNull();
    expect(keyOf(f, '#r')).toBeNull();
  });

  it('emergency_post_number, guarantor_birthday: a box named for someone’s role is theirs; the user’s own boxes are not', () => {
    const f = classify(`<form>
      <div><label>氏名</label><input id="n" name="name"></div>
      <div><label>郵便番号</label><input id="z" name="post_number" placeholder="例：5450021"></div>
      <div><label>住所</label><input id="a" name="address"></div>
      <div><label>生年月日</label><input id="b" type="date" name="birthday"></div>
      <hr>
      <div><label>氏名</label><input id="en" name="emergency_name"></div>
      <div><label>郵便番号</label><input id="ez" name="emergency_post_number" placeholder="例：5450021"></div>
      <div><label>住所</label><input id="ea" name="emergency_address"></div>
      <div><label>生年月日</label><input id="gb" type="date" name="guarantor_birthday"></div></form>`);
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(f, '#a')).toBe('oldAddress.full');
    expect(keyOf(f, '#b')).toBe('birthDate');
    for (const id of ['#en', '#ez', '#ea', '#gb']) expect(keyOf(f, id)).toBeNull();
    // An emergency phone after the contact's name is the contact's; asked alone (緊急の場合の携帯電話ご連絡先)
    // it is the user's own number for the day.
    const contact = classify(`<form><div><label>氏名</label><input id="n" name="name"></div>
      <div><label>電話番号</label><input id="t" name="tel"></div>
      <div><label>緊急連絡先 氏名</label><input id="en" name="emergency_name"></div>
      <div><label>電話番号</label><input id="et" name="emergency_tel"></div></form>`);
    expect(keyOf(contact, '#t')).toBe('phone');
    expect(keyOf(contact, '#et')).toBeNull();
    const own = classify(`<form><div><label>お名前</label><input id="n" name="name"></div>
      <div><label>緊急の場合の携帯電話ご連絡先</label><input id="et" type="tel" name="emergency_phone"></div></form>`);
    expect(keyOf(own, '#et')).toBe('phone');
  });

  it('business_address, office_zip: a firm’s address; business_tel may still be the user’s own line', () => {
    const f = classify(`<form>
      <div><label>お名前</label><input id="n" name="name"></div>
      <div><label>郵便番号</label><input id="bz" name="business_post_number"></div>
      <div><label>所在地</label><input id="ba" name="business_address"></div>
      <div><label>電話番号</label><input id="bt" name="business_tel"></div></form>`);
    expect(keyOf(f, '#bz')).toBeNull();
    expect(keyOf(f, '#ba')).toBeNull();
    expect(keyOf(f, '#bt')).toBe('phone');
    // Control: the same boxes without the firm's word are the user's address.
    const home = classify(`<form>
      <div><label>お名前</label><input id="n" name="name"></div>
      <div><label>郵便番号</label><input id="z" name="post_number"></div>
      <div><label>住所</label><input id="a" name="address"></div></form>`);
    expect(keyOf(home, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(home, '#a')).toBe('oldAddress.full');
  });

  it('氏名（漢字） [例）保険] [例）花子], 携帯電話番号 [090]-[1234]-[5678]: a sample of the next part is no caption of its own', () => {
    const f = classify(`<form>
      <div><label>氏名（漢字）</label></div>
      <div class="grid"><div><input id="s" placeholder="例) 保険"></div><div><input id="m" placeholder="例) 花子"></div></div>
      <div><label>携帯電話番号</label></div>
      <div><input id="t1" placeholder="090"> - <input id="t2" placeholder="1234"> - <input id="t3" placeholder="5678"></div></form>`);
    expect(keyOf(f, '#s')).toBe('name.family');
    expect(keyOf(f, '#m')).toBe('name.given');
    expect(keyOf(f, '#t1')).toBe('phone#1');
    expect(keyOf(f, '#t2')).toBe('phone#2');
    expect(keyOf(f, '#t3')).toBe('phone#3');
    // Control: a sample of another kind (an e-mail address) after a name is a caption of its own.
    const other = classify(`<form><div><label>お名前</label></div>
      <div><input id="n" placeholder="例) 山田太郎"> <input id="x" placeholder="例) taro@example.jp"></div></form>`);
    expect(keyOf(other, '#x')).toBe('email');
  });

  it('物件について > 所在地: on a page about selling a property, the property’s address is not the user’s', () => {
    const page = (heading: string) => classify(`<form>
      <h2>${heading}</h2>
      <label for="a">所在地(町名以下)</label><input id="a" name="address">
      <h2>連絡先</h2>
      <label for="n">お名前</label><input id="n" name="name">
      <label for="t">電話番号</label><input id="t" name="phone"></form>`, '売却・査定のご相談');
    const sale = page('物件について');
    expect(keyOf(sale, '#a')).toBeNull();
    expect(keyOf(sale, '#n')).toBe('name.full');
    // Control: the same address under a heading about the user is the user's.
    expect(keyOf(page('お客様について'), '#a')).not.toBeNull();
  });

  it('ビル、建物、会社名等(任意): the building line, which may name a firm, is still the user’s address', () => {
    const f = classify(`<form><div><label>お名前</label><input id="n" name="name"></div>
      <div><label>郵便番号</label><input id="z" name="zip"></div>
      <div><label>都道府県</label><input id="p" name="pref"></div>
      <div><label>市区町村</label><input id="c" name="city"></div>
      <div><label>丁目以降</label><input id="b" name="street"></div>
      <div><label>ビル、建物、会社名等(任意)</label><input id="g" name="address3"></div></form>`);
    expect(keyOf(f, '#g')).toBe('oldAddress.building');
    expect(keyOf(f, '#z')).toBe('oldAddress.postalCode');
    // Control: a box for the firm's name alone says nothing of the home.
    const firm = classify(`<form><div><label>お名前</label><input id="n" name="name"></div>
      <div><label>会社名</label><input id="g" name="firm"></div></form>`);
    expect(keyOf(firm, '#g')).toBeNull();
  });

  it('市区郡・町村 [例）千代田区] then 丁目・番地 [例）千代田1-1-1]: the municipality, then the town with its number', () => {
    const f = classify(`<form><div><label>郵便番号</label><input id="z" placeholder="例) 1000001"></div>
      <div><label>市区郡・町村</label><input id="c" placeholder="例) 千代田区"></div>
      <div><label>丁目・番地</label><input id="b" placeholder="例) 千代田1-1-1"></div>
      <div><label>建物名・部屋番号</label><input id="g"></div></form>`);
    expect(keyOf(f, '#c')).toBe('oldAddress.city');
    expect(keyOf(f, '#b')).toBe('oldAddress.townBlock');
    // Control: 町名 asked in a box of its own stays the town.
    const town = classify(`<form><div><label>市区町村</label><input id="c"></div>
      <div><label>町村名</label><input id="t"></div><div><label>番地</label><input id="b"></div></form>`);
    expect(keyOf(town, '#t')).toBe('oldAddress.town');
  });
});
