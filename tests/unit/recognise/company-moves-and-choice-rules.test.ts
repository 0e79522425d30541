// @vitest-environment happy-dom
// A company's move, a box that says what その他 is, a choice about a business, hints that allow
// either script or the least the box accepts, sample addresses in brackets, a block headed 変更住所,
// a name in a panel of its own above a card's, a team's name and its representative, date parts
// beside an age, the dates and places of someone's work, a place of stay, an office's name, samples
// of a lone address box, captions written as placeholders, names counted on across two numbers, part
// marks written in two languages, a bride and groom, the other person of a reading for two, and a
// caption over a box inside layers of wrappers.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('a company and its move', () => {
  const moveForm = (title: string) =>
    classify(`<h1>${title}</h1><form><table>
      <tr><th>会社名 <span>必須</span></th><td><input name="company" required></td></tr>
      <tr><th>担当者名 <span>必須</span></th><td><input id="n" name="contact_name" required></td></tr>
      <tr><th>メールアドレス</th><td><input id="m" name="mail"></td></tr>
      <tr><th>お引越予定日</th><td><select id="y" name="move_year"><option>2026</option><option>2027</option></select>年
        <select name="move_month">${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select>月
        <select name="move_day">${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select>日</td></tr>
      <tr><th>現在お住まいの住所</th><td>〒<input id="cz" name="cur_zip"><input id="ca" name="cur_address"></td></tr>
      <tr><th>お引越先住所</th><td>〒<input id="nz" name="new_zip"><input id="na" name="new_address"></td></tr>
      </table></form>`, title);

  it('on a page for an office move that opens with the company, the addresses and the move date are the company\'s', () => {
    const office = moveForm('オフィス移転訪問お見積りフォーム');
    for (const id of ['#cz', '#ca', '#nz', '#na', '#y']) expect(keyOf(office, id), id).toBeNull();
    expect(keyOf(office, '#n')).toBe('name.full');
    expect(keyOf(office, '#m')).toBe('email');
    // Control: the same rows on a private move's page are the user's homes and move.
    const home = moveForm('訪問お見積りフォーム');
    expect(keyOf(home, '#ca')).toMatch(/^oldAddress\./);
    expect(keyOf(home, '#na')).toMatch(/^newAddress\./);
    expect(keyOf(home, '#y')).toBe('move.date#year');
  });

  it('a choice about the business (適格請求書発行事業者 / 免税事業者) opens no company block', () => {
    const page = (choice: string) =>
      classify(`<form><h1>お客様情報登録</h1><h2>法人情報</h2>
        <dl><dt>法人名 必須</dt><dd><input name="company_name" required></dd></dl>
        <dl><dt>郵便番号</dt><dd><input id="cz" name="post_code"></dd></dl>
        <dl><dt>番地以降</dt><dd><input name="street"></dd></dl>
        <dl><dt>メールアドレス</dt><dd><input id="m" name="email"></dd></dl>
        ${choice}
        <h2>担当者情報</h2>
        <dl><dt>お名前</dt><dd><input id="n" name="contact_name"></dd></dl>
        <dl><dt>郵便番号</dt><dd><input id="pz" name="contact_post_code"></dd></dl>
        <dl><dt>番地以降</dt><dd><input id="pa" name="contact_street"></dd></dl></form>`);
    const invoice = page(`<dl><dt>事業者 必須</dt><dd><label><input type="radio" name="business" value="1">適格請求書発行事業者</label><label><input type="radio" name="business" value="2">免税事業者</label></dd></dl>`);
    expect(keyOf(invoice, '#pz')).toBe('oldAddress.postalCode');
    expect(keyOf(invoice, '#n')).toBe('name.full');
    expect(keyOf(invoice, '#cz')).toBeNull();
    // Control: a second company's name typed into a box does open its own block.
    const second = page(`<dl><dt>屋号 必須</dt><dd><input name="business_name" required></dd></dl>`);
    expect(keyOf(second, '#pz')).toBeNull();
    expect(keyOf(second, '#m')).toBe('email');
  });
});

