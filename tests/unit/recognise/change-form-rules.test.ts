// @vitest-environment happy-dom
// Change-of-details forms and the words around them: sections a checkbox of 変更区分 opens under
// hidden headings, dependants, the day an address changed, a subscriber's own address on a delivery
// step, numbered phone lines with notes, mobile e-mail, a person's or a company's name, readings marked
// after a row, notes that speak of a part, invented prefectures, romanised samples, captions spaced
// out letter by letter, a form plugin's box shape, 市町名, 所属名, 児童手当, boxes named for a dependant,
// an account's holder and its reading, a post's addressee, a referrer, names in 英文, names of things,
// a reading row's second box, an address's reading split over boxes, and a region's prefectures.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('change-of-details forms', () => {
  const changeForm = (choices: string, heading: string) =>
    classify(`<form><table><tr><th>申請者氏名</th><td><input id="who" name="applicant"></td></tr>
      <tr><th>変更区分</th><td>${choices}</td></tr></table>
      <header style="display:none"><h2>${heading}</h2></header>
      <table style="display:none">
      <tr><th>変更日</th><td><input id="d" name="f_date" placeholder="yyyy/mm/dd"></td></tr>
      <tr><th>郵便番号</th><td><input id="z" name="f_zip"></td></tr>
      <tr><th>住所</th><td><input id="a" name="f_addr"></td></tr></table></form>`);

  it('a section hidden under its heading is opened by the 変更区分 choice that names it, long as the choice is', () => {
    const opened = changeForm('<label><input type="checkbox" name="cat" value="2"> 住所（会社で手配する社宅は除く）・電話番号</label>', '住所情報');
    expect(keyOf(opened, '#z')).toMatch(/Address\.postalCode$/);
    expect(keyOf(opened, '#a')).toMatch(/Address\.full$/);
    // Control: with no choice that names the section, a hidden block stays a trap's.
    const unnamed = changeForm('<label><input type="checkbox" name="cat" value="2"> 氏名</label>', '住所情報');
    expect(keyOf(unnamed, '#z')).toBeNull();
  });

  it('変更日 under a heading of address rows is the day of the move; under another heading it is not', () => {
    const choice = (word: string) => `<label><input type="checkbox" name="cat" value="2"> ${word}（詳しくは下記）・電話番号</label>`;
    expect(keyOf(changeForm(choice('住所'), '住所情報<i><br>Address Information</i>'), '#d')).toBe('move.date');
    // Control: the same date under a heading of the name's change.
    expect(keyOf(changeForm(choice('氏名'), '氏名情報'), '#d')).toBeNull();
  });

  it('a hidden heading 扶養情報 sets the rows under it apart as a dependant’s, not the applicant’s', () => {
    const page = (heading: string) =>
      classify(`<form><p>お名前</p><input id="me" name="me">
      <p><label><input type="checkbox" name="cat" value="1"> ${heading.replace('情報', '')}</label></p>
      <header style="display:none"><h2>${heading}</h2></header>
      <table style="display:none"><tr><th>氏名(漢字)</th><td>姓 <input id="f" name="d_last"> 名 <input id="g" name="d_first"></td></tr>
      <tr><th>性別</th><td><select id="s" name="d_sex"><option value="">選択</option><option>男</option><option>女</option></select></td></tr></table></form>`);
    expect(keyOf(page('扶養情報'), '#f')).toBe('household[0].name.family');
    expect(keyOf(page('扶養情報'), '#s')).toBe('household[0].gender');
    // Control: under a heading of the user's own name change, the same rows are the user's.
    expect(keyOf(page('氏名情報'), '#f')).toBe('name.family');
  });
});

