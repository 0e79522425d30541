// @vitest-environment happy-dom
// Rules found on pages gathered after the fourteenth round, and on dev pages rewritten so that names,
// tables or captions say less: notes on how to type ([半角英数字], （※漢字でご記入ください）) standing
// between a caption and its box, the cells before a caption in a <div> row, a municipality asked by
// code or by a list of cities, a doctor's name, a required mark drawn by a class, the user's own
// number for emergencies, a condition written above a box, steps marked by data- attributes, a
// reading after a two-box name, and a choice that opens a box on a later step.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, fieldOf, keyOf } from './classify-markup';

describe('a note on how to type the value, between the caption and the box', () => {
  it('<td>メールアドレス</td><td>[半角英数字]</td><td>[ ]</td>: the caption is the cell before the note', () => {
    const f = classify(`<form><table>
      <tr><td><img src="req.gif" alt=""></td><td>メールアドレス</td><td>[半角英数字]</td><td><input id="a" name="q1" size="36"></td></tr>
      <tr><td><img src="req.gif" alt=""></td><td>お名前</td><td>（全角）</td><td><input id="b" name="q2"></td></tr>
      <tr><td></td><td>電話番号</td><td></td><td><input id="c" name="q3"></td></tr>
      </table></form>`);
    expect(keyOf(f, '#a')).toBe('email');
    expect(keyOf(f, '#b')).toBe('name.full');
    // Control: a row with no note between its caption and its box.
    expect(keyOf(f, '#c')).toBe('phone');
  });

  it('the same rows laid out as <div>s', () => {
    const row = (caption: string, note: string, id: string) =>
      `<div class="r"><div class="c">${caption}</div>${note ? `<div class="m">${note}</div>` : ''}<div class="i"><input id="${id}" name="${id}9"></div></div>`;
    const f = classify(`<form>${row('メールアドレス', '[半角英数字]', 'a')}${row('ご住所', 'ハイフンなし', 'b')}${row('電話番号', '', 'c')}</form>`);
    expect(keyOf(f, '#a')).toBe('email');
    expect(keyOf(f, '#b')).toBe('oldAddress.full');
    expect(keyOf(f, '#c')).toBe('phone');
  });
});

describe('cells of a <div> row before its caption', () => {
  it('<div>使用中止<br>（旧居）</div><div>郵便番号</div><div>[ ]</div>: the cell before the caption says which home', () => {
    const row = (side: string, caption: string, name: string) =>
      `<div class="row"><div class="cell">${side}</div><div class="cell">${caption}</div><div class="cell">〒<input name="${name}" size="10" maxlength="8"></div></div>`;
    const f = classify(`<h2>水道の使用中止・使用開始届（市内でのお引越し）</h2><form><div class="tbl">
      <div class="row"><div class="cell"><b>届出者（ご使用者）</b></div></div>
      <div class="row"><div class="cell">使用者氏名</div><div class="cell"><input name="n"></div></div>
      ${row('使用中止<br>（旧居）', '郵便番号', 'a')}
      <div class="row"><div class="cell">中止する場所</div><div class="cell">○○市 <input name="a2" size="50"></div></div>
      ${row('使用開始<br>（新居）', '郵便番号', 'b')}
      <div class="row"><div class="cell">開始する場所</div><div class="cell">○○市 <input name="b2" size="50"></div></div>
      <div class="row"><div class="cell">連絡先電話番号</div><div class="cell"><input name="t"></div></div>
      </div></form>`);
    // The side is read, not guessed from the blocks' order: neither is left as side unknown.
    for (const [name, key] of [['a', 'oldAddress.postalCode'], ['b', 'newAddress.postalCode']]) {
      expect(keyOf(f, `[name="${name}"]`)).toBe(key);
      expect(fieldOf(f, `[name="${name}"]`).review, name).not.toBe('side-unknown');
    }
    // Control: a row with no cell before its caption.
    expect(keyOf(f, '[name="t"]')).toBe('phone');
  });
});

describe('a municipality asked by its code or by a list of cities', () => {
  const page = (cityOptions: string) =>
    classify(`<form><h2>予約する方の情報</h2>
      <div><label for="city">お住まい <span>必須</span></label><select id="city" name="city">${cityOptions}</select></div>
      <div><label for="code">市町村コード <span>必須</span></label><input id="code" name="code" inputmode="numeric" placeholder="000000"></div>
      <div><label for="bd">生年月日</label><input id="bd" name="bd" type="date"></div></form>`);

  it('市町村コード is a code, not the name of a city; a list of cities under お住まい picks the city', () => {
    const f = page('<option value="011002">札幌市</option><option value="">札幌市以外</option>');
    expect(keyOf(f, '#code')).toBeNull();
    expect(keyOf(f, '#city')).toBe('oldAddress.city');
    expect(keyOf(f, '#bd')).toBe('birthDate');
  });

  it('a list of prefectures under the same caption is still the prefecture', () => {
    const f = page(['北海道', '青森県', '岩手県', '宮城県', '秋田県'].map((p) => `<option>${p}</option>`).join(''));
    expect(keyOf(f, '#city')).toBe('oldAddress.prefecture');
  });
});