describe('boxes beside a choice', () => {
  it('a box alone with the choice その他 says what that choice is, not a phone', () => {
    const page = (label: string) =>
      classify(`<form><dl><dt>電話番号 必須</dt><dd>
        <input id="t1" name="tel1" size="4">-<input name="tel2" size="4">-<input name="tel3" size="4">
        <ul><li><label><input type="radio" name="tel_type" value="2">勤務先</label></li>
        <li><label><input type="radio" name="tel_type" value="1">携帯</label></li>
        <li><label for="etc"><input type="radio" id="etc" name="tel_type" value="3">${label}</label><input id="other" name="tel_other" maxlength="20"></li></ul>
        </dd></dl><dl><dt>メールアドレス</dt><dd><input id="m" name="mail"></dd></dl></form>`);
    expect(keyOf(page('その他'), '#other')).toBeNull();
    expect(keyOf(page('その他'), '#t1')).toMatch(/^phone/);
    // Control: beside a choice that is not その他, the box is read by its caption as before.
    expect(keyOf(page('自宅'), '#other')).not.toBeNull();
  });
});

describe('what a hint or an example says of a box', () => {
  it('ひらがなまたは漢字で入力してください asks for no reading', () => {
    const page = (hint: string) =>
      classify(`<form><div><label>名前(姓)</label><input id="f" name="family" title="${hint}"></div>
        <div><label>名前(名)</label><input id="g" name="last" title="${hint}"></div>
        <div><label>フリガナ(姓)</label><input id="fk" name="family_kana"></div></form>`);
    expect(keyOf(page('ひらがなまたは漢字で入力してください。'), '#f')).toBe('name.family');
    expect(keyOf(page('ひらがなまたは漢字で入力してください。'), '#g')).toBe('name.given');
    expect(keyOf(page('ひらがなまたは漢字で入力してください。'), '#fk')).toBe('name.familyKana');
    // Control: a hint asking for hiragana alone still makes the box a reading.
    expect(keyOf(page('ひらがなで入力してください。'), '#f')).toBe('name.familyKana');
  });

  it('※未確定の場合は都道府県まででも結構です names the least the box takes, not its part', () => {
    const page = (note: string) =>
      classify(`<form><label for="na"><h5>お引越し先住所</h5><input id="na" name="new-address" placeholder="例：東京都港区芝２丁目３２−１"><p>${note}</p></label>
        <label>お名前<input id="n" name="name"></label></form>`);
    expect(keyOf(page('※未確定の場合は都道府県まででも結構です。'), '#na')).toBe('newAddress.full');
    expect(keyOf(page('※未確定の場合は都道府県まででも結構です。'), '#n')).toBe('name.full');
    // Control: a note that asks for the prefecture alone still names the part.
    expect(keyOf(page('※都道府県をご入力ください。'), '#na')).toBe('newAddress.prefecture');
  });

  it('a sample address in brackets after the caption, with no 例, shows what the box takes', () => {
    const page = (placeholder: string) =>
      classify(`<form>申請者名: <input name="sinnseisya" placeholder="申請者名"><br>
        申請者の住所(任意): <input id="a" name="jyuusyo" placeholder="${placeholder}"><br>
        申請者の電話番号(任意): <input id="t" name="denwa"></form>`);
    expect(keyOf(page('申請者の住所(○○県△△市 1丁目2-3 456号室)'), '#a')).toBe('oldAddress.full');
    expect(keyOf(page('申請者の住所(○○県△△市 1丁目2-3 456号室)'), '#t')).toBe('phone');
    // Control: a bracket that is no sample (任意) leaves the box read by its caption alone.
    expect(keyOf(page('申請者の住所(番地・号室)'), '#a')).not.toBe('oldAddress.full');
  });

  it('建物名・フロア等 is the building, not a question about the floor', () => {
    const page = (caption: string) =>
      classify(`<form><dl><dt>郵便番号</dt><dd><input name="zip"></dd></dl>
        <dl><dt>番地以降</dt><dd><input id="s" name="street"></dd></dl>
        <dl><dt>${caption}</dt><dd><input id="b" name="building_name"></dd></dl></form>`);
    expect(keyOf(page('建物名・フロア等'), '#b')).toBe('oldAddress.building');
    expect(keyOf(page('建物名・フロア等'), '#s')).toBe('oldAddress.block');
    // Control: a question about the floor stays one no profile value answers.
    const floor = page('お部屋の階数');
    expect(keyOf(floor, '#b')).toBeNull();
    expect(keyOf(floor, '#s')).toMatch(/^oldAddress\./);
  });
});

