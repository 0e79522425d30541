// @vitest-environment happy-dom
// Rules for classes met on further unseen pages: the choices of a date select over a unit printed
// beside it, an example address that stops at the block, later steps of a multi-step form, headings
// inside hidden blocks, and the property of a sale or letting form. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

const months = Array.from({ length: 12 }, (_, i) => `<option>${i + 1}月</option>`).join('');
const days = Array.from({ length: 31 }, (_, i) => `<option>${i + 1}日</option>`).join('');

describe('date parts from the choices', () => {
  it('a year box, 年, then month and day selects: the selects take month and day, not the 年 beside them', () => {
    const fields = classify(`<form><label><h5>お引越し予定日</h5><div>
      <input type="text" id="y"> <span>年</span>
      <select id="m"><option value="">お選びください</option>${months}</select>
      <select id="d"><option value="">お選びください</option><option>未定</option><option>上旬</option>${days}</select>
      </div></label></form>`);
    expect(keyOf(fields, '#y')).toBe('move.date#year');
    expect(keyOf(fields, '#m')).toBe('move.date#month');
    expect(keyOf(fields, '#d')).toBe('move.date#day');
    expect(fieldOf(fields, '#m').rules).toContain('options.date-part');
  });

  it('control: selects whose units follow them keep the parts their units name', () => {
    const fields = classify(`<form><p>生年月日</p><p><select id="y"><option></option><option>1980</option><option>1981</option><option>1982</option></select>年
      <select id="m"><option></option>${months}</select>月 <select id="d"><option></option>${days}</select>日</p></form>`);
    expect(keyOf(fields, '#y')).toBe('birthDate#year');
    expect(keyOf(fields, '#m')).toBe('birthDate#month');
    expect(fieldOf(fields, '#m').rules).not.toContain('options.date-part');
  });
});

describe('an example that stops at the block', () => {
  it('a lone 新ご住所 box whose example has no building takes the whole address', () => {
    const fields = classify(`<form><h3>お引越し先ご住所</h3>
      <label><h5>郵便番号</h5><input id="z" placeholder="例：000-0000"></label>
      <label><h5>新ご住所</h5><input id="a" placeholder="例：東京都港区芝２丁目３２−１"></label></form>`);
    expect(keyOf(fields, '#a')).toBe('newAddress.full');
    expect(fieldOf(fields, '#a').rules).toContain('address.example-building');
  });

  it('control: with a building box of its own, the address box stops at the block', () => {
    const fields = classify(`<form><h3>お引越し先ご住所</h3>
      <label><h5>新ご住所</h5><input id="a" placeholder="例：東京都港区芝２丁目３２−１"></label>
      <label><h5>建物名・部屋番号</h5><input id="b"></label></form>`);
    expect(keyOf(fields, '#a')).toBe('newAddress.fullWithoutBuilding');
    expect(keyOf(fields, '#b')).toBe('newAddress.building');
  });
});

describe('later steps of a multi-step form', () => {
  const page = (second: string) => `<form>
    <section class="formBox" id="s1"><dl><dt>ご依頼の内容</dt><dd><input id="what"></dd></dl>
      <button type="button" class="next">次へ</button></section>
    ${second}</form>`;

  it('a hidden section shaped like the visible step is classified, with the captions written inside it', () => {
    const fields = classify(page(`<section class="formBox" id="s2" style="display:none"><dl>
      <dt>お名前</dt><dd><input id="n"></dd>
      <dt>お住まいの住所</dt><dd><p>■郵便番号<br><input id="z"></p><p>■丁目　番　号<br><input id="blk"></p></dd></dl></section>`));
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#blk')).toBe('oldAddress.block');
    expect(fieldOf(fields, '#n').rules).toContain('shown-on-demand');
  });

  it('a step opened by a 次へ link that is itself in a hidden step is classified', () => {
    const fields = classify(`<form><div id="p1"><input id="what"> <a href="#p2">次へ</a></div>
      <div id="p2" style="display:none"><input id="x"> <a href="#p3">次へ</a></div>
      <div id="p3" style="display:none"><label for="m">メールアドレス</label><input id="m"></div></form>`);
    expect(keyOf(fields, '#m')).toBe('email');
  });

  it('control: a hidden box of another shape, opened by nothing, stays concealed', () => {
    const fields = classify(page(`<div class="extra" style="display:none"><dl><dt>お名前</dt><dd><input id="n"></dd></dl></div>`));
    expect(keyOf(fields, '#n')).toBeNull();
    expect(fieldOf(fields, '#n').rules).toContain('concealed');
  });
});

describe('headings inside a hidden block', () => {
  it('代表者情報 inside a hidden block does not make a later visible block someone else’s', () => {
    const block = `<div class="t"><div class="tr"><div class="td">解約希望日</div><div class="td">
      <select id="y"><option></option><option>2026</option><option>2027</option><option>2028</option></select>年
      <select id="m"><option></option>${months}</select>月</div></div></div>`;
    const fields = classify(`<form><div id="h" style="display:none"><div class="tr"><div class="td">代表者情報</div>
      <div class="td"><input type="checkbox" id="c1"><span>代表者名</span></div></div></div>${block}</form>`);
    expect(keyOf(fields, '#y')).toBe('move.stopDate#year');
    // Control: a heading of someone else's, visible, does speak for the block after it.
    const shown = classify(`<form><div class="tr"><div class="td">緊急連絡先</div></div>
      <div class="t"><div class="tr"><div class="td">お名前</div><div class="td"><input id="n"></div></div></div></form>`);
    expect(keyOf(shown, '#n')).toBeNull();
  });
});