describe('a doctor named on an application', () => {
  it('診断医師名 is the doctor who wrote the certificate, not the applicant', () => {
    const f = classify(`<form><h2>障害者手帳の申請</h2>
      <div><label for="n">申請者氏名</label><input id="n" name="n"></div>
      <div><label for="h">医療機関名</label><input id="h" name="h"></div>
      <div><label for="doc">診断医師名 <span>必須</span></label><input id="doc" name="doc" placeholder="山田 太郎"></div>
      <div><label for="doc2">主治医</label><input id="doc2" name="doc2"></div></form>`);
    expect(keyOf(f, '#doc')).toBeNull();
    expect(keyOf(f, '#doc2')).toBeNull();
    // Control: the applicant's own name on the same page.
    expect(keyOf(f, '#n')).toBe('name.full');
  });
});

describe('a required mark drawn by the cell\'s style', () => {
  const page = (companyCell: string) =>
    classify(`<form><table>
      <tr><th colspan="2">お客さまの情報を入力してください</th></tr>
      <tr><th>貴社名</th><td class="${companyCell}"><input name="user_company"></td></tr>
      <tr><th>部署名</th><td class="list"><input name="user_section"></td></tr>
      <tr><th>受講者氏名</th><td class="listhissu"><input name="user_name"></td></tr>
      <tr><th>住所</th><td class="listhissu">〒<input name="pc1" maxlength="3">-<input name="pc2" maxlength="4"><br><input name="user_address"></td></tr>
      <tr><th>TEL</th><td class="listhissu"><input name="user_tel"></td></tr>
      </table></form>`);

  it('<td class="listhissu"> under 貴社名, first on the form: the address that follows is the company\'s', () => {
    const f = page('listhissu');
    expect(keyOf(f, '[name="user_address"]')).toBeNull();
    expect(keyOf(f, '[name="pc1"]')).toBeNull();
    expect(keyOf(f, '[name="user_name"]')).toBe('name.full');
    expect(keyOf(f, '[name="user_tel"]')).toBe('phone');
    // Control: where the company's cell is not marked, the company may be left out, and the address is the writer's.
    expect(keyOf(page('list'), '[name="user_address"]')).toBe('oldAddress.full');
  });
});

describe('the user\'s own number, to call in an emergency', () => {
  it('お電話番号（緊急連絡先） is the user\'s phone; 緊急連絡先 on its own is someone else\'s', () => {
    const f = classify(`<form><table>
      <tr><th>お名前</th><td><input name="n1" placeholder="姓"><input name="n2" placeholder="名"></td></tr>
      <tr><th><span>必須</span> お電話番号<br>（緊急連絡先）</th><td><input name="tel"></td></tr>
      <tr><th>メールアドレス</th><td><input name="mail"></td></tr>
      <tr><th>緊急連絡先</th><td><input name="tel2"></td></tr>
      </table></form>`);
    expect(keyOf(f, '[name="tel"]')).toBe('phone');
    expect(keyOf(f, '[name="tel2"]')).toBeNull();
    expect(keyOf(f, '[name="mail"]')).toBe('email');
  });

  it('the same caption in a <div> row, its bracket on a line of its own', () => {
    const f = classify(`<form><div class="t">
      <div class="row"><div class="head"><span>必須</span> お名前</div><div class="cell"><input name="n1"></div></div>
      <div class="row"><div class="head"><span>必須</span> お電話番号<br>（緊急連絡先）</div><div class="cell"><input name="tel"></div></div>
      <div class="row"><div class="head"><span>必須</span> メールアドレス</div><div class="cell"><input name="mail"></div></div>
      </div></form>`);
    expect(keyOf(f, '[name="tel"]')).toBe('phone');
    expect(keyOf(f, '[name="mail"]')).toBe('email');
  });
});

