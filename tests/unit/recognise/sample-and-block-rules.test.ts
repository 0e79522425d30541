// @vitest-environment happy-dom
// Samples that show one part of an address, captions that read like a sample, and blocks whose
// owner or side the page shows by more than their own captions; logins and their confirmations, the
// pieces and kinds of phone numbers, dates split over boxes or held by a month input, and boxes
// whose names say nothing (empty selects, values set in advance, romanised aria-labels).
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('samples of one address part', () => {
  it('a box whose only word is a sample building (例：大山ビル2階) takes the building after the block', () => {
    const page = (sample: string) =>
      classify(`<form><dl><dt>住所</dt>
        <dd><input id="c" name="city" placeholder="例：新宿区"></dd>
        <dd><input id="b" name="address1" placeholder="例：西新宿7-15-10"></dd>
        <dd><input id="r" name="address2" placeholder="${sample}"></dd></dl></form>`);
    expect(keyOf(page('例：大山ビル２階'), '#r')).toMatch(/Address\.building$/);
    expect(keyOf(page('例：〇〇マンション101号室'), '#r')).toMatch(/Address\.building$/);
    // Control: a sample of no place (a job) says nothing of the box.
    expect(keyOf(page('例：ビル管理'), '#r')).toBeNull();
  });

  it('a placeholder 都道府県・市区町村 is a caption of parts, not an invented prefecture named 都道府県', () => {
    const page = (placeholder: string) =>
      classify(`<form><dl><dt><h4>郵便番号・住所</h4></dt><dd>
        <input id="z" name="zipcode" class="p-postal-code" maxlength="8" placeholder="1234567"> 郵便番号をご入力ください<br>
        <input id="a" name="address1" class="p-region p-locality" placeholder="${placeholder}">
        <input id="s" name="address2" placeholder="番地・建物名・部屋番号"></dd></dl></form>`);
    const captioned = page('都道府県・市区町村（自動入力）');
    expect(keyOf(captioned, '#z')).toMatch(/Address\.postalCode$/);
    expect(keyOf(captioned, '#s')).toMatch(/Address\.blockBuilding$/);
    // Control: a demo site's invented prefecture in a sample still shows the prefecture and the city.
    const invented = page('桜県〇〇市（自動入力）');
    expect(keyOf(invented, '#z')).toMatch(/Address\.postalCode$/);
  });
});

describe('parts of one number laid out in a nested table', () => {
  it('a cell holding only the hyphen between two boxes is no caption: the row header heads every box', () => {
    const page = (between: string) =>
      classify(`<form><table><tr><td>電話番号<br><small>例：080-1234-5678</small></td><td>
        <table><tr><td><input id="a" name="telHead" maxlength="4"></td><td>${between}</td>
        <td><input id="b" name="telBody" maxlength="4"></td><td>${between}</td>
        <td><input id="c" name="telTeil" maxlength="4"></td></tr></table></td></tr></table></form>`);
    const hyphens = page('&nbsp;-&nbsp;');
    expect(['#a', '#b', '#c'].map((s) => keyOf(hyphens, s))).toEqual(['phone#1', 'phone#2', 'phone#3']);
    // Control: a cell of words between the boxes is a caption of its own.
    const worded = page('内線');
    expect(keyOf(worded, '#b')).not.toBe('phone#2');
  });
});

describe('one line of part words over the boxes of an address', () => {
  it('都道府県　市区町村 over two boxes side by side gives each box its part in order', () => {
    const page = (words: string) =>
      classify(`<form><table><tr><th>ご住所</th><td>${words}<br>
        <input id="p" name="jyuusyo1" size="4"> <input id="c" name="jyuusyo2" size="30"><br>
        それ以外の住所 ※番地・建物名までご入力して下さい。<br><input id="r" name="jyuusyo3" size="50"></td></tr></table></form>`);
    const both = page('都道府県&nbsp;&nbsp;&nbsp;市区町村');
    expect(keyOf(both, '#p')).toMatch(/Address\.prefecture$/);
    expect(keyOf(both, '#c')).toMatch(/Address\.city$/);
    // Control: one part word over the two boxes gives neither box a part of its own.
    const one = page('市区町村');
    expect(keyOf(one, '#p')).not.toMatch(/prefecture$/);
  });

  it('a part the words skip (市区町村・番地 over two boxes) goes to the box before the gap', () => {
    const fields = classify(`<form><table><tr><th>ご住所</th><td>市区町村・番地<br><input id="c" name="a1"> <input id="b" name="a2"></td></tr></table></form>`);
    expect(keyOf(fields, '#c')).toMatch(/Address\.cityTown$/);
    expect(keyOf(fields, '#b')).toMatch(/Address\.block$/);
  });
});