describe('delivery steps, phones and e-mail', () => {
  it('on a step titled お届け先, the address before a switch to a different address is the subscriber’s', () => {
    const page = (switchRow: string) =>
      classify(`<form><section><ol class="registration-status"><li class="is-active">お客さま<br>情報入力</li><li class="is-active">お届け先<br>情報入力</li><li>確認</li></ol></section>
      <dl><dt>郵便番号</dt><dd><input id="z" name="member[zip]"></dd></dl>
      <dl><dt>住所</dt><dd><input id="a" name="member[address]"></dd></dl>${switchRow}
      <dl><dt>郵便番号</dt><dd><input id="z2" name="delivery[zip]"></dd></dl>
      <dl><dt>住所</dt><dd><input id="a2" name="delivery[address]"></dd></dl>
      <dl><dt>電話番号</dt><dd><input id="t" name="member[tel]" type="tel"></dd></dl></form>`, 'お届け先情報入力');
    const withSwitch = page('<dl><dt>ギフトの配送先</dt><dd><input type="checkbox" name="flag" value="1"><label>配達先住所が異なる場合、チェックして別の住所を入力</label></dd></dl>');
    expect(keyOf(withSwitch, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(withSwitch, '#a')).toBe('oldAddress.full');
    expect(keyOf(withSwitch, '#z2')).toBeNull();
    expect(keyOf(withSwitch, '#t')).toBe('phone');
    // Control: with no such switch, a step about お届け先 asks for a recipient.
    expect(keyOf(page(''), '#z')).toBeNull();
  });

  it('電話番号1（日中連絡が取れる番号） / 電話番号2, each a whole number, are two numbers, not parts', () => {
    const page = (note: string) =>
      classify(`<form><div><label>電話番号1${note}</label><input id="a" name="tel1" placeholder="09012345678"></div>
      <div><label>電話番号2</label><input id="b" name="tel2" placeholder="09012345678"></div></form>`);
    expect(keyOf(page('（日中連絡が取れる番号）'), '#a')).toBe('phone');
    expect(keyOf(page('（日中連絡が取れる番号）'), '#b')).toBe('phoneAlt');
    // Control: the same boxes with no placeholder of a whole number are the parts of one.
    const parts = classify(`<form><div><label>電話番号</label><input id="a" name="tel1" maxlength="4">-<input id="b" name="tel2" maxlength="4"></div></form>`);
    expect(keyOf(parts, '#a')).toBe('phone#1');
  });

  it('モバイルメールアドレス after the main address is another address, not its confirmation', () => {
    const page = (second: string) =>
      classify(`<form><div><label for="a">メールアドレス</label><input id="a" name="mail" type="email"></div>
      <div><label for="b">${second}</label><input id="b" name="mail2" type="email"></div></form>`);
    expect(keyOf(page('モバイルメールアドレス'), '#b')).toBeNull();
    // Control: a box asking for the address again confirms it.
    expect(keyOf(page('メールアドレス（確認用）'), '#b')).toBe('emailConfirm');
  });
});

describe('names and their readings', () => {
  it('氏名または法人名 asks for the person’s name first; 法人名 alone is a company’s', () => {
    const page = (caption: string) =>
      classify(`<form><div><label for="n">${caption}</label><input id="n" name="name" placeholder="例：田中　太郎"></div>
      <div><label for="k">ふりがな</label><input id="k" name="nameKana"></div></form>`);
    expect(keyOf(page('氏名または法人名'), '#n')).toBe('name.full');
    expect(keyOf(page('氏名または法人名'), '#k')).toBe('name.fullKana');
    // Controls: a company's name alone, and 氏名（法人の場合は担当者様）, which speaks of a company's case only.
    expect(keyOf(page('法人名'), '#n')).toBeNull();
    expect(keyOf(page('お名前（法人の場合は担当者様）'), '#n')).toBeNull();
  });

  it('所属名 (Department Name) is the name of a department, not a person’s', () => {
    const page = (caption: string) => classify(`<form><table><tr><th>社員番号</th><td><input id="e" name="e"></td></tr>
      <tr><th>${caption}</th><td><input id="x" name="x"></td></tr>
      <tr><th>申請者氏名</th><td><input id="n" name="n"></td></tr></table></form>`);
    expect(keyOf(page('所属名<br>Department Name'), '#x')).toBeNull();
    expect(keyOf(page('所属名<br>Department Name'), '#n')).toBe('name.full');
    // Control: a name row in the same place is read as a name.
    expect(keyOf(page('氏名'), '#x')).toBe('name.full');
  });

  it('（姓が変わる場合のみ） is a note, not the part of the name the box takes', () => {
    const page = (caption: string) => classify(`<form><div><label for="n">${caption}</label><input id="n" name="new_name"></div></form>`);
    expect(keyOf(page('変更後 戸籍氏名（漢字）（姓が変わる場合のみ）'), '#n')).toBe('name.full');
    // Control: a bracket that is the part itself decides it.
    expect(keyOf(page('変更後 戸籍氏名（姓）'), '#n')).toBe('name.family');
  });

  it('姓[ ] 名[ ]（フリガナ）: the reading marked after the row’s last box is both boxes’', () => {
    const page = (mark: string) =>
      classify(`<form><table><tr><td rowspan="2"><p>保護者の氏名</p></td>
      <td><p>姓<input name="kj1" id="a"> 名<input name="kj2" id="b"><span>（漢字）</span></p></td></tr>
      <tr><td><p>姓<input name="kn1" id="c"> 名<input name="kn2" id="d"><span>${mark}</span></p></td></tr></table></form>`);
    expect(keyOf(page('（フリガナ）'), '#c')).toBe('name.familyKana');
    expect(keyOf(page('（フリガナ）'), '#d')).toBe('name.givenKana');
    expect(keyOf(page('（フリガナ）'), '#a')).toBe('name.family');
    // Control: a note that is no reading mark leaves the box the name itself.
    expect(keyOf(page('（全角）'), '#c')).not.toBe('name.familyKana');
  });

  it('お 名 前, spaced out letter by letter, is one word: the whole name over two boxes', () => {
    const page = (caption: string) =>
      classify(`<form><table><tr><th>${caption}</th><td><input name="name1" id="a"> <input name="name2" id="b"></td></tr></table></form>`);
    expect(keyOf(page('お 名 前'), '#a')).toBe('name.family');
    expect(keyOf(page('お 名 前'), '#b')).toBe('name.given');
  });
});

describe('addresses and their samples', () => {
  it('a note asking to add the building if there is one widens the box; it is no building box', () => {
    const page = (note: string) =>
      classify(`<form><div><label for="z">郵便番号</label><input id="z" name="zip"></div>
      <div><label for="a">新住所</label><input id="a" name="new_address"><p>${note}</p></div></form>`);
    expect(keyOf(page('建物名・部屋番号がある場合は忘れずに記載してください'), '#a')).toBe('newAddress.full');
    // Control: a note naming the building alone as what goes in the box.
    expect(keyOf(page('建物名・部屋番号'), '#a')).not.toBe('newAddress.full');
  });

  it('a sample from a demo site’s made-up prefecture (桜県○○市) still starts at the prefecture', () => {
    const page = (sample: string) => classify(`<form><div><label for="a">住所</label><input id="a" name="address" placeholder="${sample}"></div></form>`);
    expect(keyOf(page('例）桜県○○市○○町1-2-3'), '#a')).toBe('oldAddress.full');
    // Control: a sample from the city on leaves the prefecture out.
    expect(keyOf(page('例）○○市○○町1-2-3'), '#a')).not.toBe('oldAddress.full');
  });

  it('romanised samples name parts by their suffixes: Shinjuku-ku is a city, 1-2-3 Kabukicho a town and block', () => {
    const page = (city: string, street: string) =>
      classify(`<form><h2>New address 新住所</h2>
      <div><label for="z">Postal code 〒</label><input id="z" placeholder="123-4567"></div>
      <div><label for="c">City 市区町村</label><input id="c" placeholder="${city}"></div>
      <div><label for="s">Street address 番地</label><input id="s" placeholder="${street}"></div></form>`);
    expect(keyOf(page('Shinjuku-ku', '1-2-3 Kabukicho'), '#c')).toBe('newAddress.city');
    // Control: a street sample with no town leaves the town to the city box.
    expect(keyOf(page('Shinjuku-ku', '1-2-3'), '#c')).toBe('newAddress.cityTown');
  });

  it('お住まいの市町名 asks for the city (or the town that is a municipality), not the 町名 within one', () => {
    const page = (caption: string) => classify(`<form><div><label for="a">${caption}</label><input id="a" name="a"></div></form>`);
    expect(keyOf(page('お住まいの市町名'), '#a')).toBe('oldAddress.city');
    // Control: 町名 alone is the town.
    expect(keyOf(page('町名'), '#a')).toBe('oldAddress.town');
  });

  it('size="40" maxlength="400" on every box of a form says nothing: zip1 - zip2 stay the postal code', () => {
    const shaped = 'size="40" maxlength="400"';
    const page = (otherShape: string) =>
      classify(`<form><dl><dt>お名前</dt><dd><input type="text" name="name" ${shaped}></dd>
      <dt>自宅住所</dt><dd><input type="text" name="home-postal1" id="p1" ${shaped}><span>-</span><input type="text" name="home-postal2" id="p2" ${shaped}>
      <input type="text" name="home-prefecture" ${otherShape} placeholder="例）東京都"><input type="text" name="home-city" ${otherShape} placeholder="例）品川区"></dd></dl></form>`);
    expect(keyOf(page(shaped), '#p1')).toBe('oldAddress.postalCode#1');
    // Control: where the other boxes are shaped otherwise, a zip box shaped for a line of text is a line.
    expect(keyOf(page('size="10"'), '#p1')).not.toBe('oldAddress.postalCode#1');
  });
});

describe('benefits named for children', () => {
  it('児童手当 in the page’s title names a benefit, not a child: the claimant’s rows are the user’s', () => {
    const page = (title: string) =>
      classify(`<h1>${title}</h1><form><h2>請求者</h2><div><label for="n">請求者氏名</label><input id="n" name="parent_name"></div>
      <div><label for="t">電話番号</label><input id="t" name="phone" type="tel"></div></form>`);
    expect(keyOf(page('児童手当 認定請求'), '#n')).toBe('name.full');
    expect(keyOf(page('児童手当 認定請求'), '#t')).toBe('phone');
    // Control: a heading about the child sets the rows apart.
    expect(keyOf(page('児童の情報'), '#t')).toBeNull();
  });
});

describe('other people on the user’s form', () => {
  it('boxes named for a dependant or a spouse (dependent_birthday) are theirs, whatever their captions', () => {
    const page = (prefix: string) =>
      classify(`<form><h1>追加</h1><div><label>姓（漢字）</label><input id="f" name="${prefix}_kanji_last_name"></div>
      <div><label>名（漢字）</label><input id="g" name="${prefix}_kanji_first_name"></div>
      <div><label>生年月日</label><input id="b" name="${prefix}_birthday" type="date"></div></form>`);
    expect(keyOf(page('dependent'), '#f')).toBeNull();
    expect(keyOf(page('spouse'), '#b')).toBeNull();
    // Control: the same boxes named for the member are the user's.
    expect(keyOf(page('member'), '#f')).toBe('name.family');
    expect(keyOf(page('member'), '#b')).toBe('birthDate');
  });

  it('名義人 [例：山田 太郎] and its フリガナ under a refund account are the holder’s', () => {
    const page = (heading: string) =>
      classify(`<form><div><label for="n">氏名</label><input id="n" name="name"></div>
      <h2>${heading}</h2><div><label for="b">金融機関名</label><input id="b" name="bankName" placeholder="例：みずほ銀行"></div>
      <div><label for="h">名義人</label><input id="h" name="holder" placeholder="例：山田 太郎"></div>
      <div><label for="k">フリガナ</label><input id="k" name="holderKana" placeholder="例：ヤマダ タロウ"></div></form>`);
    expect(keyOf(page('精算金振込先口座'), '#h')).toBeNull();
    expect(keyOf(page('精算金振込先口座'), '#k')).toBeNull();
    // Control: 名義人 with no account around it names the contract's holder, the user.
    const contract = classify(`<form><h2>ご契約内容</h2><div><label for="h">名義人</label><input id="h" name="holder" placeholder="例：山田 太郎"></div>
      <div><label for="k">フリガナ</label><input id="k" name="holderKana" placeholder="例：ヤマダ タロウ"></div></form>`);
    expect(keyOf(contract, '#h')).toBe('name.full');
    expect(keyOf(contract, '#k')).toBe('name.fullKana');
  });

  it('紹介して頂いた方のお名前 is a referrer’s name', () => {
    const page = (caption: string) =>
      classify(`<form><div><label for="n">お名前</label><input id="n" name="name"></div>
      <div><input id="r" name="visit_note" placeholder="${caption}"></div></form>`);
    expect(keyOf(page('紹介して頂いた方のお名前'), '#r')).toBeNull();
    // Control: the user's own name asked again in the same place is read as a name.
    expect(keyOf(page('ご来店者のお名前'), '#r')).not.toBeNull();
  });

  it('req_mailing_name is where a post goes, not an e-mail; req_mail is an e-mail', () => {
    const page = (name: string) => classify(`<form><div><input id="x" name="${name}"></div></form>`);
    expect(keyOf(page('req_mailing_name'), '#x')).not.toBe('email');
    // Control: a box named for mail alone.
    expect(keyOf(page('req_mail'), '#x')).toBe('email');
  });

  it('都道府県・市町 [ ] asks for two parts no key holds together; 番地 after it is still the block', () => {
    const page = (caption: string) =>
      classify(`<form><div><label for="a">${caption}</label><input id="a" name="u_address"></div>
      <div><label for="b">番地</label><input id="b" name="u_address2"></div></form>`);
    expect(keyOf(page('都道府県・市町'), '#a')).toBeNull();
    expect(keyOf(page('都道府県・市町'), '#b')).toBe('oldAddress.block');
    // Control: 都道府県 alone is the prefecture.
    expect(keyOf(page('都道府県'), '#a')).toBe('oldAddress.prefecture');
  });
});

describe('readings, scripts and choices', () => {
  it('（英文表記） over 姓 / 名 boxes asks for the name in the Latin alphabet', () => {
    const page = (caption: string) =>
      classify(`<form><div><label>${caption}</label><input id="f" name="姓(英文)" placeholder="TOYAMA"><input id="g" name="名(英文)" placeholder="TARO"></div></form>`);
    expect(keyOf(page('(英文表記)'), '#f')).toBe('name.familyRomaji');
    // Control: the same boxes captioned in kanji are the name itself.
    const kanji = classify(`<form><div><label>お名前</label><input id="f" name="sei"><input id="g" name="mei"></div></form>`);
    expect(keyOf(kanji, '#f')).toBe('name.family');
  });

  it('id="source-name", shopName, team_name name a thing, not a person', () => {
    const page = (id: string) => classify(`<form><p>差し支えなければ、具体的な名称を入力してください。</p><input id="${id}" type="text"></form>`);
    expect(keyOf(page('source-name'), '#source-name')).toBeNull();
    expect(keyOf(page('shopName'), '#shopName')).toBeNull();
    // Control: a box named for the person's name.
    expect(keyOf(page('customer-name'), '#customer-name')).toBe('name.full');
  });

  it('フリガナ over [例）ヤマダ] [例）タロウ]: the second box, a given name by its own name, is in kana too', () => {
    const page = (caption: string) =>
      classify(`<form><div><div>${caption}</div><ul>
      <li><input type="text" name="c_name_f_1" id="a"><br><span>例）ヤマダ</span></li>
      <li><input type="text" name="c_name_f_2" id="b"><br><span>例）タロウ</span></li></ul></div></form>`);
    expect(keyOf(page('フリガナ'), '#a')).toBe('name.familyKana');
    expect(keyOf(page('フリガナ'), '#b')).toBe('name.givenKana');
    // Control: under お名前 the same boxes are the name in kanji.
    expect(keyOf(page('お名前'), '#b')).toBe('name.given');
  });

  it('住所フリガナ then 番地フリガナ: the reading is split over boxes, so neither spells the whole address', () => {
    const page = (second: string) =>
      classify(`<form><table><tr><th>住所</th><td><input id="a" name="address"></td></tr>
      <tr><th>住所フリガナ</th><td><input id="k" name="addressKana"></td></tr>
      <tr><th>${second}</th><td><input id="n" name="other"></td></tr></table></form>`);
    expect(keyOf(page('番地フリガナ'), '#k')).toBeNull();
    // Control: with no part's reading after it, 住所フリガナ is the whole address's reading.
    expect(keyOf(page('電話番号'), '#k')).toBe('oldAddress.kana');
  });

  it('お住まいの地域 [東京都 神奈川県 … その他]: a region’s prefectures are still the prefecture', () => {
    const prefs = ['東京都', '神奈川県', '埼玉県', '千葉県', '大阪府', '愛知県', '福岡県', 'その他'];
    const page = (options: string[]) =>
      classify(`<form><div><label for="p">お住まいの地域</label><select id="p" name="prefecture"><option value="">選択してください</option>${options.map((o) => `<option>${o}</option>`).join('')}</select></div></form>`);
    expect(keyOf(page(prefs), '#p')).toBe('oldAddress.prefecture');
    // Control: a select of areas that are no prefectures is no address part.
    expect(keyOf(page(['関東', '関西', '東海', '九州', 'その他']), '#p')).not.toBe('oldAddress.prefecture');
  });

  it('<span>苗字</span> [ ] then <span>名前</span> [ ], each the caption of its own row: the family and the given name', () => {
    const row = (caption: string, id: string, sample: string) =>
      `<div class="field-row"><div><span>${caption}</span><span>※必須</span></div><div><input id="${id}" name="zq${id}" placeholder="例）${sample}" type="text"></div></div>`;
    const page = (given: string, givenKana: string) =>
      classify(`<form>${row('苗字', 'a', '山田')}${row(given, 'b', '太郎')}${row('苗字カナ', 'c', 'ヤマダ')}${row(givenKana, 'd', 'タロウ')}</form>`);
    expect(keyOf(page('名前', '名前カナ'), '#b')).toBe('name.given');
    expect(keyOf(page('名前', '名前カナ'), '#d')).toBe('name.givenKana');
    // Control: お名前 after a row of its own that is no family name stays the whole name.
    const alone = classify(`<form>${row('ご住所', 'a', '東京都')}${row('名前', 'b', '山田太郎')}</form>`);
    expect(keyOf(alone, '#b')).toBe('name.full');
  });

  it('<dt>氏名</dt><dd>姓 (例: 九工)</dd><dd>[ ]</dd>: the words in the description right before the box’s are its caption', () => {
    const page = (wrap: (mark: string) => string) =>
      classify(`<form><fieldset><legend>申請者情報</legend><dl>
      <dt>氏名</dt>${wrap('<strong>姓</strong>(例: 九工)')}<dd><input id="a" name="zqa" size="30"></dd>
      ${wrap('<strong>名</strong>(例: 太郎)')}<dd><input id="b" name="zqb" size="30"></dd>
      <dt>ふりがな</dt>${wrap('<strong>せい</strong>(例: きゅうこう)')}<dd><input id="c" name="zqc" size="30"></dd>
      ${wrap('<strong>めい</strong>(例: たろう)')}<dd><input id="d" name="zqd" size="30"></dd>
      <dt>学生番号</dt><dd><input id="e" name="zqe" size="20"></dd></dl></fieldset></form>`);
    const inDescription = page((mark) => `<dd>${mark}</dd>`);
    expect(keyOf(inDescription, '#a')).toBe('name.family');
    expect(keyOf(inDescription, '#b')).toBe('name.given');
    expect(keyOf(inDescription, '#c')).toBe('name.familyKana');
    expect(keyOf(inDescription, '#d')).toBe('name.givenKana');
    // Control: with the marks inside the boxes' own descriptions, the boxes read the same.
    const inline = classify(`<form><dl><dt>氏名</dt><dd>姓 <input id="a" name="zqa"></dd><dd>名 <input id="b" name="zqb"></dd></dl></form>`);
    expect(keyOf(inline, '#b')).toBe('name.given');
  });
});