describe('a property to sell or let', () => {
  const property = `<dl><dt>物件の所在地</dt><dd><p>■都道府県<br><select id="pp"><option></option><option>東京都</option><option>神奈川県</option><option>大阪府</option></select></p>
    <p>■丁目　番地　号<br><input id="pb"></p></dd></dl>`;

  it('物件の所在地 on a form that also asks お住まいの住所 takes nothing; the home does', () => {
    const fields = classify(`<form>${property}<dl><dt>お名前</dt><dd><input id="n"></dd>
      <dt>お住まいの住所</dt><dd><p>■郵便番号<br><input id="z"></p><p>■住所<br><input id="a"></p></dd></dl></form>`);
    expect(keyOf(fields, '#pp')).toBeNull();
    expect(keyOf(fields, '#pb')).toBeNull();
    expect(fieldOf(fields, '#pb').rules).toContain('person.property');
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
  });

  it('control: with no home asked apart, the property block is still read as an address', () => {
    const fields = classify(`<form>${property}<dl><dt>お名前</dt><dd><input id="n"></dd></dl></form>`);
    expect(keyOf(fields, '#pp')).toBe('oldAddress.prefecture');
  });
});

describe('a row caption is not a section heading', () => {
  it('a 配送先 row of radios in a dl does not make the rows after it someone else’s', () => {
    const fields = classify(`<form><dl>
      <dt>配送先</dt><dd><label><input type="radio" name="dest" value="1" checked> 自宅・勤務先配達</label><label><input type="radio" name="dest" value="2"> 郵便局留め</label></dd>
      <dt>郵便番号</dt><dd><input id="z"></dd>
      <dt>電話番号</dt><dd><input id="t" type="tel"></dd></dl></form>`);
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: a nested list under 局留めする郵便局 is the post office’s, not the user’s', () => {
    const fields = classify(`<form><dl>
      <dt>郵便番号</dt><dd><input id="z"></dd>
      <dt>局留めする郵便局</dt><dd><dl><dt>郵便番号</dt><dd><input id="pz"></dd><dt>郵便局名</dt><dd><input id="pn"></dd></dl></dd></dl></form>`);
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#pz')).toBeNull();
    expect(fieldOf(fields, '#pz').rules).toContain('person.other-party');
  });
});

describe('a postal code split by the shape of its boxes', () => {
  it('[000]-[0000] under ご住所, then an address box: the two postal parts and the whole address', () => {
    const fields = classify(`<form><label for="address">ご住所</label><div>
      <p>建物名称まで正確にご記入ください。</p>
      <div><input type="text" id="a1" name="address" size="5" placeholder="例）000"> - <input type="text" id="a2" name="address" size="7" placeholder="0000"></div>
      <input type="text" id="a3" name="address" placeholder="ご住所"></div></form>`);
    expect(keyOf(fields, '#a1')).toBe('oldAddress.postalCode#1');
    expect(keyOf(fields, '#a2')).toBe('oldAddress.postalCode#2');
    expect(fieldOf(fields, '#a1').rules).toContain('split.postal-shape');
    expect(keyOf(fields, '#a3')).toBe('oldAddress.full');
  });

  it('control: three boxes of 3, 4 and 4 digits under 電話番号 stay the phone', () => {
    const fields = classify(`<form><label>電話番号</label><div><input id="t1" maxlength="3"> - <input id="t2" maxlength="4"> - <input id="t3" maxlength="4"></div></form>`);
    expect(keyOf(fields, '#t1')).toBe('phone#1');
    expect(keyOf(fields, '#t2')).toBe('phone#2');
  });
});

describe('a note right before a block says whose it is', () => {
  const names = (note: string) => classify(`<form>
    <fieldset><label for="n1">お名前</label><input id="n1"></fieldset>
    <p>${note}</p>
    <fieldset><label for="c">賃貸人名（漢字）</label><div><input id="c1" placeholder="姓"><input id="c2" placeholder="名"></div></fieldset>
    <fieldset><label for="m">メールアドレス</label><input id="m"></fieldset></form>`);

  it('※お問い合わせの方とご契約者名が異なる場合は… before a fieldset: that fieldset takes nothing', () => {
    const fields = names('※お問い合わせの方とご契約者名が異なる場合は、賃貸人名義もご記入ください。');
    expect(keyOf(fields, '#n1')).toBe('name.full');
    expect(keyOf(fields, '#c1')).toBeNull();
    expect(keyOf(fields, '#m')).toBe('email');
  });

  it('control: a plain instruction before the same fieldset leaves its name keyed', () => {
    const fields = names('※漢字でご記入ください。');
    expect(keyOf(fields, '#c1')).toBe('name.family');
  });
});