describe('a condition written above the boxes in their cell', () => {
  it('（売却物件が上記住所と違う場合） above the second block\'s boxes makes it the property\'s address', () => {
    const f = classify(`<title>無料査定・ご相談依頼</title><form><table>
      <tr><th>お名前</th><td><input name="nm"></td></tr>
      <tr><th>ご住所</th><td>郵便番号<br><input name="z1" placeholder="例）123-4567"><br>都道府県<br><select name="p1"><option value="">選択</option><option>北海道</option><option>青森県</option></select><br>市区町村以下<br><input name="a1"></td></tr>
      <tr><th>ご住所02</th><td>郵便番号<br>（売却物件が上記住所と違う場合）<br><span>（※半角数字でご記入ください）</span><br><input name="z2" placeholder="例）123-4567"><br>
        都道府県<br>（売却物件が上記住所と違う場合）<br><select name="p2"><option value="">選択</option><option>北海道</option><option>青森県</option></select><br>
        市区町村以下<br>（売却物件が上記住所と違う場合）<br><span>（※市区町村以下をご記入ください）</span><br><input name="a2"></td></tr>
      </table></form>`);
    expect(keyOf(f, '[name="z2"]')).toBeNull();
    expect(keyOf(f, '[name="a2"]')).toBeNull();
    // Control: the writer's own address above.
    expect(keyOf(f, '[name="z1"]')).toBe('oldAddress.postalCode');
    expect(keyOf(f, '[name="a1"]')).toBe('oldAddress.afterPrefecture');
  });
});

describe('steps marked by a data- attribute alone', () => {
  it('<div data-step="2" style="display:none"> after a shown <div data-step="1"> is a later step, not a trap', () => {
    const f = classify(`<div class="card">
      <div data-step="1"><h3>何人に送りますか？</h3><label for="count">送り先の人数</label><input id="count" type="number" value="1"><button type="button">次へ</button></div>
      <div data-step="2" style="display:none"><h3>ご注文者さまの情報</h3>
        <label for="cn">お名前 *</label><input id="cn" placeholder="山田 太郎">
        <label for="ce">メールアドレス *</label><input id="ce" type="email">
        <label for="cp">電話番号 *</label><input id="cp" type="tel"></div>
      <div data-step="3" style="display:none"><h3>送り先 1/1 の情報</h3>
        <label for="recipientName">お名前 *</label><input id="recipientName">
        <label for="recipientPostalCode">郵便番号 *</label><input id="recipientPostalCode">
        <label for="recipientPhone">電話番号 *</label><input id="recipientPhone" type="tel"></div>
      </div>`);
    expect(keyOf(f, '#cn')).toBe('name.full');
    expect(keyOf(f, '#ce')).toBe('email');
    expect(keyOf(f, '#cp')).toBe('phone');
    // The recipient's boxes, named so, are someone else's.
    expect(keyOf(f, '#recipientPostalCode')).toBeNull();
    expect(keyOf(f, '#recipientPhone')).toBeNull();
  });

  it('a lone hidden box beside shown ones is still a trap', () => {
    const f = classify(`<form><label for="n">お名前</label><input id="n"><div data-x="1" style="display:none"><label for="h">お名前</label><input id="h" name="website"></div></form>`);
    expect(keyOf(f, '#h')).toBeNull();
    expect(keyOf(f, '#n')).toBe('name.full');
  });
});

describe('a name\'s reading after a name of two boxes, the second uncaptioned', () => {
  it('お名前 [ ][ ]様 then フリガナ [ ][ ]様 in blocks of their own: the reading is the name\'s', () => {
    const f = classify(`<form>
      <div class="in-table name"><div class="t1"><span>＊</span>お名前</div><div><input name="q1" id="a"><input name="q2" id="b">様</div></div>
      <div class="in-table name"><div class="t1">フリガナ</div><div><input name="q3" id="c"><input name="q4" id="d">様</div></div>
      <div class="in-table"><div class="t1">メールアドレス</div><div><input name="q5" id="e"></div></div></form>`);
    expect(keyOf(f, '#c')).toBe('name.familyKana');
    expect(keyOf(f, '#d')).toBe('name.givenKana');
    expect(keyOf(f, '#a')).toBe('name.family');
  });
});

describe('a box a choice opens, both on a later step', () => {
  const wizard = (choices: string) =>
    classify(`<div class="page" id="step1"><h1>ご相談内容</h1><div class="card">
        <label for="what">ご相談の内容</label><textarea id="what"></textarea><button type="button">次へ</button></div></div>
      <div class="page" id="step2" style="display:none"><h1>連絡方法・確認</h1><div class="card">
        <div class="field"><p class="label">ご希望の連絡手段</p><div class="options">${choices}</div></div>
        <div class="field" id="phone-field"><label for="phone">お電話番号</label><input id="phone" type="tel"></div>
        <div class="field" id="email-field" style="display:none"><label for="email">メールアドレス *</label><input id="email" type="email"></div>
      </div></div>`);

  it('[✓] メール among the choices of step 2 opens the e-mail box of step 2: a real box, not a trap', () => {
    const f = wizard(['LINE', '電話', 'メール'].map((c) => `<label><input type="checkbox" name="contact_method" value="${c}"><span>${c}</span></label>`).join(''));
    expect(keyOf(f, '#email')).toBe('email');
    // Control: the shown box of the same step.
    expect(keyOf(f, '#phone')).toBe('phone');
  });
});