describe('the side a block heading gives, and a card\'s own panel', () => {
  const settings = (heading: string) =>
    classify(`<form><div class="panel"><h4><a href="#add">住所変更</a></h4><div id="add">
      <label>現住所</label><label id="nowaddress"></label>
      <div><span><h4>${heading}</h4></span></div>
      <div><label for="z">郵便番号</label><input id="z" name="address1" placeholder="0000000"></div>
      <div><label for="a">番地・マンション名</label><input id="a" name="address3"></div></div></div>
      <div class="panel"><h4><a href="#name">氏名変更</a></h4><div id="name">
      <label for="input-name">変更氏名</label><input id="input-name" name="name" placeholder="氏名">
      <input type="button" value="氏名変更"></div></div>
      </form>`);

  it('a block headed 変更住所 is the new home', () => {
    const f = settings('変更住所');
    expect(keyOf(f, '#z')).toBe('newAddress.postalCode');
    // Control: a heading that names no side leaves the block's side to the default.
    expect(keyOf(settings('住所'), '#z')).toBe('oldAddress.postalCode');
  });

  it('a name in a panel of its own is the user\'s, though a card number\'s panel follows', () => {
    const withCard = (cardPanel: string) =>
      classify(`<form><div><h4>氏名変更</h4><label for="input-name">変更氏名</label><input id="input-name" name="name" placeholder="氏名"></div>
        ${cardPanel}<label for="m">メールアドレス</label><input id="m" name="mail"></form>`);
    const own = withCard(`<div><h4>クレジット登録</h4><label for="c">カード番号</label><input id="c" name="card_no"></div>`);
    expect(keyOf(own, '#input-name')).toBe('name.full');
    // Control: a name right before the card number, under the same heading, is the card holder's.
    const holder = withCard(`<div><label for="c">カード番号</label><input id="c" name="card_no"></div>`);
    expect(keyOf(holder, '#input-name')).toBeNull();
    expect(keyOf(holder, '#m')).toBe('email');
  });
});

describe('a team entry', () => {
  const entry = (teamCaption: string) =>
    classify(`<form><table>
      <tr><th>${teamCaption} ※</th><td><input name="team_req"></td></tr>
      <tr><th>${teamCaption}カナ ※</th><td><input id="tk" name="teamkana_jpk_req"><br>└ カタカナでご記入ください</td></tr>
      <tr><th>所属団体</th><td><label><input type="checkbox" name="liga" id="liga">リーガ東海</label><label><input type="checkbox" name="b2l" id="b2l">B2L</label></td></tr>
      <tr><th>代表者氏名 ※</th><td><input id="n" name="name"></td></tr>
      <tr><th>代表者氏名カナ ※</th><td><input id="k" name="kana_jpk_req"></td></tr>
      <tr><th>携帯TEL ※</th><td><input id="t" name="tel_req"></td></tr></table></form>`);

  it('a team\'s name in kana is no person\'s reading, and the representative of an entered team is the user', () => {
    const f = entry('チーム名');
    expect(keyOf(f, '#tk')).toBeNull();
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#k')).toBe('name.fullKana');
    expect(keyOf(f, '#t')).toBe('phone');
    // Control: under a company's name the representative stays the company's head.
    const company = entry('会社名');
    expect(keyOf(company, '#n')).toBeNull();
    expect(keyOf(company, '#t')).toBe('phone');
  });
});