describe('a login and its user name', () => {
  it('確認用 under ログインID（メールアドレス） confirms the address, whatever the box is named', () => {
    const page = (caption: string) =>
      classify(`<form><table><tr><td>ログインID（メールアドレス）：</td><td><input id="id" name="loginUserId"></td></tr>
        <tr><td>${caption}</td><td><input id="again" name="checkLoginId"></td></tr></table></form>`);
    expect(keyOf(page('確認用：'), '#id')).toBe('email');
    expect(keyOf(page('確認用：'), '#again')).toBe('emailConfirm');
    // Control: a row of its own kind under the login is no confirmation.
    expect(keyOf(page('ニックネーム：'), '#again')).toBeNull();
  });

  it('ユーザー名（氏名） asks for the person’s name; ユーザー名 alone is a login', () => {
    const page = (caption: string) => classify(`<form><label>${caption}<input id="u" name="userName"></label></form>`);
    expect(keyOf(page('ユーザー名 (氏名):'), '#u')).toBe('name.full');
    expect(keyOf(page('ユーザー名:'), '#u')).toBeNull();
  });
});

describe('a step bar and the words of other steps', () => {
  const page = (activeClass: string) =>
    classify(`<ol class="ant-steps"><li class="ant-steps-item ant-steps-item-finish">ツアー確認</li>
      <li class="ant-steps-item ${activeClass}">お客様情報の入力</li>
      <li class="ant-steps-item ant-steps-item-wait">同行者の入力</li><li class="ant-steps-item">入力内容の確認</li></ol>
      <form><div><label for="n">お名前</label><input id="n"></div><div><label for="b">生年月日</label><input id="b"></div></form>`);

  it('a later step that names companions (同行者の入力) heads nothing when the bar marks the current step by its own class', () => {
    expect(keyOf(page('ant-steps-item-process ant-steps-item-active'), '#n')).toBe('name.full');
    expect(keyOf(page('ant-steps-item-process ant-steps-item-active'), '#b')).toBe('birthDate');
    // Control: with no item marked current, the words of the bar are read as before.
    expect(keyOf(page('ant-steps-item-process'), '#n')).not.toBe('name.full');
  });
});

describe('a nationality', () => {
  it('国籍 over a box named region asks for a country, not the prefecture', () => {
    const page = (caption: string) => classify(`<form><label for="r">${caption}</label><input id="r" name="region"></form>`);
    expect(keyOf(page('国籍'), '#r')).toBeNull();
    // Control: the same box captioned 都道府県 is the prefecture.
    expect(keyOf(page('都道府県'), '#r')).toMatch(/Address\.prefecture$/);
  });
});

describe('words that are not the caption they look like', () => {
  it('the title of a box with a pattern is the hint shown on a mismatch, not a confirmation caption', () => {
    const page = (attrs: string) =>
      classify(`<form><dl><dt><label for="e">メールアドレス</label></dt>
        <dd><input id="e" name="email" type="text" ${attrs} title="メールアドレスをご確認ください。"></dd></dl></form>`);
    expect(keyOf(page('pattern="[a-z0-9._%+-]+@[a-z0-9.-]+"'), '#e')).toBe('email');
    // Control: the same words as the title of a box with no pattern name it.
    expect(keyOf(page(''), '#e')).toBe('emailConfirm');
  });

  it('領収書の名前 is the name a receipt is made out to, not the person’s', () => {
    const page = (caption: string) => classify(`<form><label>${caption}<input id="r" name="receipt"></label></form>`);
    expect(keyOf(page('領収書の名前'), '#r')).toBeNull();
    expect(keyOf(page('お名前'), '#r')).toBe('name.full');
  });
});