describe('captions written as requests and samples', () => {
  it('郵便番号を入力してください right above a box is its caption, not a hint to pass over', () => {
    const fields = classify(`<form><div>ご住所</div><div>郵便番号を入力してください</div><div><input id="z"></div></form>`);
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    // Control: a hint that names no value is still passed over for the caption above it.
    const hinted = classify(`<form><div>郵便番号</div><div>半角数字でご入力ください</div><div><input id="z"></div></form>`);
    expect(keyOf(hinted, '#z')).toBe('oldAddress.postalCode');
  });

  it('a placeholder that is a sample address with blanks (広島県広島市○○丁目○○番地) shows the whole address', () => {
    const fields = classify(`<form><p>住所</p><div><input id="z" name="zip11" placeholder="123-4567"></div><div><input id="a" name="addr11" placeholder="広島県広島市○○丁目○○番地"></div></form>`);
    expect(keyOf(fields, '#a')).toBe('oldAddress.full');
  });

  it('name1 / name2 in rows captioned お名前 and ふりがな are the whole name and its kana', () => {
    const fields = classify(`<form><table>
      <tr><th>お名前</th><td><input name="name1" placeholder="（例）塗装太郎"></td></tr>
      <tr><th>ふりがな</th><td><input name="name2" placeholder="（例）とそうたろう"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="name1"]')).toBe('name.full');
    expect(keyOf(fields, '[name="name2"]')).toBe('name.fullKana');
    // Control: name1 / name2 side by side under one caption are family and given.
    const split = classify(`<form><table><tr><th>お名前</th><td><input name="name1"> <input name="name2"></td></tr></table></form>`);
    expect(keyOf(split, '[name="name1"]')).toBe('name.family');
    expect(keyOf(split, '[name="name2"]')).toBe('name.given');
  });

  it('a sentence placeholder asking for free text (今のお住まいの状況…お教えください) does not make a box an address', () => {
    const fields = classify(`<form><table>
      <tr><th>ご住所</th><td><input id="a" placeholder="（例）彦根市南川瀬川町1400-11"></td></tr>
      <tr><th>事前に伝えておきたいこと</th><td><textarea id="t" placeholder="（今のお住まいの状況や気になっていることなどありましたら、お教えください）"></textarea></td></tr></table></form>`);
    expect(keyOf(fields, '#t')).toBeNull();
    expect(keyOf(fields, '#a')).toBe('oldAddress.afterPrefecture');
  });
});

describe('blocks opened for someone else, and companies the user deals with', () => {
  it('a hidden block opened by 別の配送先を指定する is the recipient’s; the buyer’s block is the user’s', () => {
    const fields = classify(`<form><table id="flag"><tr><th>配送先</th>
      <td><label><input type="radio" name="f" value="0" checked> お客様情報と同じ</label> <label><input type="radio" name="f" value="1"> 別の配送先を指定する</label></td></tr></table>
      <input type="hidden" name="country" value="JP">
      <table id="dest" style="display:none"><tr><th>お名前</th><td><input id="dn"></td></tr><tr><th>電話番号</th><td><input id="dt"></td></tr></table></form>`);
    expect(keyOf(fields, '#dn')).toBeNull();
    expect(fieldOf(fields, '#dn').rules).toEqual(expect.arrayContaining(['shown-on-demand', 'person.other-party']));
    // Control: a hidden block opened by 別住所に送る (no one else named) is classified as the user’s.
    const own = classify(`<form><p><label><input type="checkbox" id="sw"> 別住所に送る</label></p>
      <div style="display:none"><p>郵便番号 <input id="z"></p></div></form>`);
    expect(keyOf(own, '#z')).not.toBeNull();
  });

  it('goods shipped to another address (別の住所へ配送しますか) go to a recipient; a letter sent to another address does not say so', () => {
    const page = (words: string) =>
      classify(`<form><p>お名前 <input id="n"></p><p>郵便番号 <input id="z1"></p>
      <h3><label><input type="checkbox" id="sw"> <span>${words}</span></label></h3>
      <div class="shipping" style="display:none"><p>お名前 <input id="dn"></p><p>郵便番号 <input id="dz"></p></div></form>`);
    const shipped = page('別の住所へ配送しますか ?');
    expect(keyOf(shipped, '#dz')).toBeNull();
    expect(keyOf(shipped, '#dn')).toBeNull();
    expect(keyOf(shipped, '#z1')).toBe('oldAddress.postalCode');
    // Control: 別の住所に送付する names no recipient; the block it opens is still classified.
    expect(keyOf(page('別の住所に送付する'), '#dz')).not.toBeNull();
  });

  it('管理会社名 before the address does not make the address a company’s; 会社名 does', () => {
    const rows = (company: string) => classify(`<form><table>
      <tr><th>${company}</th><td><input id="co"></td></tr>
      <tr><th>〒</th><td><input id="z" name="zip"></td></tr></table></form>`);
    expect(keyOf(rows('管理会社名'), '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(rows('会社名'), '#z')).toBeNull();
  });

  it('an uncaptioned type="tel" box (a gas amount typed on a keypad) is not a phone; a captioned one is', () => {
    const fields = classify(`<form><div>月のガス使用量が</div><div><input type="tel" id="amount" name="gas_used_amount"></div>
      <p>電話番号 <input type="tel" id="t"></p></form>`);
    expect(keyOf(fields, '#amount')).toBeNull();
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});

describe('one address asked in one place', () => {
  it('〒[3]-[4] then a 住所 box in one cell: postal parts and the whole address', () => {
    const fields = classify(`<form><table><tr><td>日本での住所</td><td>〒 <input name="p1" maxlength="3"> - <input name="p2" maxlength="4"><br><input name="addr"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="p1"]')).toBe('oldAddress.postalCode#1');
    expect(keyOf(fields, '[name="p2"]')).toBe('oldAddress.postalCode#2');
    expect(keyOf(fields, '[name="addr"]')).toBe('oldAddress.full');
  });

  it('建物名 and 部屋番号, then phone and e-mail, then 転居先住所: the first block is the home being left', () => {
    const fields = classify(`<form>
      <div><div>建物名</div><div><input id="b" name="your_building"></div></div>
      <div><div>部屋番号</div><div><input id="r" name="your_number"></div></div>
      <div><div>電話番号</div><div><input id="t" name="your_tel"></div></div>
      <div><div>転居先郵便番号</div><div><input id="z" name="your_zip"></div></div>
      <div><div>転居先住所</div><div><input id="a" name="your_address"></div></div></form>`);
    expect(keyOf(fields, '#b')).toBe('oldAddress.buildingName');
    expect(keyOf(fields, '#r')).toBe('oldAddress.room');
    expect(keyOf(fields, '#z')).toBe('newAddress.postalCode');
    // Control: with nothing between them, a sided box joins the block before it.
    const together = classify(`<form>
      <div><div>部屋番号</div><div><input id="r" name="your_number"></div></div>
      <div><div>転居先郵便番号</div><div><input id="z" name="your_zip"></div></div></form>`);
    expect(keyOf(together, '#r')).toBe('newAddress.room');
  });

  it('boxes named for an account (accName, accNumber) under 返金希望口座 take nothing', () => {
    const fields = classify(`<form><div><div>返金希望口座</div><div>
      <div><input id="bank" name="your_bank"></div><div><input id="an" name="your_accName"></div><div><input id="ano" name="your_accNumber"></div></div></div></form>`);
    expect(keyOf(fields, '#an')).toBeNull();
    expect(keyOf(fields, '#ano')).toBeNull();
  });
});

