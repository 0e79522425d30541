// @vitest-environment happy-dom
// Rules from bookings, business enquiries and sign-ups: the person booking named as the group's
// representative, a company's person in charge, samples that skip a part, a given name beside a
// romaji family name, a loyalty programme's number, a name asked by a select, a wished-for area.
// Each comes with a control.
import { describe, expect, it } from 'vitest';
import { readAddressExample } from '../../../lib/recognise/read-example';
import { BLOCK, BUILDING, CITY, PREF, TOWN } from '../../../lib/recognise/reading';
import { classify, fieldOf, keyOf } from './classify-markup';

describe('the person booking, named as the representative', () => {
  const page = (heading: string) =>
    classify(`<form><label for="own">メールアドレス</label><input id="own" name="own_mail" type="email"><h2>${heading}</h2>
      <h3>氏名（漢字）</h3><input name="name" placeholder="山田太郎">
      <h3>電話番号</h3><input type="tel" name="tel" placeholder="000-0000-0000"></form>`);

  it('予約者（代表者）情報入力: the user', () => {
    const fields = page('予約者（代表者）情報入力');
    expect(keyOf(fields, 'input[name="name"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="tel"]')).toBe('phone');
  });

  it('control: 代表者情報 after the user\'s own name is someone else (a company head, a group representative)', () => {
    const fields = classify(`<form><label for="mine">お名前</label><input id="mine" name="my_name">
      <label for="own">メールアドレス</label><input id="own" name="own_mail" type="email"><h2>代表者情報</h2>
      <h3>氏名（漢字）</h3><input name="name" placeholder="山田太郎"></form>`);
    expect(keyOf(fields, '#mine')).toBe('name.full');
    expect(keyOf(fields, 'input[name="name"]')).toBeNull();
    expect(fieldOf(fields, 'input[name="name"]').rules).toContain('person.other-party');
  });

  it('代表者情報 as the only name the form asks: the user who applies for the group', () => {
    const fields = page('代表者情報');
    expect(keyOf(fields, 'input[name="name"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="tel"]')).toBe('phone');
    expect(fieldOf(fields, 'input[name="name"]').rules).toContain('person.sole-representative');
  });
});

describe("a company's person in charge", () => {
  const page = (person: string, company = '御社名 必須') =>
    classify(`<form><table>
      <tr><th>${company}</th><td><input name="company_name"></td></tr>
      <tr><th>担当部署</th><td><input name="section_name"></td></tr>
      <tr><th>${person}</th><td><input name="person_name"></td></tr>
      <tr><th>郵便番号</th><td><input name="zip1" maxlength="3">-<input name="zip2" maxlength="4"></td></tr>
      <tr><th>ご住所</th><td><input name="address"></td></tr>
      <tr><th>メールアドレス</th><td><input name="mail"></td></tr></table></form>`);

  it('御社名, 担当部署, ご担当者名, then an address: the address is the company\'s; the person in charge is the user', () => {
    const fields = page('ご担当者名');
    expect(keyOf(fields, 'input[name="person_name"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="zip1"]')).toBeNull();
    expect(keyOf(fields, 'input[name="address"]')).toBeNull();
    expect(keyOf(fields, 'input[name="mail"]')).toBe('email');
  });

  it('control: an optional 御社名 then a person\'s お名前 ends the company\'s rows: the address is the user\'s', () => {
    const fields = page('お名前', '御社名');
    expect(keyOf(fields, 'input[name="person_name"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="zip1"]')).toBe('oldAddress.postalCode#1');
    expect(keyOf(fields, 'input[name="address"]')).not.toBeNull();
  });
});

describe('a sample that leaves a part out', () => {
  it('〇〇町〇〇マンション with no number: the town ends at 町, the block between is in the box', () => {
    const parts = readAddressExample('愛知県名古屋市中区〇〇町〇〇マンション4F 402');
    expect(parts).toBe(PREF | CITY | TOWN | BLOCK | BUILDING);
  });

  it('a box with that sample is the whole address', () => {
    const fields = classify(`<form><p><span>ご住所</span> <span>必須</span></p>
      <input type="text" name="住所" placeholder="例）愛知県名古屋市中区〇〇町〇〇マンション4F 402"></form>`);
    expect(keyOf(fields, 'input[name="住所"]')).toBe('oldAddress.full');
  });

  it('control: a sample that stops at the town shows no block or building', () => {
    expect(readAddressExample('江東区新砂')).toBe(CITY | TOWN);
    expect(readAddressExample('東京都新宿区西新宿2-8-1')).toBe(PREF | CITY | TOWN | BLOCK);
  });
});

