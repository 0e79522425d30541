// @vitest-environment happy-dom
// Steps collapsed by a component library, a place to reach the user besides the home, a form's own
// title, the units and scripts of split boxes, and words that name a pet, a child, an office, a payment
// or a property for sale.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('steps and on-demand blocks', () => {
  it('a later step collapsed with visibility: hidden (MUI Collapse) holds real fields', () => {
    const page = (hidden: string) =>
      classify(`<form>
        <div class="MuiCollapse-root MuiCollapse-vertical MuiCollapse-entered"><h6>告示日</h6><label for="d">告示日</label><input id="d" name="notificationDate"></div>
        <div class="MuiCollapse-root MuiCollapse-vertical MuiCollapse-hidden" style="${hidden}"><h6>基本情報</h6>
          <label for="n">お名前</label><input id="n" name="name" placeholder="例）選挙 太郎">
          <label for="t">電話番号</label><input id="t" name="tel">
          <label for="m">メールアドレス</label><input id="m" name="email"></div></form>`);
    expect(keyOf(page('height:0px;overflow:hidden;visibility:hidden'), '#n')).toBe('name.full');
    expect(keyOf(page('height:0px;overflow:hidden;visibility:hidden'), '#t')).toBe('phone');
    // Control: the same block shown is read the same way, and a lone hidden box with no step beside it is not.
    expect(keyOf(page(''), '#n')).toBe('name.full');
    const trap = classify(`<form><label>お名前<input name="name"></label><div style="visibility:hidden"><label>電話番号<input id="x" name="tel2"></label></div></form>`);
    expect(keyOf(trap, '#x')).toBeNull();
    expect(keyOf(trap, 'input[name="name"]')).toBe('name.full');
  });
});