describe('captions written as lines in one paragraph', () => {
  it('お名前<br>（※漢字でご記入ください）<br>[ ]: the line on how to type stands between the caption and the box', () => {
    const f = classify(`<form>
      <p>お名前 <span>必須</span><br><span class="info">（※漢字でご記入ください）</span><br><input name="q1"></p>
      <p>フリガナ<br><span class="info">（※カタカナでご記入ください）</span><br><input name="q2"></p>
      <p>メールアドレス<br><input name="q3"></p>
      <p>※ご住所<br><input name="q4"></p></form>`);
    expect(keyOf(f, '[name="q1"]')).toBe('name.full');
    expect(keyOf(f, '[name="q2"]')).toBe('name.fullKana');
    // Controls: a caption line right above its box, and one starting with a required mark (※ご住所), no hint.
    expect(keyOf(f, '[name="q3"]')).toBe('email');
    expect(keyOf(f, '[name="q4"]')).toBe('oldAddress.full');
  });

  it('お電話番号<br>（緊急連絡先）<br>[ ]: the bracketed line qualifies the caption above it, the user\'s own number', () => {
    const f = classify(`<form>
      <p><span>必須</span> お名前<br><input name="n1"></p>
      <p><span>必須</span> お電話番号<br>（緊急連絡先）<br><input name="tel"></p>
      <p><span>必須</span> メールアドレス<br><input name="mail"></p></form>`);
    expect(keyOf(f, '[name="tel"]')).toBe('phone');
    expect(keyOf(f, '[name="mail"]')).toBe('email');
  });

  it('a condition line above the boxes of a second address in its paragraph, a hint between (売却物件が上記住所と違う場合)', () => {
    const f = classify(`<title>無料査定・ご相談依頼</title><form>
      <p>お名前<br><input name="nm"></p>
      <p>ご住所<br>郵便番号 <input name="z1" placeholder="例）123-4567"><br>市区町村以下<br><input name="a1"></p>
      <p>ご住所02<br>郵便番号<br>（売却物件が上記住所と違う場合）<br><span>（※半角数字でご記入ください）</span><br><input name="z2" placeholder="例）123-4567"><br>
        市区町村以下<br>（売却物件が上記住所と違う場合）<br><span>（※市区町村以下をご記入ください）</span><br><input name="a2"></p></form>`);
    expect(keyOf(f, '[name="z2"]')).toBeNull();
    expect(keyOf(f, '[name="a2"]')).toBeNull();
    expect(keyOf(f, '[name="z1"]')).toBe('oldAddress.postalCode');
  });
});

describe('a label wrapped round its caption lines and its box', () => {
  it('<label>お電話番号<br>（緊急連絡先）[ ]</label>: the bracket right before the box is part of the label, not a caption of its own', () => {
    const f = classify(`<form><div>
      <label><span>必須</span> お名前<input name="n1"></label>
      <label><span>必須</span> お電話番号<br>（緊急連絡先）<input name="tel"></label>
      <label><span>必須</span> メールアドレス<input name="mail"></label></div></form>`);
    expect(keyOf(f, '[name="tel"]')).toBe('phone');
    expect(keyOf(f, '[name="mail"]')).toBe('email');
  });
});

describe('an input type no browser knows', () => {
  it('電話番号 [type="tell"]-[ ]-[ ] sharing one name: a browser shows text boxes, so they are the parts of one number', () => {
    const page = (type: string) =>
      classify(`<form><div class="item"><label for="a">お名前</label><br><input type="text" id="a" name="n1"></div>
        <div class="item"><label for="t1">電話番号</label><br><input type="${type}" name="q4" id="t1"><span>-</span><input type="${type}" name="q4" id="t2"><span>-</span><input type="${type}" name="q4" id="t3"></div>
        <div class="item"><label for="m">メール</label><br><input type="email" id="m" name="n5"></div></form>`);
    const tell = page('tell');
    expect(keyOf(tell, '#t1')).toBe('phone#1');
    expect(keyOf(tell, '#t2')).toBe('phone#2');
    expect(keyOf(tell, '#t3')).toBe('phone#3');
    expect(keyOf(tell, '#m')).toBe('email');
    // Control: the same boxes typed tel.
    expect(keyOf(page('tel'), '#t3')).toBe('phone#3');
  });
});