describe('a given name beside a family name in romaji', () => {
  const page = (given: string) =>
    classify(`<form><div class="row"><div class="col-12"><label>お名前 (ローマ字)</label></div>
      <div class="col-6"><input name="last" placeholder="Last Name"></div>
      <div class="col-6"><input name="first" placeholder="First Name"></div></div>
      ${given}</form>`);

  it('[Last Name] [First Name] under お名前 (ローマ字): both boxes are romaji', () => {
    const fields = page('');
    expect(keyOf(fields, 'input[name="last"]')).toBe('name.familyRomaji');
    expect(keyOf(fields, 'input[name="first"]')).toBe('name.givenRomaji');
    expect(fieldOf(fields, 'input[name="first"]').rules).toContain('split.name-script');
  });

  it('control: a given-name box with a caption of its own keeps its own reading', () => {
    const fields = classify(`<form><label for="l">姓（ローマ字）</label><input id="l" name="last">
      <label for="f">名（漢字）</label><input id="f" name="first"></form>`);
    expect(keyOf(fields, '#l')).toBe('name.familyRomaji');
    expect(keyOf(fields, '#f')).toBe('name.given');
  });
});

describe("a loyalty programme's number", () => {
  it('ANAマイル会員番号: not the customer number at the provider', () => {
    const fields = classify(`<form><label for="own">メールアドレス</label><input id="own" name="own_mail" type="email"><label for="m">ANAマイル会員番号</label><input id="m" name="mile" placeholder="10桁のANAマイル会員番号"></form>`);
    expect(keyOf(fields, '#own')).toBe('email');
    expect(keyOf(fields, '#m')).toBeNull();
  });

  it('control: 会員番号 and お客様番号 stay the customer number', () => {
    const fields = classify(`<form><label for="a">会員番号</label><input id="a" name="member">
      <label for="b">お客様番号</label><input id="b" name="customer"></form>`);
    expect(keyOf(fields, '#a')).toBe('provider.customerNumber');
    expect(keyOf(fields, '#b')).toBe('provider.customerNumber');
  });
});

describe('a name asked by a select', () => {
  it('ご家族について [select setaiFamily] with its choices not filled in yet: no name', () => {
    const fields = classify(`<form><table><tr><th>氏名</th><td><input name="name"></td></tr>
      <tr><th>ご家族について</th><td><select id="setaiFamily" name="setaiFamily"></select></td></tr></table></form>`);
    expect(keyOf(fields, '#setaiFamily')).toBeNull();
    expect(fieldOf(fields, '#setaiFamily').rules).toContain('options.contradict');
    expect(keyOf(fields, 'input[name="name"]')).toBe('name.full');
  });

  it('control: the same caption over a text box named for the family name is still read', () => {
    const fields = classify(`<form><table><tr><th>姓</th><td><input name="familyName"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="familyName"]')).toBe('name.family');
  });
});

describe('a wished-for area', () => {
  const page = (caption: string) =>
    classify(`<form><label for="own">メールアドレス</label><input id="own" name="own_mail" type="email"><h2>転居先について</h2><label for="area">${caption}</label>
      <input id="area" name="area" placeholder="例：仙台市青葉区、地下鉄南北線沿線"></form>`);

  it('紹介を希望するエリア: no address', () => {
    const fields = page('紹介を希望するエリア');
    expect(keyOf(fields, '#own')).toBe('email');
    expect(keyOf(fields, '#area')).toBeNull();
  });

  it('control: 転居先の市区町村 under the same heading is the new address', () => {
    expect(keyOf(page('転居先の市区町村'), '#area')).toMatch(/^newAddress\./);
  });
});

describe('a representative under a heading that names the user', () => {
  const page = (heading: string) =>
    classify(`<form><label for="own">メールアドレス</label><input id="own" name="own_mail" type="email"><h2>${heading}</h2>
      <label for="n">代表者氏名</label><input id="n" name="booker_name">
      <label for="t">代表者電話番号</label><input id="t" name="booker_tel" type="tel"></form>`);

  it('予約者情報入力 over 代表者氏名 / 代表者電話番号: the user who books', () => {
    const fields = page('予約者情報入力');
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: 代表者氏名 under 法人情報 stays someone else', () => {
    const fields = page('法人情報');
    expect(keyOf(fields, '#own')).toBe('email');
    expect(keyOf(fields, '#n')).toBeNull();
  });
});

describe('a contact address for the holidays', () => {
  it('休暇中の連絡先 after 現住所: someone else\'s (a parents\' home), no key; 現住所 keeps its keys', () => {
    const fields = classify(`<form><table>
      <tr><th rowspan="2">現住所</th><th>郵便番号</th><td><input name="zip"></td></tr>
      <tr><th>住所</th><td><input name="add"></td></tr>
      <tr><th rowspan="2">休暇中の連絡先</th><th>郵便番号</th><td><input name="emgzip"></td></tr>
      <tr><th>住所</th><td><input name="emgadd"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="zip"]')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, 'input[name="emgzip"]')).toBeNull();
    expect(keyOf(fields, 'input[name="emgadd"]')).toBeNull();
  });
});