describe('a start known only by the box’s name', () => {
  it('[f_startliving_year]年 [f_startliving_month]月 under 入居日: the parts after the captioned part keep its date', () => {
    const fields = classify(`<form><table><tr><th>入居日</th><td><input id="y" name="f_startliving_year" size="4">年
      <input id="m" name="f_startliving_month" size="2">月 <input id="d" name="f_startliving_day" size="2">日</td></tr></table></form>`, 'お部屋探し受付');
    expect(['#y', '#m', '#d'].map((s) => keyOf(fields, s))).toEqual(['move.startDate#year', 'move.startDate#month', 'move.startDate#day']);
  });

  it('[start_year][start_month] under 留学開始年月 on a page of no move or utility is not the day a service starts', () => {
    const page = (title: string) =>
      classify(`<form><p><label for="y">留学開始年月</label></p><div>
        <select id="y" name="start_year"><option value="">▼ 年</option><option>2026年</option><option>2027年</option></select>
        <select id="m" name="start_month"><option value="">▼ 月</option>${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}月</option>`).join('')}</select></div></form>`, title);
    expect(keyOf(page('留学お申し込みフォーム'), '#m')).toBeNull();
    // Control: on a page about a move, the same boxes are the day the new home's service starts.
    expect(keyOf(page('お引越しに伴う電気の使用開始'), '#m')).toBe('move.startDate#month');
  });
});

describe('a postal lookup’s classes and the box after them', () => {
  it('[p-locality p-street-address p-extended-address] then a box of 番地・部屋番号・建物名: the first takes the city and town', () => {
    const page = (next: string) =>
      classify(`<form><section><h2>6.住所</h2><select id="p" class="p-region-id" name="addles-a"><option value="">--</option><option value="1">北海道</option><option value="13">東京都</option></select>
        <input id="b" class="p-locality p-street-address p-extended-address" name="addles-b"></section>
        <section><h2>${next}</h2><input id="c" name="addles-c"></section></form>`);
    expect(keyOf(page('7.住所<span>（番地・部屋番号・建物名）</span>'), '#b')).toMatch(/Address\.cityTown$/);
    // Control: with no box after it asking for the block, the lookup's box takes the rest of the address.
    expect(keyOf(page('7.ご職業'), '#b')).toMatch(/Address\.afterPrefecture$/);
  });
});

describe('samples and notes read more closely', () => {
  it('a handle sample (@afloat_ceo) shows no e-mail address; a domain sample (@docomo.ne.jp) does', () => {
    const page = (sample: string) => classify(`<form><dl><dt>ご連絡用アカウント</dt><dd><input id="h" name="sns" placeholder="${sample}"></dd></dl></form>`);
    expect(keyOf(page('例)@afloat_ceo'), '#h')).toBeNull();
    expect(keyOf(page('例)taro@docomo.ne.jp'), '#h')).toBe('email');
  });

  it('a sample address with the postal code in front (〒000-0000 福岡県...) shows the box takes the whole address', () => {
    const page = (sample: string) => classify(`<form><label for="a">ご住所</label><input id="a" name="ご住所" placeholder="${sample}"></form>`);
    expect(keyOf(page('〒000-0000 福岡県...'), '#a')).toMatch(/Address\.full$/);
    // Control: a postal code alone in the box's sample asks for the postal code.
    expect(keyOf(page('〒000-0000'), '#a')).toMatch(/Address\.postalCode$/);
  });

  it('※電話番号1に繋がらないときの連絡先 under the second number makes it the alternative', () => {
    const page = (note: string) =>
      classify(`<form><table><tr><th>電話番号１</th><td><input id="a1" name="tel01_1">-<input id="a2" name="tel01_2">-<input id="a3" name="tel01_3"></td></tr>
        <tr><th>電話番号２</th><td><input id="b1" name="tel02_1">-<input id="b2" name="tel02_2">-<input id="b3" name="tel02_3"> <span>${note}</span></td></tr></table></form>`);
    const fields = page('※電話番号１に繋がらないときの連絡先');
    expect(keyOf(fields, '#a1')).toBe('phone#1');
    expect(keyOf(fields, '#b3')).toBe('phoneAlt#3');
    // Control: a note that this is the number to call makes the second the main one.
    expect(keyOf(page('※日中のご連絡先'), '#b3')).toBe('phone#3');
  });
});

describe('whose details and which date', () => {
  it('a companion (同伴者のお名前) is someone else, not the user', () => {
    const page = (caption: string) =>
      classify(`<form><dl><dt>お名前</dt><dd><input id="me" name="n1"></dd><dt>${caption}</dt><dd><input id="o" name="n2"></dd></dl></form>`);
    expect(keyOf(page('同伴者のお名前'), '#o')).toBeNull();
    expect(keyOf(page('同伴者のお名前'), '#me')).toBe('name.full');
    // Control: the name asked again with no one else named is still a name.
    expect(keyOf(page('お名前（確認）'), '#o')).not.toBeNull();
  });

  it('お引越ご依頼希望日 is the day of the move; 建物状況詳細 describes a building, it names none', () => {
    const fields = classify(`<form><table><tr><td>お引越ご依頼希望日</td><td><input name="d" id="y" value="年" size="4">年 <input name="d" id="m" value="月" size="4">月 <input name="d" id="dd" value="日" size="4">日</td></tr></table>
      <table><tr><td>現在のご住所</td><td><textarea id="a" name="現在のご住所"></textarea></td></tr>
      <tr><td>建物状況詳細</td><td><input id="k" name="現在の建物状況詳細" size="40"></td></tr>
      <tr><td>建物名</td><td><input id="b" name="bname" size="40"></td></tr></table></form>`);
    expect(['#y', '#m', '#dd'].map((s) => keyOf(fields, s))).toEqual(['move.date#year', 'move.date#month', 'move.date#day']);
    expect(keyOf(fields, '#k')).toBeNull();
    // Control: the building's name in the same block is the building.
    expect(keyOf(fields, '#b')).toMatch(/Address\.building$/);
  });
});

describe('pieces and parts named by their own captions', () => {
  it('電話番号（市外局番または先頭）/（中央）/（末尾） are the pieces of one number, not three numbers', () => {
    const page = (a: string, b: string, c: string) =>
      classify(`<form><label>お電話番号</label><div>
        <input type="tel" id="p1" name="phone-1" aria-label="${a}"> - <input type="tel" id="p2" name="phone-2" aria-label="${b}"> - <input type="tel" id="p3" name="phone-3" aria-label="${c}"></div></form>`);
    const pieces = page('電話番号（市外局番または先頭）', '電話番号（中央）', '電話番号（末尾）');
    expect(['#p1', '#p2', '#p3'].map((s) => keyOf(pieces, s))).toEqual(['phone#1', 'phone#2', 'phone#3']);
    // Control: boxes captioned by the same words with no piece named are separate numbers.
    const kinds = page('電話番号（自宅）', '電話番号（携帯）', '電話番号（勤務先）');
    expect(keyOf(kinds, '#p2')).not.toBe('phone#2');
  });

  it('a city box whose example shows the town (例）新発田市大手町) keeps the town, though the next box is 丁目・番地', () => {
    const page = (citySample: string) =>
      classify(`<form><label for="c">市区町村</label><input id="c" name="address_municipalities" placeholder="${citySample}">
        <label for="d">丁目・番地</label><input id="d" name="address_detail" placeholder="例）6丁目4-80">
        <label for="b">建物名</label><input id="b" name="address_building"></form>`);
    const shown = page('例）新発田市大手町');
    expect(keyOf(shown, '#c')).toMatch(/Address\.cityTown$/);
    expect(keyOf(shown, '#d')).toMatch(/Address\.block$/);
    // Control: an example that stops at the city leaves the town to 丁目・番地.
    expect(keyOf(page('例）新発田市'), '#d')).toMatch(/Address\.townBlock$/);
  });

  it('メールアドレス(ログインID) asks for the e-mail address, which is also the login', () => {
    const page = (caption: string) => classify(`<form><label for="e">${caption}</label><input id="e" name="mail_login"></form>`);
    expect(keyOf(page('メールアドレス(ログインID)'), '#e')).toBe('email');
    expect(keyOf(page('ログインID'), '#e')).toBeNull();
  });
});

describe('blocks a choice opens and blocks of one box', () => {
  const page = (options: string) =>
    classify(`<form><label>お名前<input id="n" name="name"></label>
      <label>ご希望のサービス<select name="service"><option value="">選択してください</option>${options}</select></label>
      <div class="move-block" style="display:none"><h2>引越し先住所</h2>
      <div><label>郵便番号（任意）</label><input id="z" name="movePostalCode"></div>
      <div><label>住所</label><input id="a" name="moveAddress"></div></div></form>`);

  it('a short list whose option (引越し) names a hidden block (引越し先住所) opens it: the block is a real address', () => {
    expect(keyOf(page('<option>不用品回収</option><option>引越し</option>'), '#z')).toBe('newAddress.postalCode');
    // Control: with no option naming the block, a hidden block stays a trap's.
    expect(keyOf(page('<option>不用品回収</option><option>片付け</option>'), '#z')).toBeNull();
  });

  it('a block’s only box with an example that stops at the city (例：大阪府堺市) takes the whole address', () => {
    const fields = (sample: string) =>
      classify(`<form><h4>現在お住まいのご住所</h4><label>住所</label><input id="o" name="now" placeholder="例：東京都港区芝1-1-1">
        <h4>引越先のご住所</h4><input id="m" name="moving-address" placeholder="${sample}"></form>`);
    expect(keyOf(fields('例：大阪府堺市'), '#m')).toBe('newAddress.full');
    // Control: an example that names the city alone shows a city box.
    expect(keyOf(fields('例：堺市'), '#m')).toBe('newAddress.city');
    // Control: a box that asks for an area (お住まいの地域), not an address, is not widened.
    const area = classify(`<form><label>お住まいの地域<input id="r" name="area" placeholder="東京都世田谷区"></label></form>`);
    expect(keyOf(area, '#r') ?? '').not.toMatch(/\.full$/);
  });

  it('区画 in a parking contract is a space, not a room', () => {
    const fields = (caption: string) => classify(`<form><table><tr><th>${caption}</th><td><input id="r" name="room_name_2"></td></tr></table></form>`);
    expect(keyOf(fields('ご契約書に記載されている区画 (例:1001)'), '#r')).toBeNull();
    expect(keyOf(fields('部屋番号 (例:1001)'), '#r')).toMatch(/Address\.room$/);
  });
});

describe('one address, then another person’s', () => {
  it('an example that starts the address over after a prefecture select (例:東京都中央区○-○-○) starts after the prefecture', () => {
    const page = (caption: string) =>
      classify(`<form><p>郵便番号<br><input id="z" name="your-zip"></p>
        <p>都道府県<br><select id="p" name="menu-163"><option>北海道</option><option>東京都</option><option>沖縄県</option></select></p>
        <p>${caption}<br><input id="c" name="your-city"></p>
        <p>マンション名(例:○○マンション)<br><input id="b" name="your-building"></p></form>`);
    const fields = page('市町村(例:東京都中央区○-○-○)');
    expect(keyOf(fields, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(fields, '#c')).toBe('oldAddress.line1');
    // Control: a caption that asks for the prefecture again is a second address.
    expect(keyOf(page('住所（都道府県から）'), '#c')).not.toBe('oldAddress.line1');
  });

  it('after the user’s address, the block after 配達先住所が異なる場合 is the recipient’s', () => {
    const page = (switchWords: string) =>
      classify(`<form><dl><dt>郵便番号</dt><dd><input id="z" name="zipcode"></dd><dt>住所</dt><dd><input id="a" name="address1"></dd>
        <dt>ギフトの配送先</dt><dd><input type="checkbox" name="flag" value="1"><label>${switchWords}</label></dd></dl>
        <div class="js-accordionBody"><dl><dt>郵便番号</dt><dd><input id="dz" name="delivery[zipcode]"></dd>
        <dt>住所</dt><dd><input id="da" name="delivery[address1]"></dd></dl></div></form>`);
    const fields = page('ギフトの配達先住所が異なる場合、チェックして別の住所を入力');
    expect(keyOf(fields, '#a')).toMatch(/^oldAddress\./);
    expect(keyOf(fields, '#dz')).toBeNull();
    expect(keyOf(fields, '#da')).toBeNull();
    // Control: a switch that sets no one apart leaves the second block an address of the user's.
    expect(keyOf(page('新しい住所を登録する'), '#dz')).not.toBeNull();
  });
});

describe('captions that name something other than the person or their home', () => {
  it('作品名 names a work, whatever its sample reads like', () => {
    const page = (caption: string) => classify(`<form><label>${caption}<input id="t" name="title-jp" placeholder="富山のガラス"></label></form>`);
    expect(keyOf(page('作品名（日本語）'), '#t')).toBeNull();
    expect(keyOf(page('お名前'), '#t')).toBe('name.full');
  });

  it('建築をご検討中の地域 is where a house may be built, not where the user lives', () => {
    const page = (caption: string) =>
      classify(`<form><dl><dt>ご住所</dt><dd><input id="a" name="address" class="p-region p-locality p-street-address p-extended-address"></dd>
        <dt>電話番号</dt><dd><input id="t" name="tel"></dd>
        <dt>${caption}</dt><dd><input id="e" name="examination"><span>例）東京都○○○区</span></dd></dl></form>`);
    const fields = page('建築をご検討中の地域');
    expect(keyOf(fields, '#e')).toBeNull();
    expect(keyOf(fields, '#a')).toBe('oldAddress.full');
  });

  it('本人希望記入欄 is a box for wishes, whatever sample name its placeholder carries', () => {
    const page = (caption: string) => classify(`<form><div class="t-area"><p>${caption}</p><input id="k" name="kibou" placeholder="ヤマダ　タロウ"></div></form>`);
    expect(keyOf(page('本人希望記入欄'), '#k')).toBeNull();
    expect(keyOf(page('お名前'), '#k')).toMatch(/^name\./);
  });
});

describe('titled captions, staff and the kind of a split number', () => {
  const item = (title: string, inner: string) => `<div class="input-item"><div class="item-title">${title}</div><div class="text-s">半角数字で入力してください</div>${inner}</div>`;

  it('a title inside a field’s own group is its caption, not a heading that ends the block (勤務先・学校情報) above it', () => {
    const page = (section: string) =>
      classify(`<form>${item('お名前', '<input id="n" name="name">')}
        <div class="items-title">${section}</div>
        ${item('ご職業', '<select id="w" name="job"><option>会社員</option><option>学生</option></select>')}
        <div class="input-item"><div class="item-title">電話番号</div><input id="t1">-<input id="t2">-<input id="t3"></div>
        ${item('所在地郵便番号', '<input id="wz" placeholder="0000000">')}</form>`);
    expect(keyOf(page('勤務先・学校情報'), '#wz')).toBeNull();
    expect(keyOf(page('勤務先・学校情報'), '#t1')).toBeNull();
    // Control: under a heading of no one else, the same rows are the user's.
    expect(keyOf(page('ご本人情報'), '#wz')).toMatch(/Address\.postalCode$/);
  });

  it('販売担当者 and 取付担当者 are the seller’s staff, not the user', () => {
    const page = (caption: string) => classify(`<form><table><tr><th>${caption}</th><td><input id="n" name="tanto_name"></td></tr></table></form>`);
    expect(keyOf(page('販売担当者氏名'), '#n')).toBeNull();
    expect(keyOf(page('取付担当者氏名'), '#n')).toBeNull();
    expect(keyOf(page('申込者氏名'), '#n')).toBe('name.full');
  });

  it('the pieces of 自宅電話番号 after the captioned first piece are the home number too', () => {
    const fields = classify(`<form>
      <div class="input-item"><div class="item-title">自宅電話番号</div><div class="grid-tel"><div><input id="h1"></div><label class="hyphen">-</label><div><input id="h2"></div><label class="hyphen">-</label><div><input id="h3"></div></div></div>
      <div class="input-item"><div class="item-title">お名前</div><input id="n" name="name"></div>
      <div class="input-item"><div class="item-title">携帯電話番号（連絡先）</div><div><input id="m1"></div><label class="hyphen">-</label><div><input id="m2"></div><label class="hyphen">-</label><div><input id="m3"></div></div></form>`);
    expect(['#h1', '#h2', '#h3'].map((s) => keyOf(fields, s))).toEqual(['phoneAlt#1', 'phoneAlt#2', 'phoneAlt#3']);
    expect(keyOf(fields, '#m2')).toBe('phone#2');
  });
});

describe('a company’s rows', () => {
  it('健康保険組合名 names a body, like a company’s name, not a person', () => {
    const page = (caption: string) =>
      classify(`<form><table><tr><th>お名前</th><td><input id="n" name="name"></td></tr>
        <tr><th><label for="in">${caption}</label></th><td><input id="in" name="insurer_name"></td></tr></table></form>`);
    expect(keyOf(page('健康保険組合名'), '#in')).toBeNull();
    expect(keyOf(page('健康保険組合名'), '#n')).toBe('name.full');
    // Control: a member of the union (組合員) is a person's name.
    expect(keyOf(page('組合員氏名'), '#in')).not.toBeNull();
  });

  it('a business enquiry (required 会社名 first): the address asked after the writer’s contacts is the company’s', () => {
    const page = (first: string) =>
      classify(`<form><label for="c">${first}</label><input id="c" name="company" required>
        <label for="l">姓</label><input id="l" name="last_name" required><label for="f">名</label><input id="f" name="first_name" required>
        <label for="e">メールアドレス</label><input id="e" type="email" name="email">
        <label for="p">電話番号</label><input id="p" type="tel" name="phone">
        <label for="z">郵便番号</label><input id="z" class="p-postal-code" name="zip">
        <label for="s">都道府県</label><input id="s" class="p-region" name="state">
        <label for="t">町名・番地</label><textarea id="t" name="street"></textarea></form>`);
    const fields = page('会社名');
    expect(keyOf(fields, '#z')).toBeNull();
    expect(keyOf(fields, '#t')).toBeNull();
    expect(keyOf(fields, '#e')).toBe('email');
    // Control: the same form opening with the person's name asks the person's address.
    expect(keyOf(page('ニックネーム'), '#z')).toMatch(/Address\.postalCode$/);
  });
});

describe('boxes whose names say nothing', () => {
  it('生年月日 over three selects a script fills later: year, month and day in reading order', () => {
    const page = (selects: string) =>
      classify(`<form><div class="input-item"><div class="item-title">生年月日 *</div><div class="grid-3">${selects}</div></div></form>`);
    const empty = page('<select id="a"></select><select id="b"></select><select id="c"></select>');
    expect(['#a', '#b', '#c'].map((s) => keyOf(empty, s))).toEqual(['birthDate#year', 'birthDate#month', 'birthDate#day']);
    // Control: selects whose choices say something else (a plan) are not parts of the date.
    const plans = page('<select id="a"></select><select id="b"><option>Aプラン</option><option>Bプラン</option></select>');
    expect(keyOf(plans, '#b')).toBeNull();
  });

  it('西暦 / 月 / 日 over each select under 生年月日: 西暦 marks the year, so the date’s caption reaches all three', () => {
    const years = Array.from({ length: 30 }, (_, i) => `<option>${2026 - i}</option>`).join('');
    const page = (mark: string) =>
      classify(`<form><div><label>生年月日 <span>必須</span></label><div class="grid">
        <div><div>${mark}</div><select id="y" name="a1"><option value="">年</option>${years}</select></div>
        <div><div>月</div><select id="m" name="a2"><option value="">月</option>${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select></div>
        <div><div>日</div><select id="d" name="a3"><option value="">日</option>${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select></div></div></div></form>`);
    expect(['#y', '#m', '#d'].map((s) => keyOf(page('西暦'), s))).toEqual(['birthDate#year', 'birthDate#month', 'birthDate#day']);
  });

  it('a required mark (*) in front of a caption makes it no hint: the caption names the box', () => {
    const page = (caption: string) =>
      classify(`<form><div class="group"><div class="labeltext">${caption}</div><input type="tel" id="t" placeholder="例：09012345678 （数字のみで入力してください）"></div></form>`);
    expect(keyOf(page('<span class="stars">*&nbsp;</span>ご連絡先電話番号（携帯）'), '#t')).toBe('phone');
    // Control: a note that starts with ※ is a hint, not the caption.
    expect(keyOf(page('※ハイフンなしでご記入ください'), '#t')).not.toBe('phone');
  });
});

describe('values and labels that stand in for captions', () => {
  it('a box set in advance to a prefecture (value="沖縄県") takes the prefecture; the box beside it the rest', () => {
    const page = (value: string) =>
      classify(`<form><table><tr><th>ご住所 <font color="red">※必須</font></th>
        <td><input id="p" size="5" type="text" name="a1" value="${value}"><input id="r" size="20" type="text" name="a2">建物名<input id="b" size="20" type="text" name="a3"></td></tr></table></form>`);
    const set = page('沖縄県');
    expect(keyOf(set, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(set, '#r')).toBe('oldAddress.line1');
    // Control: with no value, nothing says which of the two boxes takes the prefecture.
    expect(keyOf(page(''), '#p')).not.toBe('oldAddress.prefecture');
  });

  it('aria-label="sei" / "mei_opt": a romanised label is read as the box’s name would be', () => {
    const page = (a: string, b: string) =>
      classify(`<form><label for="s">お名前</label><div><input id="s" name="f1" aria-label="${a}" placeholder="例）田中"><input id="m" name="f2" aria-label="${b}" placeholder="例）太郎"></div></form>`);
    const fields = page('sei', 'mei_opt');
    expect(keyOf(fields, '#s')).toBe('name.family');
    expect(keyOf(fields, '#m')).toBe('name.given');
  });
});

describe('a month input', () => {
  it('お引越し予定日 as <input type="month"> then a day select: the month input takes the date whole, the select the day', () => {
    const page = (type: string) =>
      classify(`<form><label for="md">お引越し予定日</label><div><input type="${type}" id="md">
        <select id="dd" name="move_day"><option value="">日</option>${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select></div></form>`);
    const month = page('month');
    expect(keyOf(month, '#md')).toBe('move.date');
    expect(keyOf(month, '#dd')).toBe('move.date#day');
    // Control: a plain text box before the day select is a piece of the same split date.
    expect(keyOf(page('text'), '#md')).not.toBe('move.date');
  });
});

describe('a notice of a change', () => {
  it('on a page titled 「変更届」作成, the one address asked is the address after the change', () => {
    const body = `<h1>TITLE</h1><form><label for="z">郵便番号</label><input id="z" name="postCode">
      <label for="a">住所</label><input id="a" name="address"><label for="t">電話番号</label><input id="t" name="tel"></form>`;
    const page = (title: string) => classify(body.replace('TITLE', title), title);
    expect(keyOf(page('「変更届」作成'), '#z')).toBe('newAddress.postalCode');
    expect(keyOf(page('身上異動届'), '#a')).toBe('newAddress.full');
    // Control: a member's page for changing registered details says nothing of which home it is.
    expect(keyOf(page('会員情報の変更'), '#z')).toBe('oldAddress.postalCode');
  });
});