describe('a place to reach the user besides the home', () => {
  const eco = (switchText: string) =>
    classify(`<form><section><h3>現住所</h3>
      <div><label>郵便番号</label><input name="address_postal_code"></div>
      <div><label>住所</label><input id="home" name="address_main"></div>
      <div><label>ふりがな</label><input id="homeKana" name="address_furigana"></div>
      <div><label>電話番号</label><input id="tel" name="phone"></div>
      <div><label>メール</label><input name="email"></div>
      <div><label><input type="checkbox" name="same"> ${switchText}</label></div>
      <div><h4>連絡先</h4>
        <div><label>郵便番号</label><input id="cz" name="contact_postal"></div>
        <div><label>住所</label><input id="ca" name="contact_main"></div>
        <div><label>電話番号</label><input id="ct" name="contact_phone"></div>
        <div><label>メール</label><input id="cm" name="contact_email"></div></div></section></form>`);

  it('[ ] 連絡先＝現住所と同じ opens another place: its address, phone and e-mail are no profile values', () => {
    const f = eco('連絡先＝現住所と同じ');
    for (const id of ['#cz', '#ca', '#ct', '#cm']) expect(keyOf(f, id), id).toBeNull();
    expect(keyOf(f, '#home')).toBe('oldAddress.full');
    expect(keyOf(f, '#tel')).toBe('phone');
    // Control: a switch that says nothing of the home leaves the second block to be read as the other home.
    expect(keyOf(eco('確認しました'), '#ca')).not.toBeNull();
  });

  it('a heading 連絡先 with [✓] 現住所と同じ heads another place, not the new home', () => {
    const page = (switchText: string) =>
      classify(`<form><div><label>現住所 郵便番号</label><input name="basic_postal"></div>
        <div><label>現住所</label><input id="home" name="basic_address"></div>
        <div><b>連絡先</b><br><input type="checkbox" name="toggle" checked><label>${switchText}</label></div>
        <div><label>連絡先 郵便番号</label><input id="cz" name="contact_postal"></div>
        <div><label>連絡先 住所</label><input id="ca" name="contact_address"></div></form>`);
    expect(keyOf(page('現住所と同じ'), '#ca')).toBeNull();
    expect(keyOf(page('現住所と同じ'), '#home')).toBe('oldAddress.full');
    // Control: 新住所 in the switch's words keeps the block a home of the user's.
    expect(keyOf(page('新住所は現住所と同じ'), '#ca')).not.toBeNull();
  });

  it('rows after 連絡先（現住所と異なる場合） that carry the same head are parts of that place', () => {
    const page = (first: string) =>
      classify(`<form><div><label for="a">現住所</label><input id="a" name="address"></div>
        <div><label for="p">電話番号</label><input id="p" type="tel" name="phone"></div>
        <div><label for="c">${first}</label><input id="c" name="contact_address"></div>
        <div><label for="k">連絡先(フリガナ)</label><input id="k" name="contact_address_kana"></div>
        <div><label for="t">連絡先 電話番号</label><input id="t" type="tel" name="contact_phone"></div></form>`);
    const f = page('連絡先(現住所と異なる場合)');
    expect(keyOf(f, '#k')).toBeNull();
    expect(keyOf(f, '#t')).toBeNull();
    expect(keyOf(f, '#p')).toBe('phone');
    // Control: without the case in brackets, 連絡先 電話番号 is a phone of the user's.
    expect(keyOf(page('連絡先住所'), '#t')).not.toBeNull();
  });

  it('連絡先（現住所と異なる場合） over 〒[ ]-[ ] and a free-text box, then 連絡先電話 [ ]-[ ]-[ ]: every piece is that place\'s', () => {
    const page = (caption: string) =>
      classify(`<form><div><label>氏名</label><input name="name"></div>
        <div><label>電話番号</label><div><input id="p1" name="phone_part1">-<input name="phone_part2">-<input name="phone_part3"></div></div>
        <div><label>${caption}</label><div><input name="contact_postal_part1" maxlength="3"><span>-</span><input name="contact_postal_part2" maxlength="4"></div>
          <textarea name="contact_address" rows="3"></textarea></div>
        <div><label>連絡先電話</label><div><input id="c1" name="contact_phone_part1" placeholder="000"><span>-</span>
          <input id="c2" name="contact_phone_part2" placeholder="0000"><span>-</span><input id="c3" name="contact_phone_part3" placeholder="0000"></div></div></form>`);
    const f = page('連絡先（現住所と異なる場合）');
    for (const id of ['#c1', '#c2', '#c3']) expect(keyOf(f, id), id).toBeNull();
    expect(keyOf(f, '#p1')).toBe('phone#1');
    // Control: under 連絡先 alone the pieces are a phone of the user's.
    expect(keyOf(page('連絡先'), '#c2')).not.toBeNull();
  });

  it('a box captioned only ふりがな right after an address box reads the address', () => {
    const page = (before: string) =>
      classify(`<form><div><label>氏名</label><input name="n"></div><div><label>ふりがな</label><input name="nk"></div>
        <div><label>郵便番号</label><input name="z"></div>${before}
        <div><label>ふりがな</label><input id="k" name="reading"></div><div><label>電話番号</label><input name="t"></div></form>`);
    expect(keyOf(page('<div><label>住所</label><input name="addr"></div>'), '#k')).toBe('oldAddress.kana');
    // Control: after a box that is no address, the same reading is no address's.
    expect(keyOf(page('<div><label>学校名</label><input name="school"></div>'), '#k')).not.toBe('oldAddress.kana');
  });
});

describe('what the page is for', () => {
  it('the heading right before a page\'s only form (住所変更申請) sets the side of its one address', () => {
    const page = (title: string) =>
      classify(`<header><h1>ようこそ、太郎 田中様</h1></header><main><h2>${title}</h2><form>
        <label for="z">郵便番号</label><input id="z" name="postalCode"><label for="p">都道府県</label><input id="p" name="prefecture">
        <label for="c">市区町村</label><input id="c" name="city"><label for="s">番地以降</label><input id="s" name="street"></form></main>`, 'ワークフロー');
    expect(keyOf(page('住所変更申請'), '#z')).toBe('newAddress.postalCode');
    // Control: a form titled for something else leaves the side unknown (old by default).
    expect(keyOf(page('会員情報の登録'), '#z')).toBe('oldAddress.postalCode');
  });
});