describe('date parts each in a block of their own', () => {
  it('生年月日 over [年▾] [月▾] [日▾] and a box for the age after them captions the date\'s parts', () => {
    const part = (name: string, unit: string) => `<div class="b"><select name="${name}"><option value="" selected>00</option><option value="00">00</option></select><span>${unit}</span></div>`;
    const page = (age: string) =>
      classify(`<form><div><div><label for="">お名前</label></div><div><input name="name"></div></div>
        <div><div><label for="">生年月日</label></div><div><div>${part('year', '年')}${part('month', '月')}${part('date', '日')}</div>${age}</div></div></form>`);
    const withAge = page(`<div><input type="text" name="old" placeholder="01"><span>歳</span></div>`);
    expect(keyOf(withAge, 'select[name="year"]')).toBe('birthDate#year');
    expect(keyOf(withAge, 'select[name="month"]')).toBe('birthDate#month');
    expect(keyOf(withAge, 'select[name="date"]')).toBe('birthDate#day');
    expect(keyOf(withAge, 'input[name="old"]')).toBeNull();
    // Control: without the age box the parts were read the same way already.
    expect(keyOf(page(''), 'select[name="year"]')).toBe('birthDate#year');
  });
});

describe('the dates and places of someone\'s work', () => {
  it('勤務期間開始日, 勤務期間終了日 and 農業経営開始日 are no dates of a move; 勤務機関住所 is no home', () => {
    const f = classify(`<form><label>氏名<input name="name"></label>
      <label>申請者住所<input id="a" name="applicantAddress" placeholder="○○県○○市○丁目○-○"></label>
      <label>勤務機関名<input name="companyName"></label>
      <label>勤務期間開始日<input type="date" id="s" name="companystartdate"></label>
      <label>勤務期間終了日<input type="date" id="e" name="companyenddate"></label>
      <label>勤務機関住所<input id="w" name="companyAdress" placeholder="株式会社○○"></label>
      <label>農業経営開始日<input type="date" id="b" name="businessStartDate"></label>
      <label>使用開始日<input type="date" id="u" name="useStart"></label></form>`);
    for (const id of ['#s', '#e', '#b', '#w']) expect(keyOf(f, id), id).toBeNull();
    expect(keyOf(f, '#a')).toBe('oldAddress.full');
    // Control: a service's start on the same page is still the start date.
    expect(keyOf(f, '#u')).toBe('move.startDate');
  });
});

describe('captions written as placeholders', () => {
  it('市区町村 * as a placeholder is a caption with its required mark, not a blanked-out sample', () => {
    const page = (city: string) =>
      classify(`<form><label for="p">都道府県</label><select id="p" name="address1"><option value="">選択してください</option><option>北海道</option><option>青森県</option><option>東京都</option></select>
        <input id="c" name="address2" placeholder="${city}">
        <input id="t" name="address3" placeholder="町名・番地 *">
        <input id="b" name="address4" placeholder="建物名・部屋番号"></form>`);
    expect(keyOf(page('市区町村 *'), '#c')).toBe('oldAddress.city');
    expect(keyOf(page('市区町村 *'), '#t')).toBe('oldAddress.townBlock');
    // Control: a sample with its names blanked out (○○市○○町) still shows the town in the box.
    expect(keyOf(page('○○市○○町'), '#c')).toBe('oldAddress.cityTown');
  });
});