describe('a caption with a hint below it', () => {
  it('建物住所<br>現在お住いの住所をご記載ください: the address of the home being left, the hint giving its side', () => {
    const fields = classify(`<form>
      <div><div class="t">建物名・駐車場名 号室（区画番号）<br><span>現在お住いの建物名と号室をご記載ください</span></div><div><input id="b" placeholder="例：タカラアパート 101号"></div></div>
      <div><div class="t">建物住所<br><span>現在お住いの住所をご記載ください</span></div><div><input id="a" placeholder="例：大分市大手町1-1-3"></div></div>
      <div><div class="t">転居先住所<br><span>お引越し後の住所・建物名・号室を記載ください　精算書を送付します</span></div><div><input id="n" placeholder="例：大分市大手町1-1-1 タカラアパート101号室"></div></div></form>`);
    expect(keyOf(fields, '#b')).toBe('oldAddress.building');
    expect(keyOf(fields, '#a')).toBe('oldAddress.line1');
    expect(keyOf(fields, '#n')).toBe('newAddress.afterPrefecture');
  });

  it('お名前<br>[ ]<br>フリガナ<br>[ ]: the caption above the next box is not a note of the box before it; an example is', () => {
    const fields = classify(`<form>お名前<span>*</span><br><input name="user_name"><br><br>フリガナ<span>*</span><br><input name="user_name_kana"><br><br></form>`);
    expect(keyOf(fields, '[name="user_name"]')).toBe('name.full');
    expect(keyOf(fields, '[name="user_name_kana"]')).toBe('name.fullKana');
    // Control: a line that explains the box above (例) stays its note, even with a box right below it.
    const hinted = classify(`<form>お名前<br><input id="n"><br>（フリガナ）<br><input id="x" name="memo"></form>`);
    expect(keyOf(hinted, '#n')).toBe('name.fullKana');
  });

  it('control: 駐車場番号 alone takes nothing', () => {
    const fields = classify(`<form><p>駐車場番号 <input id="p"></p></form>`);
    expect(keyOf(fields, '#p')).toBeNull();
  });
});

describe('captions inside one cell', () => {
  it('<p>TEL</p><input> <p>携帯</p><input>: two whole numbers, the mobile the main one', () => {
    const fields = classify(`<form><table><tr><th>電話番号</th><td>
      <p>TELまたは携帯のどちらかをご入力ください</p>
      <p>TEL</p><input id="t" type="tel"><ul><li></li></ul>
      <p>携帯</p><input id="k" type="tel"></td></tr></table></form>`);
    expect(keyOf(fields, '#t')).toBe('phoneAlt');
    expect(keyOf(fields, '#k')).toBe('phone');
  });

  it('メールアドレス_2 is a second address (no key); メールアドレス（確認用） is the confirmation', () => {
    const fields = classify(`<form><table><tr><th>メールアドレス</th><td>
      <p>メールアドレス_1</p><input id="m1" type="email"><p>メールアドレス_2</p><input id="m2" type="email"></td></tr>
      <tr><th>メールアドレス（確認用）</th><td><input id="mc" type="email"></td></tr></table></form>`);
    expect(keyOf(fields, '#m1')).toBe('email');
    expect(keyOf(fields, '#m2')).toBeNull();
    expect(keyOf(fields, '#mc')).toBe('emailConfirm');
  });

  it('a row caption over a box and its 確認 box names the first box', () => {
    const fields = classify(`<form><div class="row"><div class="title">メールアドレス</div><div class="input">
      <p><input id="m"></p><p>▼確認のため、再度メールアドレスの入力をお願いします。</p><p><input id="c"></p></div></div></form>`);
    expect(keyOf(fields, '#m')).toBe('email');
    expect(keyOf(fields, '#c')).toBe('emailConfirm');
  });
});