describe('units and scripts of split boxes', () => {
  it('[年]年 [月]月 [日]日: a box\'s own placeholder outweighs the unit printed after the box before it', () => {
    const page = (ph: [string, string, string]) =>
      classify(`<table><tr><td>お名前</td><td><input name="n"></td></tr><tr><td>生年月日</td><td><div>
        <input id="y" name="q10_year" placeholder="${ph[0]}"><label>年</label>
        <input id="m" name="q10_month" placeholder="${ph[1]}"><label>月</label>
        <input id="d" name="q10_day" placeholder="${ph[2]}"><label>日</label></div></td></tr></table>`);
    const f = page(['年', '月', '日']);
    expect([keyOf(f, '#y'), keyOf(f, '#m'), keyOf(f, '#d')]).toEqual(['birthDate#year', 'birthDate#month', 'birthDate#day']);
    // Control: with no placeholders the boxes are still read in order.
    const g = page(['', '', '']);
    expect([keyOf(g, '#y'), keyOf(g, '#m'), keyOf(g, '#d')]).toEqual(['birthDate#year', 'birthDate#month', 'birthDate#day']);
  });

  it('m_fam_kanji / m_name_kanji and m_fam_eng / m_name_eng: family and given name, in kanji and in romaji', () => {
    const f = classify(`<div>お名前</div><div><div>漢字</div><input id="kf" name="m_fam_kanji"><input id="kn" name="m_name_kanji"></div>
      <div><div>ローマ字</div><input id="ef" name="m_fam_eng"><input id="en" name="m_name_eng"></div>`);
    expect([keyOf(f, '#kf'), keyOf(f, '#kn')]).toEqual(['name.family', 'name.given']);
    expect([keyOf(f, '#ef'), keyOf(f, '#en')]).toEqual(['name.familyRomaji', 'name.givenRomaji']);
    // Control: fam1_name, numbered, is a family member's name, not a family name.
    const g = classify(`<div>同居家族1 お名前<input id="m" name="fam1_name"></div>`);
    expect(keyOf(g, '#m')).not.toBe('name.family');
  });

  it('a character counter printed at the box (/20文字) is no caption: the row title above it is', () => {
    const page = (counter: string) =>
      classify(`<form><div class="row"><div class="t">申込者名</div><input name="username"></div>
        <div class="row"><div class="t">郵便番号</div><input name="zipcode"></div>
        <div class="row"><div class="t">住所1(※全角／20文字以内)</div> <span></span>${counter} <span></span><input id="a1" name="address1"></div>
        <div class="row"><div class="t">住所2(※全角／20文字以内)</div> <span></span>${counter} <span></span><input id="a2" name="address2"></div></form>`);
    expect(keyOf(page('/20文字'), '#a1')).not.toBeNull();
    expect(keyOf(page('/20文字'), '#a2')).not.toBeNull();
    // Control: a real caption in the same place still captions the box.
    expect(keyOf(page('メールアドレス'), '#a1')).toBe('email');
  });
});