describe('a place of stay, an office, and samples of a lone address box', () => {
  it('滞在先のホテル住所 is where a traveller stays, not a home', () => {
    const f = classify(`<form><table>
      <tr><th>お名前</th><td><input id="n" name="name"></td></tr>
      <tr><th>滞在先のホテル名・部屋番号</th><td><input id="h" name="hotelname" placeholder="グランドホテル 301"></td></tr>
      <tr><th>滞在先のホテル住所</th><td><input id="a" name="hoteladdress" placeholder="東京都"></td></tr>
      <tr><th>ご自宅の住所</th><td><input id="home" name="address" placeholder="例：東京都港区芝1-2-3"></td></tr></table></form>`);
    expect(keyOf(f, '#h')).toBeNull();
    expect(keyOf(f, '#a')).toBeNull();
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#home')).toMatch(/^oldAddress\./);
  });

  it('患者様のご住所 [東京都] as the only address box takes the whole address', () => {
    const page = (caption: string) =>
      classify(`<form><dl><dt>お名前</dt><dd><input id="n" name="name"></dd>
        <dt>${caption}</dt><dd><input id="a" name="address" placeholder="東京都"></dd>
        <dt>お電話番号</dt><dd><input id="t" name="tel" placeholder="080-1234-5678"></dd></dl></form>`);
    expect(keyOf(page('患者様のご住所'), '#a')).toBe('oldAddress.full');
    expect(keyOf(page('患者様のご住所'), '#t')).toBe('phone');
    // Control: a box captioned for the prefecture keeps the prefecture.
    expect(keyOf(page('都道府県'), '#a')).toBe('oldAddress.prefecture');
  });

  it('a sample from the prefecture to a Kyoto street (烏丸通七条下ル) is a whole address', () => {
    const page = (sample: string) =>
      classify(`<form><div><p>氏名</p><input id="n"></div><div><p>住所</p><input id="a" placeholder="${sample}"></div></form>`);
    expect(keyOf(page('京都府京都市下京区烏丸通七条下ル'), '#a')).toBe('oldAddress.full');
    expect(keyOf(page('京都府京都市下京区烏丸通七条下ル'), '#n')).toBe('name.full');
    // Control: a sample from the city on keeps what it shows.
    expect(keyOf(page('例：港区芝1-2-3'), '#a')).not.toBe('oldAddress.full');
  });

  it('営業所の名称 is an office\'s name, not a person\'s', () => {
    const page = (caption: string) =>
      classify(`<form><label>申請者氏名<input id="n" name="applicantName"></label>
        <label>電話番号<input id="t" name="tel"></label>
        <label>${caption}<input id="o" name="officeName"></label></form>`);
    expect(keyOf(page('営業所の名称 *'), '#o')).toBeNull();
    expect(keyOf(page('営業所の名称 *'), '#n')).toBe('name.full');
    // Control: a second person's name in the same place is still read as a name.
    expect(keyOf(page('お名前（漢字）'), '#o')).not.toBeNull();
  });
});

describe('numbered names across two numbers', () => {
  it('boxes named f10 to f15 in two rows captioned 連絡先① and 連絡先② are two numbers of three pieces', () => {
    const row = (caption: string, from: number) =>
      `<div class="row"><label>${caption}</label><div class="fields"><div class="col">` +
      `<input type="text" name="f${from}" placeholder="999"><span>-</span><input type="text" name="f${from + 1}" placeholder="9999"><span>-</span><input type="text" name="f${from + 2}" placeholder="9999">` +
      `</div></div></div>`;
    const page = (second: string) => classify(`<form><div class="row"><label>お名前</label><div><input type="text" name="f9"></div></div>${row('連絡先①', 10)}${second}</form>`);
    const f = page(row('連絡先②', 13));
    expect(['f10', 'f11', 'f12'].map((n) => keyOf(f, `input[name="${n}"]`))).toEqual(['phone#1', 'phone#2', 'phone#3']);
    expect(['f13', 'f14', 'f15'].map((n) => keyOf(f, `input[name="${n}"]`))).toEqual(['phoneAlt#1', 'phoneAlt#2', 'phoneAlt#3']);
    // Control: with one row, the names counted on still join its three pieces.
    const one = page('');
    expect(['f10', 'f11', 'f12'].map((n) => keyOf(one, `input[name="${n}"]`))).toEqual(['phone#1', 'phone#2', 'phone#3']);
  });
});