describe('a row captioned only by whose device, under a header spanning rows', () => {
  const page = (outer: string) =>
    classify(`<form><table>
      <tr><th rowspan="2">${outer}</th><th>PC</th><td><input name="mailpc"></td></tr>
      <tr><th>携帯・スマホ</th><td><input name="mailcell"></td></tr>
      <tr><th rowspan="2">現住所</th><th>携帯電話番号</th><td><input name="phonecell"></td></tr>
      <tr><th>自宅電話番号</th><td><input name="phone"></td></tr></table></form>`);

  it('メールアドレス over PC / 携帯・スマホ: the second row is a second e-mail address, not a phone', () => {
    const fields = page('メールアドレス');
    expect(fieldOf(fields, 'input[name="mailcell"]').rules).toContain('caption.outer-kind');
    expect(keyOf(fields, 'input[name="mailcell"]')).not.toBe('phone');
    expect(keyOf(fields, 'input[name="phonecell"]')).toBe('phone');
    expect(keyOf(fields, 'input[name="phone"]')).toBe('phoneAlt');
  });

  it('control: 連絡先 over the same rows: 携帯・スマホ is the phone', () => {
    const fields = page('連絡先');
    expect(keyOf(fields, 'input[name="mailcell"]')).toBe('phone');
  });
});

describe('a property on a page about selling one', () => {
  const page = (title: string) =>
    classify(
      `<form><label for="a">物件の所在地（市区町村まででもOK）</label>
      <input id="a" name="area" placeholder="例：埼玉県加須市○○"><label for="n">お名前</label><input id="n" name="name"></form>`,
      title,
    );

  it('空き家・相続不動産の売却相談: the property\'s place is no address of the user\'s', () => {
    const fields = page('空き家・相続不動産の売却相談');
    expect(keyOf(fields, '#a')).toBeNull();
    expect(fieldOf(fields, '#a').rules).toContain('person.property');
    expect(keyOf(fields, '#n')).toBe('name.full');
  });

  it('control: the same form on a page about ending a lease keeps the address', () => {
    expect(keyOf(page('賃貸物件の解約のお手続き'), '#a')).not.toBeNull();
  });
});

describe('a property on a page asking to see it', () => {
  const page = (title: string) =>
    classify(
      `<form><table>
      <tr><th>物件名</th><td><input id="p" name="property-name"></td></tr>
      <tr><th></th><td><input id="r" name="room-number" placeholder="部屋番号"> 号室</td></tr>
      <tr><th>お名前</th><td><input id="n" name="name"></td></tr></table></form>`,
      title,
    );

  it('内見依頼に関するお問い合わせ: 物件名 and the 号室 beside it are the property to be seen, not the user’s home', () => {
    const fields = page('内見依頼に関するお問い合わせ');
    expect(keyOf(fields, '#p')).toBeNull();
    expect(keyOf(fields, '#r')).toBeNull();
    expect(fieldOf(fields, '#r').rules).toContain('person.property');
    expect(keyOf(fields, '#n')).toBe('name.full');
  });

  it('control: the same rows on a page ending a lease are the home being left', () => {
    const fields = page('賃貸物件の解約のお手続き');
    expect(keyOf(fields, '#p')).toBe('oldAddress.buildingName');
    expect(keyOf(fields, '#r')).toBe('oldAddress.room');
  });
});