describe('someone or something else', () => {
  it('( ) 男の子 ( ) 女の子 is a child\'s sex, not the user\'s gender', () => {
    const page = (a: string, b: string) =>
      classify(`<form><label>お名前<input name="n"></label><div><label>性別</label>
        <input type="radio" id="g1" name="gender" value="${a}"><label for="g1">${a}</label>
        <input type="radio" id="g2" name="gender" value="${b}"><label for="g2">${b}</label></div></form>`);
    const kids = page('男の子', '女の子');
    expect(keyOf(kids, '#g1')).toBeNull();
    expect(keyOf(kids, 'input[name="n"]')).toBe('name.full');
    // Control: 男性 / 女性 is the user's gender.
    expect(keyOf(page('男性', '女性'), '#g1')).toBe('gender');
  });

  it('ねこのお名前 and 犬の名前 name a pet', () => {
    const page = (caption: string) => classify(`<form><p>飼い主様のお名前<input name="owner"></p><p>${caption}<input id="p" name="pet"></p></form>`);
    const cat = page('ねこのお名前');
    expect(keyOf(cat, '#p')).toBeNull();
    expect(keyOf(cat, 'input[name="owner"]')).toBe('name.full');
    expect(keyOf(page('犬の名前'), '#p')).toBeNull();
    // Control: お名前 alone is the user's.
    expect(keyOf(classify(`<form><p>お名前<input id="p" name="pet"></p></form>`), '#p')).toBe('name.full');
  });

  it('支給開始予定日 is the start of a payment, not of a service at the new home', () => {
    const page = (caption: string) => classify(`<form><p>お名前<input name="name"></p><p>${caption}<input id="d" name="startDate" type="date"></p></form>`);
    const pay = page('支給開始予定日');
    expect(keyOf(pay, '#d')).toBeNull();
    expect(keyOf(pay, 'input[name="name"]')).toBe('name.full');
    expect(keyOf(page('年金の支払開始日'), '#d')).toBeNull();
    // Control: 使用開始予定日 is the start of the service.
    expect(keyOf(page('使用開始予定日'), '#d')).toBe('move.startDate');
  });

  it('事務所電話番号 is an office\'s phone, not a second phone of the user\'s', () => {
    const page = (caption: string) =>
      classify(`<form><label>お名前<input name="name"></label><label>電話番号<input name="tel"></label><label>${caption}<input id="o" name="officeTel"></label></form>`);
    const office = page('事務所電話番号');
    expect(keyOf(office, '#o')).toBeNull();
    expect(keyOf(office, 'input[name="tel"]')).toBe('phone');
    // Control: 携帯電話番号 is a phone of the user's.
    expect(keyOf(page('携帯電話番号'), '#o')).not.toBeNull();
  });

  it('the boxes beside ご売却物件のご住所, named only by their part, are the property\'s too', () => {
    const page = (caption: string) =>
      classify(`<form><div><label>ご売却物件の郵便番号</label><input name="zip"></div>
        <div><div><label>${caption}</label></div><div><select name="pref" aria-label="都道府県"><option>北海道</option><option>青森県</option><option>東京都</option></select>
        <input id="c" type="text" name="city" placeholder="市区町村"><input id="t" type="text" name="town" placeholder="町名"></div></div>
        <div><label>お名前</label><input name="n"></div><div><label>電話番号</label><input name="t"></div></form>`, '売却査定');
    expect(keyOf(page('ご売却物件のご住所'), '#c')).toBeNull();
    const sale = page('ご売却物件のご住所');
    expect(keyOf(sale, '#t')).toBeNull();
    expect(keyOf(sale, 'input[name="n"]')).toBe('name.full');
    // Control: under ご住所 alone the same boxes are the user's.
    expect(keyOf(page('ご住所'), '#c')).not.toBeNull();
  });

  it('a lone 住所 box whose example stops at a placeholder town (栃木県那須塩原市○○) takes the whole address', () => {
    const page = (sample: string) =>
      classify(`<form><label for="n">お名前</label><input id="n" name="name"><label for="z">郵便番号</label><input id="z" name="postcode">
        <label for="a">住所</label><input id="a" name="address" placeholder="例: ${sample}"><label for="t">電話番号</label><input id="t" name="phone"></form>`);
    expect(keyOf(page('栃木県那須塩原市○○'), '#a')).toBe('oldAddress.full');
    // Control: an example with the block is the whole address but the building, which no box asks for.
    expect(keyOf(page('栃木県那須塩原市共墾社1-2-3'), '#a')).toBe('oldAddress.full');
  });
});