describe('a row caption over boxes marked in two languages', () => {
  it('ローマ字表記 over Last(姓) [ ] and First(名) [ ] in div rows asks for the name in romaji', () => {
    const page = (caption: string) =>
      classify(`<form><div class="name"><div>お名前</div><div><input id="k" name="kanji"></div></div>
        <div class="name"><div><span>必須</span>${caption}</div><div class="clearfix">
        <div><p>Last(姓)</p><input id="l" type="text" name="name_l"><ul><li></li></ul></div>
        <div><p>First(名)</p><input id="f" type="text" name="name_f"><ul><li></li></ul></div></div></div></form>`);
    expect(keyOf(page('ローマ字表記'), '#l')).toBe('name.familyRomaji');
    expect(keyOf(page('ローマ字表記'), '#f')).toBe('name.givenRomaji');
    expect(keyOf(page('ローマ字表記'), '#k')).toBe('name.full');
    // Control: under a caption that names no script, the same marks are the name's parts.
    expect(keyOf(page('ご担当者'), '#l')).toBe('name.family');
  });
});

describe('two people, neither known to be the user or one of them someone else', () => {
  it('新郎様 and 新婦様 under おふたりの氏名 are two people, neither known to be the user', () => {
    const f = classify(`<form><p>《おふたりの氏名》</p>
      <dl><dt><span>新郎様</span></dt><dd><input id="g" name="g_name"></dd></dl>
      <dl><dt><span>新婦様</span></dt><dd><input id="b" name="b_name"></dd></dl>
      <p>《ご連絡先》</p><dl><dt>メールアドレス</dt><dd><input id="m" name="mail"></dd></dl></form>`);
    expect(keyOf(f, '#g')).toBeNull();
    expect(keyOf(f, '#b')).toBeNull();
    expect(keyOf(f, '#m')).toBe('email');
  });

  it('a block under a heading drawn as an image (あの人の情報を入力してください) is the other person\'s', () => {
    const block = (alt: string, suffix: string) =>
      `<div><h3><img src="h.jpg" alt="${alt}"></h3><table>
        <tr><th><label for="name${suffix}">お名前</label></th><td><input id="name${suffix}" name="name${suffix}"></td></tr>
        <tr><th>生年月日</th><td><select id="y${suffix}" name="birth_year${suffix}"><option>1990</option><option>1991</option></select>年
        <select name="birth_mon${suffix}">${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select>月
        <select name="birth_mday${suffix}">${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select>日</td></tr></table></div>`;
    const f = classify(`<h1>あの人との相性</h1><form>${block('あなたの情報を入力してください', '')}${block('あの人の情報を入力してください', '_other')}</form>`);
    expect(keyOf(f, '#name_other')).toBeNull();
    expect(keyOf(f, '#y_other')).toBeNull();
    // Control: the block under あなたの情報 is the user's.
    expect(keyOf(f, '#name')).toBe('name.full');
    expect(keyOf(f, '#y')).toBe('birthDate#year');
  });
});

describe('a caption beside layers of wrappers', () => {
  it('携帯電話 beside a table rewritten as four layers of <div> around the box still captions it', () => {
    const row = (caption: string, name: string, sample: string) =>
      `<div><div>${caption}</div><div class="basic"><div class="table"><div class="tbody"><div class="tr"><div class="td">` +
      `<input type="text" name="${name}" maxlength="20"><br>例）${sample}<br></div></div></div></div></div></div>`;
    const page = (inner: string) =>
      classify(`<form><div><div>氏名</div><div><input name="name"></div></div>${inner}</form>`);
    const f = page(row('ＴＥＬ', 'telNo', '03-1234-5678') + row('携帯電話', 'cellphoneNo', '080-1234-5678'));
    expect(keyOf(f, 'input[name="cellphoneNo"]')).toBe('phone');
    expect(keyOf(f, 'input[name="telNo"]')).toBe('phoneAlt');
    // Control: with one layer fewer the caption was found before as well.
    const shallow = page(`<div><div>携帯電話</div><div class="basic"><div class="td"><input type="text" name="cellphoneNo" maxlength="20">例）080-1234-5678</div></div></div>`);
    expect(keyOf(shallow, 'input[name="cellphoneNo"]')).toBe('phone');
  });
});
