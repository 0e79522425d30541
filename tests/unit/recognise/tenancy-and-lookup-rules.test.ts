// @vitest-environment happy-dom
// Tenancy pages and lookups: a letter box's dial, an account holder named by 名義人 alone, an address
// added to an address book, a header row that heads the rows below it, sample rows under their field,
// a postal lookup's note, bare name samples, free-text boxes, a list of rooms, an owner's management
// enquiry, the box a postal-code lookup fills, an example that yields a part, 苗字 then 名前 on rows of
// their own, and an e-mail typed again by its note.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('tenancy pages and lookups', () => {
  it('mailbox1Number beside 回 / 番 is a letter box’s dial, not an e-mail; mail1 still is one', () => {
    const page = (name: string) =>
      classify(`<form><p>メールボックスの開け方</p><div><span>第1組：</span>
      <input id="t" name="${name}Turns" placeholder="回数"><span>回</span>
      <input id="n" name="${name}Number" placeholder="番号"><span>番</span></div></form>`);
    const box = page('mailbox1');
    expect(keyOf(box, '#t')).toBeNull();
    expect(keyOf(box, '#n')).toBeNull();
    // Control: the same boxes named for a mail address are read as one.
    expect(keyOf(page('mail1'), '#t')).toBe('email');
  });

  it('メールボックス番号 is a letter box’s number; メールアドレス is an address', () => {
    const f = classify(`<form><div><label for="a">メールアドレス</label><input id="a" name="a"></div>
      <div><label for="b">メールボックス番号</label><input id="b" name="b"></div></form>`);
    expect(keyOf(f, '#a')).toBe('email');
    expect(keyOf(f, '#b')).toBeNull();
  });

  it('名義人 [口座名義を入力してください] under 返金口座, or among an account’s boxes, is the account’s holder', () => {
    const page = (heading: string, placeholder: string, beside: string) =>
      classify(`<form><div><label for="n">氏名</label><input id="n" name="fullName"></div>
      <div><label for="x">ご連絡先</label><input id="x" name="tel" type="tel"></div>
      <h2>${heading}</h2>${beside}
      <div><label for="h">名義人</label><input id="h" name="holder" placeholder="${placeholder}"></div></form>`);
    const accountBox = '<div><label for="b">口座番号</label><input id="b" name="accountNumber"></div>';
    expect(keyOf(page('四、返金口座', '', ''), '#h')).toBeNull();
    expect(keyOf(page('お手続き', '口座名義を入力してください', ''), '#h')).toBeNull();
    expect(keyOf(page('お手続き', '', accountBox), '#h')).toBeNull();
    // Control: 名義人 with nothing about an account around it names the contract's holder, the user.
    expect(keyOf(page('ご契約内容', '', ''), '#h')).toBe('name.full');
  });

  it('新しい住所を追加 at a checkout adds a recipient, not the home after a move', () => {
    const page = (heading: string) =>
      classify(`<form><h3>${heading}</h3><p>氏名:</p><input id="n" name="newName">
      <p>郵便番号:</p><input id="z" name="newZip1" maxlength="7"><p>住所:</p><input id="a" name="newAddress1"></form>`);
    const added = page('新しい住所を追加');
    for (const sel of ['#n', '#z', '#a']) expect(keyOf(added, sel)).toBeNull();
    // Control: 新しいご住所 on its own is the new home.
    expect(keyOf(page('新しいご住所'), '#z')).toBe('newAddress.postalCode');
  });

  it('<th>ご売却物件所在地</th><td></td> heads the rows below it: their address is the property’s', () => {
    const page = (head: string) =>
      classify(`<form><table>
      <tr><th>お名前</th><td><input id="n" name="name"></td></tr>
      <tr><th>${head}</th><td></td></tr>
      <tr><th>郵便番号</th><td><input id="z" name="zip" maxlength="7"></td></tr>
      <tr><th>市区町村番地</th><td><input id="a" name="address"></td></tr></table></form>`);
    const sale = page('ご売却物件所在地');
    expect(keyOf(sale, '#z')).toBeNull();
    expect(keyOf(sale, '#a')).toBeNull();
    expect(keyOf(sale, '#n')).toBe('name.full');
    // Control: a header row that names nobody else leaves the address the user's.
    expect(keyOf(page('ご住所'), '#z')).toBe('oldAddress.postalCode');
  });

  it('<tr><th></th><td>例）123-4567</td></tr> under the postal row speaks for it, not for the 住所 row below', () => {
    const page = (sample: string) =>
      classify(`<form><table>
      <tr><th>郵便番号</th><td>〒<input id="z" name="zip11" maxlength="8"></td></tr>
      <tr><th></th><td>${sample}</td></tr>
      <tr><th>住所</th><td><input id="a" name="addr11" size="60"></td></tr>
      <tr><th>建物名</th><td><input id="b" name="building_name"></td></tr></table></form>`);
    expect(keyOf(page('例）123-4567'), '#a')).toBe('oldAddress.fullWithoutBuilding');
    // Control: a row of words that are no sample still heads the column below it.
    expect(keyOf(page('郵便番号'), '#a')).not.toBe('oldAddress.fullWithoutBuilding');
  });

  it('市町村（郵便番号入力時に自動入力されます。） is the city, the note only says how it is filled', () => {
    const page = (placeholder: string) =>
      classify(`<form><div><label for="z">郵便番号</label><input id="z" name="zip" maxlength="7"></div>
      <div><input id="c" name="city" placeholder="${placeholder}"></div>
      <div><input id="s" name="street" placeholder="丁目番地"></div></form>`);
    expect(keyOf(page('市町村（郵便番号入力時に自動入力されます。）'), '#c')).toBe('oldAddress.cityTown');
    // Control: a box captioned 郵便番号 is a postal code.
    expect(keyOf(page('郵便番号'), '#c')).toMatch(/Address\.postalCode$/);
  });

  it('フリガナ [ヤマダ][タロウ] named first_name_kana / last_name_kana: the samples order the parts', () => {
    const page = (a: string, b: string) =>
      classify(`<form><div><label>担当者氏名（フリガナ）</label>
      <input id="a" name="in_charge_first_name_kana" placeholder="${a}">
      <input id="b" name="in_charge_last_name_kana" placeholder="${b}"></div></form>`);
    const f = page('ヤマダ', 'タロウ');
    expect(keyOf(f, '#a')).toBe('name.familyKana');
    expect(keyOf(f, '#b')).toBe('name.givenKana');
    // Control: placeholders that caption the parts (メイ / セイ) leave the names' order.
    const captions = page('メイ', 'セイ');
    expect(keyOf(captions, '#a')).toBe('name.givenKana');
    expect(keyOf(captions, '#b')).toBe('name.familyKana');
  });

  it('a free-text box listing what to write (お引越しの予定日、新しいご住所) asks for no date', () => {
    const page = (control: string) =>
      classify(`<form><div><label for="m">メールアドレス</label><input id="m" type="email" name="mail"></div>
      <div><ul><li>ご質問やご相談</li><li>お引越しの予定日、新しいご住所</li></ul>${control}</div></form>`);
    expect(keyOf(page('<textarea id="x" name="note"></textarea>'), '#x')).toBeNull();
    // Control: a one-line box under the same words is read as the date.
    expect(keyOf(page('<input id="x" name="note">'), '#x')).toBe('move.date');
  });

  it('[101▾ 102▾] 部屋番号 on a share house’s enquiry offers its rooms; a typed 部屋番号 is the user’s', () => {
    const page = (control: string) =>
      classify(`<form><div><label for="r">部屋番号</label>${control}</div>
      <div><label for="a">ご住所</label><input id="a" name="address"></div></form>`);
    expect(keyOf(page('<select id="r" name="room"><option>101</option><option>102</option><option>103</option></select>'), '#r')).toBeNull();
    // Control: a box to type the room in.
    expect(keyOf(page('<input id="r" name="room">'), '#r')).toBe('oldAddress.room');
  });

  it('物件所在地 on an owner’s management enquiry (管理・空室のご相談) is the property’s', () => {
    const page = (title: string) =>
      classify(`<title>${title}</title><h1>${title}</h1><form>
      <div><label for="p">物件所在地（町名以下）</label><input id="p" name="address"></div>
      <div><label for="n">お名前</label><input id="n" name="name"></div></form>`);
    expect(keyOf(page('管理・空室のご相談'), '#p')).toBeNull();
    // Control: a tenant's notice of leaving asks where the home being left is.
    expect(keyOf(page('解約のご連絡'), '#p')).toBe('oldAddress.afterCity');
  });

  it('市区町村 [例)港区芝1-1-1] then 番地 [ ]: the example widened the first box, the block is the next box’s', () => {
    const page = (next: string) =>
      classify(`<form><dl>
      <dt>都道府県</dt><dd><input id="p" name="pref"></dd>
      <dt>市区町村</dt><dd><input id="c" name="a1" placeholder="例）港区芝１-１-１（全角）"></dd>
      ${next}
      <dt>マンション名等</dt><dd><input id="b" name="a3"></dd></dl></form>`);
    const f = page('<dt>番地</dt><dd><input id="n" name="a2" placeholder="例）１-１-１（全角）"></dd>');
    expect(keyOf(f, '#c')).toBe('oldAddress.cityTown');
    expect(keyOf(f, '#n')).toBe('oldAddress.block');
    // Control: with no box for the block, the example's block stays with the city's box.
    expect(keyOf(page(''), '#c')).toBe('oldAddress.line1');
  });

  it('苗字 * [ ] then 名前 * [ ] on rows of their own, names saying nothing: family then given, and so in kana', () => {
    const page = (first: string) =>
      classify(`<form><ul>
      <li><div class="c">${first}<span class="r">*</span></div><input id="a" name="zqd"></li>
      <li><div class="c">名前<span class="r">*</span></div><input id="b" name="zqf"></li>
      <li><div class="c">苗字(カナ)<span class="r">*</span></div><input id="c" name="zqg"></li>
      <li><div class="c">名前(カナ)<span class="r">*</span></div><input id="d" name="zqh"></li></ul></form>`);
    const f = page('苗字');
    expect(keyOf(f, '#a')).toBe('name.family');
    expect(keyOf(f, '#b')).toBe('name.given');
    expect(keyOf(f, '#d')).toBe('name.givenKana');
    // Control: 名前 after a row that asks no family name is the whole name.
    expect(keyOf(page('ニックネーム'), '#b')).toBe('name.full');
    // 姓名 [ ] then 名前 [ ]: where 名前 follows it, 姓名 names the family name.
    const pair = page('姓名');
    expect(keyOf(pair, '#a')).toBe('name.family');
    expect(keyOf(pair, '#b')).toBe('name.given');
  });

  it('[mail] 例：… then [mail] ※確認のため再度ご入力ください: the second box confirms the first', () => {
    const page = (note: string) =>
      classify(`<form><p>■お名前<br><input id="n" name="zqc"></p>
      <br>■メールアドレス<br>
      <input type="text" id="a" name="zqd"><br>
      例：osteria@example.jp<br>
      <input type="text" id="b" name="zqf"><br>
      ${note}
      <p><br>■住所</p><p><input id="c" name="zqg"></p></form>`);
    expect(keyOf(page('※確認のため再度ご入力ください'), '#b')).toBe('emailConfirm');
    // Control: with no words asking to type it again, the second box is another guess at the address.
    expect(keyOf(page('※携帯電話のアドレスも可'), '#b')).not.toBe('emailConfirm');
  });

  it('data[Student][family_name] on a page whose words name nobody else: the user’s own name', () => {
    const page = (extra: string) =>
      classify(`<title>お客様情報入力フォーム</title><form>${extra}
      <div><label for="f">氏名</label><input id="f" name="data[Student][family_name]" placeholder="姓">
      <input id="g" name="data[Student][given_name]" placeholder="名"></div>
      <div><label for="t">電話番号</label><input id="t" name="data[Student][phone_number]" type="tel"></div></form>`);
    const own = page('');
    expect(keyOf(own, '#f')).toBe('name.family');
    expect(keyOf(own, '#g')).toBe('name.given');
    // Control: where the page's words call them a pupil's (お子様の情報), the boxes stay the child's.
    expect(keyOf(page('<h2>お子様の情報</h2>'), '#f')).toBeNull();
    expect(keyOf(page('<h2>お子さん新規登録</h2>'), '#f')).toBeNull();
  });

  it('住所 ※都道府県名は郵便番号を入力した後に自動入力されます: a note on the lookup, the box is the prefecture', () => {
    const page = (note: string) =>
      classify(`<form><div><label for="z">郵便番号</label><input id="z" name="zipcode" maxlength="7"></div>
      <div><label>住所</label><input id="p" name="prefecture" placeholder="${note}"><input id="a" name="address" placeholder="市区町村名の後に続けて記載してください"></div></form>`);
    expect(keyOf(page('※都道府県名は郵便番号を入力した後に自動入力されます。'), '#p')).toBe('oldAddress.prefecture');
    // Control: a placeholder asking the postal code makes the box one.
    expect(keyOf(page('郵便番号'), '#p')).toMatch(/Address\.postalCode$/);
  });

  it('開始日 / 終了日 alone on a travel insurance’s page are the cover’s dates; on a move’s page, the service’s', () => {
    const page = (title: string) =>
      classify(`<title>${title}</title><h1>${title}</h1><form>
      <div><label for="n">お名前</label><input id="n" name="name"></div>
      <div><label for="s">開始日</label><input type="date" id="s" name="CoverageStart"></div>
      <div><label for="e">終了日(自動計算)</label><input type="date" id="e" name="CoverageEnd"></div></form>`);
    const cover = page('留学保険 お申込みフォーム');
    expect(keyOf(cover, '#s')).toBeNull();
    expect(keyOf(cover, '#e')).toBeNull();
    // Control: on a page about a move, the same words are the dates of the service moved.
    const move = page('お引越しに伴う解約・開始のお手続き');
    expect(keyOf(move, '#s')).toBe('move.startDate');
    expect(keyOf(move, '#e')).toBe('move.stopDate');
  });

  it('傷病名を記載してください [例)糖尿病], name="Q1_DiseaseName": a health question, no one’s name', () => {
    const page = (caption: string, name: string) =>
      classify(`<form><div><label for="d">${caption}</label><input id="d" name="${name}" placeholder="例)糖尿病 など"></div></form>`);
    expect(keyOf(page('傷病名を記載してください', 'Q1_DiseaseName'), '#d')).toBeNull();
    expect(keyOf(page('既往歴', 'q1'), '#d')).toBeNull();
    // Control: the caption of a name, with a box named for one.
    expect(keyOf(page('お名前', 'Q1_Name'), '#d')).toBe('name.full');
  });

  it('市区町村 [ ] then 番地 [丸の内1-1-1]: a placeholder that is a sample address shows the town goes with the number', () => {
    const page = (sample: string, caption: string) =>
      classify(`<form><div><label for="p">都道府県</label><input id="p" name="pref"></div>
      <div><label for="c">市区町村</label><input id="c" name="city"></div>
      <div><label for="n">${caption}</label><input id="n" name="street" placeholder="${sample}"></div></form>`);
    expect(keyOf(page('丸の内1-1-1', '番地'), '#c')).toBe('oldAddress.city');
    expect(keyOf(page('丸の内1-1-1', '番地'), '#n')).toBe('oldAddress.townBlock');
    expect(keyOf(page('丸の内1-1-1 〇〇ビル 10F', '番地・建物名'), '#n')).toBe('oldAddress.afterCity');
    // Control: a sample of the number alone leaves the town with the city.
    expect(keyOf(page('1-1-1', '番地'), '#c')).toBe('oldAddress.cityTown');
    expect(keyOf(page('1-1-1 〇〇ビル 10F', '番地・建物名'), '#n')).toBe('oldAddress.blockBuilding');
  });

  it('<div> | 現住所 | 新住所</div> over rows 郵便番号 | 213-0001 | [ ]: the shown value is passed over, the box is the new home', () => {
    const page = (head: string) =>
      classify(`<div class="grid"><div class="t"><div></div><div>現住所</div><div>${head}</div></div>
      <div class="r"><div>郵便番号</div><div>213-0001</div><div><input class="zip" value=""></div></div>
      <div class="r"><div>都道府県</div><div>神奈川県</div><div><input id="p" name="f2"></div></div>
      <div class="r"><div>市区町村～番地</div><div>川崎市高津区上作延1-2-3</div><div><input id="a" name="f3"></div></div>
      <div class="r"><div>建物名～号室</div><div>レオパレス溝の口103</div><div><input id="b" name="f4"></div></div></div>`);
    const f = page('新住所');
    expect(keyOf(f, '#p')).toBe('newAddress.prefecture');
    expect(keyOf(f, '#a')).toBe('newAddress.line1');
    expect(keyOf(f, '#b')).toBe('newAddress.building');
    // Control: a column headed with no side leaves the side unknown (the old home by default).
    expect(keyOf(page('入力'), '#p')).toBe('oldAddress.prefecture');
  });

  it('転入日 | <input type="date" style="display:none"> <input type="text">: the shown box of a picker takes the row caption', () => {
    const page = (style: string) =>
      classify(`<form><div class="row"><div class="c">転入日</div><div class="v">
      <input type="date" name="tenyuDate" id="d" style="${style}"> <input type="text" id="t" value="">
      <span>[カレンダー]</span></div></div></form>`);
    expect(keyOf(page('display: none;'), '#t')).toBe('move.date');
    // Control: with both boxes shown, the caption speaks for the first.
    const both = page('');
    expect(keyOf(both, '#d')).toBe('move.date');
    expect(keyOf(both, '#t')).not.toBe('move.date');
  });

  it('引越しの予定日 over 予定月日 [月▾][日▾], names saying nothing: the selects are the move’s date', () => {
    const months = Array.from({ length: 12 }, (_, i) => `<option>${i + 1}月</option>`).join('');
    const days = Array.from({ length: 31 }, (_, i) => `<option>${i + 1}日</option>`).join('');
    const page = (title: string) =>
      classify(`<form><div class="form-group"><p class="form-group-title">${title}</p>
      <label><span>予定月日</span><span class="field-inline"><select id="m" name="zqj"><option>月を選択</option>${months}</select>
      <select id="d" name="zqk"><option>日を選択</option>${days}</select></span></label></div></form>`);
    const f = page('引越しの予定日');
    expect(keyOf(f, '#m')).toBe('move.date#month');
    expect(keyOf(f, '#d')).toBe('move.date#day');
    // Control: under a heading that names no kind of date, the selects name none either.
    expect(keyOf(page('ご希望の日程'), '#m')).toBeNull();
  });

  it('電話番号 [選択▾] [ ] [ ] [ ]: the caption reached only the kind select; the boxes after it are the number', () => {
    // (The boxes' class names nothing: a class such as tel_text would say phone by itself.)
    const page = (caption: string) =>
      classify(`<form><div class="form_column"><div class="form_name">${caption}<span>※</span></div>
      <div class="column"><select name="zqq"><option value="a">選択</option><option>自宅</option><option>携帯</option></select>
      <input class="box" maxlength="5" name="zqr" id="a"> <input class="box" maxlength="5" name="zqs" id="b">
      <input class="box" maxlength="5" name="zqt" id="c"></div></div></form>`);
    const f = page('電話番号');
    expect(keyOf(f, '#a')).toBe('phone#1');
    expect(keyOf(f, '#b')).toBe('phone#2');
    expect(keyOf(f, '#c')).toBe('phone#3');
    // Control: under a caption that asks no phone, the boxes after the select stay unkeyed.
    expect(keyOf(page('ご希望の連絡方法'), '#a')).toBeNull();
  });

  it('〒[p-postal-code] then [p-region p-locality p-street-address] and nothing after: the box takes the whole address', () => {
    const page = (after: string) =>
      classify(`<form class="h-adr"><span class="p-country-name" style="display:none">Japan</span>
      <div><label for="z"><b>ご住所</b></label>〒 <input id="z" name="zip" class="p-postal-code"><br>
      <input id="a" name="addr" class="p-region p-locality p-street-address"></div>${after}</form>`);
    expect(keyOf(page(''), '#a')).toBe('oldAddress.full');
    // Control: with a box for the rest (p-extended-address), the lookup's box takes no more than it is filled with.
    const rest = page('<div><input id="r" name="rest" class="p-extended-address"></div>');
    expect(keyOf(rest, '#a')).not.toBe('oldAddress.full');
    expect(keyOf(rest, '#r')).toBe('oldAddress.blockBuilding');
  });
});