describe('from the probes: names and ids made meaningless, captions moved into placeholders', () => {
  it('漢字 [ ][ ] over カタカナ [ ][ ] and ローマ字 [ ][ ]: each script\'s row is a name split in two', () => {
    const f = classify(`<div>お名前</div><div><div>漢字</div><input id="a" name="f1"><input id="b" name="f2"></div>
      <div><div>カタカナ</div><input id="c" name="f3"><input id="d" name="f4"></div>
      <div><div>ローマ字</div><input id="e" name="f5"><input id="g" name="f6"></div>`);
    expect([keyOf(f, '#a'), keyOf(f, '#b')]).toEqual(['name.family', 'name.given']);
    expect([keyOf(f, '#c'), keyOf(f, '#d')]).toEqual(['name.familyKana', 'name.givenKana']);
    expect([keyOf(f, '#e'), keyOf(f, '#g')]).toEqual(['name.familyRomaji', 'name.givenRomaji']);
    // Control: 漢字で入力 is a note on how to type, not a name's row.
    const g = classify(`<div><div>お名前</div><input id="n" name="f0"></div><div><div>漢字で入力</div><input id="a" name="f1"></div>`);
    expect(keyOf(g, '#a')).toBeNull();
    expect(keyOf(g, '#n')).toBe('name.full');
  });

  it('placeholders YYYY / MM / DD under 生年月日 are the year, the month and the day', () => {
    const page = (ph: [string, string, string]) =>
      classify(`<form><label>氏名</label><input name="f1"><label>生年月日（年/月/日）</label><div>
        <input id="y" name="f2" placeholder="${ph[0]}"><input id="m" name="f3" placeholder="${ph[1]}"><input id="d" name="f4" placeholder="${ph[2]}"></div></form>`);
    const f = page(['YYYY', 'MM', 'DD']);
    expect([keyOf(f, '#y'), keyOf(f, '#m'), keyOf(f, '#d')]).toEqual(['birthDate#year', 'birthDate#month', 'birthDate#day']);
    // Control: one box whose placeholder is the whole format (YYYY/MM/DD) takes the whole date.
    const g = classify(`<form><label>氏名</label><input name="f1"><label>生年月日</label><input id="w" name="f2" placeholder="YYYY/MM/DD"></form>`);
    expect(keyOf(g, '#w')).toBe('birthDate');
  });

  it('電話番号 1 [whole] then 電話番号 2 [ ]-[ ]-[ ]: two numbers, the second in three pieces', () => {
    const page = (firstShape: string) =>
      classify(`<form id="main"><div><label>お名前</label><input name="f0"></div>
        <div class="input-group"><label>電話番号 1</label><input id="p" name="f1" type="text"${firstShape}></div><br>
        <div class="form-group"><label>電話番号 2</label><div class="form-inline">
          <div class="input-group"><input id="a" name="f2" type="tel" maxlength="5"><span><b>-</b></span></div>
          <div class="input-group"><input id="b" name="f3" type="tel" maxlength="5"><span><b>-</b></span></div>
          <div class="input-group"><input id="c" name="f4" type="tel" maxlength="5"></div></div></div></form>`);
    const f = page('');
    expect(keyOf(f, '#p')).toBe('phone');
    expect([keyOf(f, '#a'), keyOf(f, '#b'), keyOf(f, '#c')]).toEqual(['phoneAlt#1', 'phoneAlt#2', 'phoneAlt#3']);
    // Control: a first box shaped for a piece (maxlength 4) is not told apart from the pieces after it.
    expect(keyOf(page(' maxlength="4"'), '#a')).not.toBe('phoneAlt#1');
  });

  it('a free-text box with a katakana word (メモ) as its placeholder takes no name', () => {
    const page = (box: string) => classify(`<form><label>電話番号<input name="f1"></label><label>${box}</label></form>`);
    const memo = page('<textarea id="m" name="f2" placeholder="メモ"></textarea>');
    expect(keyOf(memo, '#m')).toBeNull();
    expect(keyOf(memo, 'input[name="f1"]')).toBe('phone');
    // Control: a one-line box with a name's reading as its sample is a name's reading.
    expect(keyOf(page('<input id="m" name="f2" placeholder="ヤマダ タロウ">'), '#m')).toBe('name.fullKana');
  });

  it('a postal lookup\'s target box with an example (〇〇区) takes the whole address, not the example\'s part', () => {
    const page = (sample: string) =>
      classify(`<form><label for="n">保護者氏名</label><input id="n" name="f1">
        <label for="z">郵便番号</label><input id="z" name="postCode" onKeyUp="AjaxZip3.zip2addr(this,'','address','address');">
        <label for="a">住所</label><input id="a" name="address" placeholder="${sample}"></form>`);
    expect(keyOf(page('〇〇区'), '#a')).toBe('oldAddress.full');
    // Control: with no example the lookup's box takes the whole address too.
    expect(keyOf(page(''), '#a')).toBe('oldAddress.full');
  });

  it('紹介先 and 紹介元 name who sent the user, not where the user lives', () => {
    const page = (caption: string) =>
      classify(`<form><label>保護者氏名<input name="n"></label><label>郵便番号<input name="z"></label><label>住所<input name="a"></label>
        <label>${caption}<input id="r" name="intro" placeholder="〇〇区役所"></label></form>`);
    const referred = page('紹介先');
    expect(keyOf(referred, '#r')).toBeNull();
    expect(keyOf(referred, 'input[name="n"]')).toBe('name.full');
    // Control: the same box captioned 市区町村 is a part of the user's address.
    expect(keyOf(page('市区町村'), '#r')).not.toBeNull();
  });
});

describe('a recipient named in the rows', () => {
  it('配送先宛名 then 郵便番号 and 市区町村 under the same heading: the address rows are the recipient\'s', () => {
    const page = (recipientRow: string) =>
      classify(`<form><h2>お申込者・配送先情報入力</h2><dl>
        <dt>お申込者名</dt><dd><input name="c_name"></dd><dt>電話番号</dt><dd><input name="c_tel"></dd>
        ${recipientRow}
        <dt>郵便番号</dt><dd>〒<input id="z1" name="l_zip1" maxlength="3">-<input name="l_zip2" maxlength="4"></dd>
        <dt>市区町村</dt><dd><input id="a" name="d_address" placeholder="例)江東区新砂"></dd></dl></form>`);
    const f = page('<dt>配送先宛名</dt><dd><input name="d_name"><input type="button" value="お申込者と同じ"></dd><dt>配送先電話番号</dt><dd><input name="staff_tel"></dd>');
    expect(keyOf(f, '#z1')).toBeNull();
    expect(keyOf(f, '#a')).toBeNull();
    expect(keyOf(f, 'input[name="c_tel"]')).toBe('phone');
    // Control: without the recipient's row the same address is the applicant's.
    expect(keyOf(page(''), '#a')).not.toBeNull();
  });
});