describe('numbers and IDs', () => {
  it('会員番号 is the number at the provider; 注文番号 is not', () => {
    const fields = classify(`<form><table><tr><td>会員番号</td><td>No. <input id="no"></td></tr><tr><td>注文番号</td><td><input id="o"></td></tr></table></form>`);
    expect(keyOf(fields, '#no')).toBe('provider.customerNumber');
    expect(keyOf(fields, '#o')).toBeNull();
  });

  it('会員ID（メールアドレス） is the e-mail; ログインID takes nothing', () => {
    const fields = classify(`<form><table><tr><th><label for="a">会員ID（メールアドレス）</label></th><td><input id="a" name="login_id"></td></tr>
      <tr><th><label for="b">ログインID</label></th><td><input id="b" name="login"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('email');
    expect(keyOf(fields, '#b')).toBeNull();
  });
});

describe('names and addresses that are someone else’s by their field name', () => {
  it('child_name_furigana under ふりがな on a parent’s enquiry takes nothing; the parent’s own row is keyed', () => {
    const fields = classify(`<form><table>
      <tr><th>お子様のお名前</th><td><input name="child_name"></td></tr>
      <tr><th>ふりがな</th><td><input name="child_name_furigana"></td></tr>
      <tr><th>保護者様のお名前</th><td><input name="parent_name"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="child_name_furigana"]')).toBeNull();
    expect(keyOf(fields, '[name="parent_name"]')).toBe('name.full');
  });

  it('メールアドレス2(半角英数字) is a second address, not a confirmation', () => {
    const fields = classify(`<form><table><tr><th>メールアドレス1(半角英数字)</th><td><input name="mail_addr1"></td></tr>
      <tr><th>メールアドレス2(半角英数字)</th><td><input name="mail_addr2"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="mail_addr1"]')).toBe('email');
    expect(keyOf(fields, '[name="mail_addr2"]')).toBeNull();
  });
});

describe('blocks a choice opens', () => {
  it('a hidden 固定電話番号 block after a 発番方法 radio pair, itself in a block a choice opens, is classified', () => {
    const fields = classify(`<form><ul>
      <div><li>光電話</li><li><label><input type="radio" name="opt" value="0" checked> 申し込まない</label> <label><input type="radio" name="opt" value="1"> 申し込む</label></li></div>
      <div class="tel" style="display:none"><li>発番方法</li><li><input type="radio" name="num" value="0" id="new" checked> <label for="new">新規発番</label>
        <input type="radio" name="num" value="1" id="keep"> <label for="keep">現在使用中の電話番号を継続して使用</label></li></div>
      <div class="fixed" style="display:none"><li>固定電話番号</li><li><input type="text" id="f" maxlength="10"></li></div></ul></form>`);
    expect(fieldOf(fields, '#f').rules).toContain('shown-on-demand');
    expect(keyOf(fields, '#f')).not.toBeNull();
    // Control: the same hidden block after a paragraph of text is concealed.
    const plain = classify(`<form><p>お申込みありがとうございます</p><div style="display:none"><p>固定電話番号</p><input id="f"></div></form>`);
    expect(keyOf(plain, '#f')).toBeNull();
  });
});

describe('table and caption details', () => {
  it('<th>郵便番号</th><th>必須</th><td>: the caption cell is read, not the required mark', () => {
    const fields = classify(`<form><table><tr><th>郵便番号</th><th><span>必須</span></th><td><input id="z" placeholder="1234567(ハイフンなし)"></td></tr>
      <tr><th>メールアドレス</th><th><span>必須</span></th><td><input id="m" type="email" name="mail" placeholder="name@domain.co.jp"></td></tr></table></form>`);
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    // name@domain.co.jp is a sample e-mail, not the word "name".
    expect(keyOf(fields, '#m')).toBe('email');
  });

  it('市区町村 / 番地 / 建物名 with no town box: the town goes with the city; an example that stops at the city gives it to the number', () => {
    const rows = (cityHint: string) => classify(`<form><dl>
      <dt>市区町村</dt><dd><input id="c">${cityHint}</dd><dt>番地</dt><dd><input id="b"></dd><dt>建物名・部屋番号</dt><dd><input id="bl"></dd></dl></form>`);
    const plain = rows('');
    expect(keyOf(plain, '#c')).toBe('oldAddress.cityTown');
    expect(keyOf(plain, '#b')).toBe('oldAddress.block');
    const shown = rows(' <span>例)横浜市上北町</span>');
    expect(keyOf(shown, '#c')).toBe('oldAddress.cityTown');
    expect(keyOf(shown, '#b')).toBe('oldAddress.block');
    const cityOnly = rows(' <span>例)横浜市港北区</span>');
    expect(keyOf(cityOnly, '#c')).toBe('oldAddress.city');
    expect(keyOf(cityOnly, '#b')).toBe('oldAddress.townBlock');
  });

  it('丁目番地 or 町名番地 at the number box names the town: the town goes with the number', () => {
    const fields = classify(`<form><dl><dt>市区町村</dt><dd><input id="c"></dd><dt>丁目番地</dt><dd><input id="b"></dd></dl></form>`);
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
    expect(keyOf(fields, '#b')).toBe('oldAddress.townBlock');
  });

  it('市区郡 and 町村・番地: the second box takes the town', () => {
    const fields = classify(`<form><dl><dt>市区郡</dt><dd><input id="c"></dd><dt>町村・番地</dt><dd><input id="t"></dd></dl></form>`);
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
    expect(keyOf(fields, '#t')).toBe('oldAddress.townBlock');
  });
});

describe('companies and their staff', () => {
  it('a kana box right after 会社名 spells the company; a kana box captioned as a name does not', () => {
    const fields = classify(`<form><table><tr><th>会社名・屋号</th><td><input id="co" placeholder="株式会社　労災建設"></td></tr>
      <tr><th>会社名・屋号 フリガナ</th><td><input id="cok"><p>ひらがな、カタカナ</p></td></tr>
      <tr><th>ご担当者名 フリガナ</th><td><input id="k"></td></tr></table></form>`);
    expect(keyOf(fields, '#cok')).toBeNull();
    expect(keyOf(fields, '#k')).toBe('name.fullKana');
  });

  it('rows under 1人目の従業員情報 are an employee’s; under 転居者1人目 they are the user’s', () => {
    const staff = classify(`<form><figure><figcaption>1人目の従業員情報</figcaption><table><tr><th>氏名</th><td><input id="n"></td></tr></table></figure></form>`);
    expect(keyOf(staff, '#n')).toBeNull();
    const mover = classify(`<form><h3>転居者1人目</h3><table><tr><th>氏名</th><td><input id="n"></td></tr></table></form>`);
    expect(keyOf(mover, '#n')).toBe('name.full');
  });
});

describe('samples that are not addresses, and addresses printed in part', () => {
  it('例)4 beside a month box, toeic850点, 000,000 are not address examples; 例)東京都港区赤坂1-1 is', () => {
    const fields = classify(`<form><p>生年月日: <input name="year">年 <input name="month" placeholder="例)4">月 <input name="date" placeholder="例)14">日</p>
      <p><input name="qualification" placeholder="toeic850点"></p>
      <p>住所: <input name="address" placeholder="例)東京都港区赤坂1-1"></p></form>`);
    expect(keyOf(fields, '[name="month"]')).toBe('birthDate#month');
    expect(keyOf(fields, '[name="date"]')).toBe('birthDate#day');
    expect(keyOf(fields, '[name="qualification"]')).toBeNull();
    expect(keyOf(fields, '[name="address"]')).toBe('oldAddress.full');
  });

  it('住所：鳥取県鳥取市 [ ] takes what follows the printed city; 例)〒153-0043 東京都… is the whole address', () => {
    const printed = classify(`<form><p>住所:鳥取県鳥取市 <input name="address"></p></form>`);
    expect(keyOf(printed, '[name="address"]')).toBe('oldAddress.afterCity');
    const withPostal = classify(`<form><table><tr><th>住所</th><td><input name="address" placeholder="例)〒153-0043 東京都目黒区東山 3-6"></td></tr></table></form>`);
    expect(keyOf(withPostal, '[name="address"]')).toBe('oldAddress.full');
  });

  it('a cue line heads the box it stands in: お子様のお名前 rows take nothing, ご連絡先 after the box is the user’s', () => {
    const fields = classify(`<form><div class="box"><p>保護者のお名前</p><label for="n">姓</label><input id="n"></div>
      <div class="box"><p>参加されるお子様のお名前1</p><label for="c">姓</label><input id="c"></div>
      <div class="box"><p>ご連絡先</p><label for="t">電話番号</label><input id="t"></div></form>`);
    expect(keyOf(fields, '#c')).toBeNull();
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('非常時連絡先 and 希望エリア are not the user’s phone or address', () => {
    const fields = classify(`<form><table><tr><th>電話番号</th><td><input id="t" type="tel"></td></tr>
      <tr><th>非常時連絡先1</th><td><input id="s" type="tel"></td></tr>
      <tr><td><label>希望エリア</label></td><td>〒 <input id="z" placeholder="101"></td></tr></table></form>`);
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(keyOf(fields, '#s')).toBeNull();
    expect(keyOf(fields, '#z')).toBeNull();
  });
});

describe('numbered name captions', () => {
  it('氏名漢字１ / 氏名漢字２ in two rows are family and given; 氏名 alone is the whole name', () => {
    const fields = classify(`<form><table>
      <tr><th><label for="k1">氏名カナ１</label></th><td><input id="k1" placeholder="（例）トウカイ"></td></tr>
      <tr><th><label for="k2">氏名カナ２</label></th><td><input id="k2" placeholder="（例）タロウ"></td></tr>
      <tr><th><label for="n1">氏名漢字１</label></th><td><input id="n1"></td></tr>
      <tr><th><label for="n2">氏名漢字２</label></th><td><input id="n2"></td></tr></table></form>`);
    expect(keyOf(fields, '#k1')).toBe('name.familyKana');
    expect(keyOf(fields, '#k2')).toBe('name.givenKana');
    expect(keyOf(fields, '#n1')).toBe('name.family');
    expect(keyOf(fields, '#n2')).toBe('name.given');
    const whole = classify(`<form><table><tr><th><label for="n">氏名</label></th><td><input id="n"></td></tr></table></form>`);
    expect(keyOf(whole, '#n')).toBe('name.full');
  });
});

describe('what a whole-address caption and its example decide', () => {
  it('a box labelled ご住所 but named city takes the address, not only the city; a box named zip stays the postal code', () => {
    const fields = classify(`<form><dl><dt>ご住所</dt><dd>〒<input name="zip"><select name="pref"><option></option><option>北海道</option><option>青森県</option><option>東京都</option></select>
      <label for="address2">ご住所</label><input name="city" id="address2"></dd></dl></form>`);
    expect(keyOf(fields, '[name="zip"]')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '[name="city"]')).toBe('oldAddress.afterPrefecture');
  });

  it('an example written below the box (例 : 東京都千代田区丸の内1-2-3) with no building box: the whole address', () => {
    const fields = classify(`<form><table><tr><th>ご住所</th><td>〒 <input name="zip"><br><input name="addr"><br>(例 : 東京都千代田区丸の内1-2-3)</td></tr></table></form>`);
    expect(keyOf(fields, '[name="addr"]')).toBe('oldAddress.full');
  });

  it('住所(ヨミ) in two boxes: neither is the reading of the whole address; one box is', () => {
    const two = classify(`<form><table><tr><th>住所(ヨミ)</th><td><p>市区町村／番地</p><input id="k1"><p>建物／部屋番号</p><input id="k2"></td></tr></table></form>`);
    expect(keyOf(two, '#k1')).toBeNull();
    expect(keyOf(two, '#k2')).toBeNull();
    const one = classify(`<form><table><tr><th>住所(フリガナ)</th><td><input id="k"></td></tr></table></form>`);
    expect(keyOf(one, '#k')).toBe('oldAddress.kana');
  });
});

describe('captions kept in names, marks and blanks', () => {
  it('name="電話番号" with its caption across a 必須 mark is the phone', () => {
    const fields = classify(`<form><div class="f"><div class="l">電話番号</div><div class="r"><div class="req"><span>必須</span></div>
      <div class="c"><input type="tel" name="電話番号"></div></div></div></form>`);
    expect(keyOf(fields, '[name="電話番号"]')).toBe('phone');
  });

  it('例:大阪府吹田市... with the rest left out is the whole address', () => {
    const fields = classify(`<form><label for="a">ご住所</label><div><input id="a" name="your-address" placeholder="例:大阪府吹田市..."></div></form>`);
    expect(keyOf(fields, '#a')).toBe('oldAddress.full');
  });
});

describe('choices, codes and rooms', () => {
  it('a 生まれ年 select of decades takes nothing; a select of years is the birth year', () => {
    const decades = Array.from({ length: 12 }, (_, i) => `<option>${1900 + i * 10}</option>`).join('');
    const years = Array.from({ length: 12 }, (_, i) => `<option>${1980 + i}</option>`).join('');
    const fields = classify(`<form><p>生まれ年 <select id="d" name="birth"><option></option>${decades}</select></p></form>`);
    expect(keyOf(fields, '#d')).toBeNull();
    const control = classify(`<form><p>生まれ年 <select id="y" name="birth"><option></option>${years}</select></p></form>`);
    expect(keyOf(control, '#y')).toBe('birthDate#year');
  });

  it('会員コード is the number at the provider', () => {
    const fields = classify(`<form><table><tr><th>会員コード</th><td><input name="loginMail"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="loginMail"]')).toBe('provider.customerNumber');
  });

  it('建物名・号室 named building-room is the building; 号室 alone named room is the room', () => {
    const fields = classify(`<form><table><tr><th>番地</th><td><input name="address"></td></tr>
      <tr><th>建物名・号室</th><td><input name="building-room"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="building-room"]')).toBe('oldAddress.building');
    const room = classify(`<form><table><tr><th>建物名</th><td><input name="building"></td></tr><tr><th>号室</th><td><input name="room"></td></tr></table></form>`);
    expect(keyOf(room, '[name="room"]')).toBe('oldAddress.room');
  });
});

describe('a delivery to someone else under a heading', () => {
  it('上記以外に発送の場合は、ご入力ください heads a recipient’s block: no keys; the same rows under お客様情報 are the user’s', () => {
    const rows = `<label for="n">お名前</label><input id="n" name="name_other" autocomplete="name">
      <label for="t">電話番号</label><input id="t" name="tel_other" autocomplete="tel">`;
    const other = classify(`<form><h3>上記以外に発送の場合は、ご入力ください</h3>${rows}</form>`);
    expect(keyOf(other, '#n')).toBeNull();
    expect(keyOf(other, '#t')).toBeNull();
    const own = classify(`<form><h3>お客様情報</h3>${rows}</form>`);
    expect(keyOf(own, '#n')).toBe('name.full');
  });
});

describe('captions drawn as images', () => {
  it('<img alt="メールアドレス"> before a box is its caption; the same image without alt text names nothing', () => {
    const page = (alt: string) => classify(`<form><div class="loginarea">
      <p><img src="mailadress.gif"${alt}>&nbsp;<input type="text" name="q1" id="m"></p>
      <p><img src="password.gif" alt="パスワード">&nbsp;<input type="password" name="q2"></p></div></form>`);
    expect(keyOf(page(' alt="メールアドレス"'), '#m')).toBe('email');
    expect(keyOf(page(''), '#m')).toBeNull();
  });
});

describe('a prefecture list and the boxes after it', () => {
  it('都道府県 [select] then 住所・番地: the box takes the city and town too; a building example with its room is the building', () => {
    const fields = classify(`<form><p>都道府県 <select id="p"><option>東京都</option><option>大阪府</option><option>北海道</option></select></p>
      <p><input id="s" placeholder="千代田区霞が関 2-1-6"><label for="s">住所・番地</label></p>
      <p><input id="b" placeholder="あさがお荘 202号室"><label for="b">建物名・部屋番号</label></p></form>`);
    expect(keyOf(fields, '#s')).toBe('oldAddress.line1');
    expect(keyOf(fields, '#b')).toBe('oldAddress.building');
    // Controls: a city box before the number takes the town with the city; 部屋番号 alone is the room.
    const boxes = classify(`<form><p>都道府県 <select id="p"><option>東京都</option><option>大阪府</option></select></p>
      <p>市区町村 <input id="c"></p><p>番地 <input id="n"></p><p>建物名 <input id="bn"></p><p>部屋番号 <input id="r"></p></form>`);
    expect(keyOf(boxes, '#c')).toBe('oldAddress.cityTown');
    expect(keyOf(boxes, '#n')).toBe('oldAddress.block');
    expect(keyOf(boxes, '#r')).toBe('oldAddress.room');
  });
});

describe('a label left pointing elsewhere', () => {
  it('a label copied with its row still naming another box captions the box beside it, not the one it names', () => {
    const fields = classify(`<form>
      <div class="row"><label for="name">氏名</label><div><input id="name" name="name"></div></div>
      <div class="row"><label for="name">郵便番号</label><div><input id="zip" name="zip"></div></div></form>`);
    expect(keyOf(fields, '#name')).toBe('name.full');
    expect(keyOf(fields, '#zip')).toBe('oldAddress.postalCode');
    // Control: a label beside a box that has a label of its own keeps naming the box it names.
    const both = classify(`<form>
      <div class="row"><div><input id="m" name="field1"></div></div>
      <div class="row"><label for="m">メールアドレス</label> <label for="f">FAX</label><div><input id="f" name="field2"></div></div></form>`);
    expect(keyOf(both, '#m')).toBe('email');
  });
});

describe('boxes of one number under one name', () => {
  it('three boxes all named hphone1 under 電話番号 are the three parts of one phone', () => {
    const fields = classify(`<form><table><tr><th>電話番号</th><td>
      <input name="hphone1" id="a" size="5" maxlength="5"> - <input name="hphone1" id="b" size="4" maxlength="4"> - <input name="hphone1" id="c" size="4" maxlength="4">
      </td></tr></table></form>`);
    expect(['#a', '#b', '#c'].map((s) => keyOf(fields, s))).toEqual(['phone#1', 'phone#2', 'phone#3']);
    // Control: numbered names that count down (tel2 before tel1), with no hyphen printed between, are no run of parts.
    const down = classify(`<form><table><tr><th>電話番号</th><td>
      <input name="tel2" id="a" size="5" maxlength="5"> <input name="tel1" id="b" size="4" maxlength="4"></td></tr></table></form>`);
    expect(keyOf(down, '#b')).not.toBe('phone#2');
  });
});

describe('a company’s address before its name', () => {
  const form = (rows: string) => classify(`<form><dl>${rows}</dl></form>`);
  const address = '<dt>郵便番号</dt><dd><input id="z" placeholder="例：923-1238"></dd><dt>住所</dt><dd><input id="a"></dd>';
  const company = '<dt>貴社名</dt><dd><input id="co"></dd>';
  const person = '<dt>お名前</dt><dd><input id="n"></dd>';

  it('an address asked first, right before 貴社名, is the company’s; the writer’s name after it is the user’s', () => {
    const fields = form(address + company + person);
    expect(keyOf(fields, '#z')).toBeNull();
    expect(keyOf(fields, '#a')).toBeNull();
    expect(keyOf(fields, '#n')).toBe('name.full');
  });

  it('control: with the writer’s name first, the address before 貴社名 is the user’s', () => {
    expect(keyOf(form(person + address + company), '#z')).toBe('oldAddress.postalCode');
  });
});

describe('a dialog a button opens, and a label wrapped round several boxes', () => {
  const years = Array.from({ length: 60 }, (_, i) => `<option>${1950 + i}</option>`).join('');

  it('the boxes of a hidden dialog (パスワードを忘れた方) are classified; a hidden block that is no dialog stays out', () => {
    const page = (cls: string) =>
      classify(`<form><p>ID <input id="id"></p></form>
      <div class="${cls}" style="display:none"><form><label>携帯電話番号 <input id="t" name="phone_text"></label></form></div>`);
    expect(keyOf(page('jconfirm-box password-reminder'), '#t')).toBe('phone');
    expect(keyOf(page('wrapper'), '#t')).toBeNull();
  });

  it('<label>生年月日 [年▾][月▾][日▾]</label>: the words before the boxes caption each of them; a label round a whole form captions none', () => {
    const fields = classify(`<form><label>生年月日 <div><select name="y"><option value="0">選択してください</option>${years}</select>年
      <select name="m">${months}</select>月 <select name="d">${days}</select>日</div></label></form>`);
    expect(['[name="y"]', '[name="m"]', '[name="d"]'].map((s) => keyOf(fields, s))).toEqual(['birthDate#year', 'birthDate#month', 'birthDate#day']);
    const whole = classify(`<form><label>名前：<input name="name" placeholder="例）山田太郎"><br>生年月日：<input name="year">年<input name="month">月<input name="date">日</label></form>`);
    expect(keyOf(whole, '[name="name"]')).toBe('name.full');
  });
});