describe('a moving estimate', () => {
  it('集荷先 and お届け先 blocks on a page about a move are the old and the new home', () => {
    const page = (title: string) =>
      classify(`<h1>${title}</h1><form>
        <div><h2>集荷先</h2><label>市区町村</label><input id="pc" name="pickup_city" placeholder="例：渋谷区"><label>町名</label><input name="pickup_town"></div>
        <div><h2>お届け先</h2><label>市区町村</label><input id="dc" name="delivery_city" placeholder="例：新宿区"><label>町名</label><input name="delivery_town"></div></form>`, title);
    const f = page('引越し見積もり');
    expect(keyOf(f, '#pc')).toBe('oldAddress.city');
    expect(keyOf(f, '#dc')).toBe('newAddress.city');
    // Control: on a courier's pick-up request the お届け先 is a recipient's.
    const courier = page('集荷のお申し込み');
    expect(keyOf(courier, '#dc')).toBeNull();
    expect(keyOf(courier, '#pc')).toBe('oldAddress.city');
  });
});

describe('address rows of a member page', () => {
  it('[▾] 住所 · 住所（市区） · 住所（町村以下） · 住所（アパート・ビル名）: prefecture, city, town with the block, building', () => {
    const page = (list: string) =>
      classify(`<form><table>
        <tr><th>郵便番号</th><td><input name="zip1" maxlength="3">-<input name="zip2" maxlength="4"></td></tr>
        <tr><th>住所</th><td><select id="p" name="area">${list}</select></td></tr>
        <tr><th>住所（市区）</th><td><input id="c" name="addr1"></td></tr>
        <tr><th>住所（町村以下）</th><td><input id="t" name="addr2"></td></tr>
        <tr><th>住所（アパート・ビル名）</th><td><input id="b" name="addr3"></td></tr></table></form>`);
    const f = page('<option>お選び下さい</option>');
    expect(keyOf(f, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(f, '#t')).toBe('oldAddress.townBlock');
    expect(keyOf(f, '#b')).toBe('oldAddress.building');
    // Control: with its 47 prefectures filled in, the list is read as the prefecture all the same.
    const prefectures = ['北海道', '青森県', '岩手県', '宮城県', '秋田県', '東京都', '大阪府'].map((p) => `<option>${p}</option>`).join('');
    expect(keyOf(page(prefectures), '#p')).toBe('oldAddress.prefecture');
  });
});

describe('from g227', () => {
  it('a password box between captions ends the words before the next box (パスワード does not caption 郵便番号)', () => {
    const page = (middle: string) =>
      classify(`<form><label>氏名</label><input type="text" name="shimei"><label>パスワード</label>${middle}
        <label>郵便番号</label><input type="text" id="z" name="yuubin_bangou"><label>住所</label><input type="text" name="address"></form>`);
    expect(keyOf(page('<input type="password" name="password">'), '#z')).toBe('oldAddress.postalCode');
    // Control: a text box in the same place ends the words the same way, and the password box takes nothing.
    expect(keyOf(page('<input type="text" name="nickname">'), '#z')).toBe('oldAddress.postalCode');
    const f = page('<input type="password" id="pw" name="password">');
    expect(f.find((x) => x.element === document.querySelector('#pw'))?.key ?? null).toBeNull();
    expect(keyOf(f, '#z')).toBe('oldAddress.postalCode');
  });

  it('社員名（英語） and names ending in _EIGO ask for the name in romaji', () => {
    const f = classify(`<form><p>社員名<input name="name"></p><p>社員名(英語) first name<input id="g" name="FIRS_NAME_EIGO"> last name<input id="fa" name="LAST_NAME_EIGO"></p></form>`);
    expect(keyOf(f, '#g')).toBe('name.givenRomaji');
    expect(keyOf(f, '#fa')).toBe('name.familyRomaji');
    // Control: 英語 alone (a language asked) names no script of a name.
    const g = classify(`<form><p>お名前<input name="name"></p><p>得意な言語<input id="l" name="language" placeholder="英語"></p></form>`);
    expect(keyOf(g, '#l')).toBeNull();
    expect(keyOf(g, 'input[name="name"]')).toBe('name.full');
  });
});
