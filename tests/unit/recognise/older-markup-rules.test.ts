// @vitest-environment happy-dom
// Markup of older sites and frameworks: ASP.NET's container prefixes on names and ids, a caption or a
// sample printed as the box's starting value, a caption paragraph above a box's bare wrapper, a phone
// number typed twice; blocks shown on demand and the captions around them; names, e-mail lists and
// address ranges; places that are not the home, and words that only look like captions.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, fieldOf, keyOf } from './classify-markup';
import { ownIdentifier } from '../../../lib/recognise/read-identifier';

describe('older markup', () => {
  it('ASP.NET container prefixes (ctl00$ContentPlaceHolder1$, ContentPlaceHolder1_) are not words of the field', () => {
    expect(ownIdentifier('ctl00$ContentPlaceHolder1$txtZip')).toBe('txtZip');
    expect(ownIdentifier('ContentPlaceHolder1_DropDownList3')).toBe('DropDownList3');
    expect(ownIdentifier('ctl00_MainContent_txtMail')).toBe('txtMail');
    expect(ownIdentifier('cphone_number')).toBe('cphone_number');
    const date = (prefix: string, sep: string) => classify(`<form><div>
      <span>生年月日</span>
      <select name="${prefix}${sep}DropDownList2" id="y"><option>1980</option><option>1981</option><option>1982</option></select><span>年</span>
      <select name="${prefix}${sep}DropDownList3" id="m">${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select><span>月</span>
      <select name="${prefix}${sep}DropDownList4" id="d">${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select><span>日</span>
    </div></form>`);
    // "Content" in the container's name used to read the month and day as a comment box.
    const aspnet = date('ctl00$ContentPlaceHolder1', '$');
    expect(keyOf(aspnet, '#y')).toBe('birthDate#year');
    expect(keyOf(aspnet, '#m')).toBe('birthDate#month');
    expect(keyOf(aspnet, '#d')).toBe('birthDate#day');
    // Control: a field whose own name says comment stays a comment.
    const comment = classify(`<form><table><tr><th>お問い合わせ内容</th><td><input name="ctl00$ContentPlaceHolder1$txtContent" id="c"></td></tr>
      <tr><th>お名前</th><td><input name="ctl00$ContentPlaceHolder1$txtName" id="n"></td></tr></table></form>`);
    expect(keyOf(comment, '#c')).toBeNull();
    expect(keyOf(comment, '#n')).toBe('name.full');
  });

  it('<input value="姓">, value="セイ": the caption printed as the starting value names the part; a real value does not', () => {
    const f = classify(`<form><div><span>お名前</span></div>
      <div><span>漢字</span><br><input type="text" id="s" value="姓"><br><input type="text" id="m" value="名"></div>
      <div><span>カナ</span><br><input type="text" id="sk" value="セイ"><br><input type="text" id="mk" value="メイ"></div></form>`);
    expect(keyOf(f, '#s')).toBe('name.family');
    expect(keyOf(f, '#m')).toBe('name.given');
    expect(keyOf(f, '#sk')).toBe('name.familyKana');
    expect(keyOf(f, '#mk')).toBe('name.givenKana');
    // Control: a change page showing the member's current name as the value reads nothing from it.
    const current = classify(`<form><div><span>漢字</span><br><input type="text" id="s" value="山田"><br><input type="text" id="m" value="太郎"></div></form>`);
    expect(keyOf(current, '#m')).toBeNull();
  });

  it('<p>都道府県</p><span class="select_wrap"><select>: the caption above the wrapper is the select’s', () => {
    const f = classify(`<form><table><tr><th>住所</th><td>
      <div><p>郵便番号</p><input id="z" name="zip"></div>
      <div><p>都道府県</p><span class="select_wrap"><select id="p" name="math"><option value=""></option></select></span></div>
      <div><p>市区町村／番地</p><input id="c" name="addr_a"></div>
      <div><p>建物／部屋番号</p><input id="b" name="addr_b"></div></td></tr></table></form>`);
    expect(keyOf(f, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(f, '#c')).toBe('oldAddress.line1');
    // Control: a wrapper holding two boxes stands for neither; the paragraph above is not the select's alone.
    const shared = classify(`<form><table><tr><th>住所</th><td>
      <div><p>郵便番号</p><input id="z" name="zip"></div>
      <div><p>都道府県</p><span><select id="p" name="math"><option value=""></option></select><select id="q" name="math2"><option value=""></option></select></span></div>
      <div><p>市区町村／番地</p><input id="c" name="addr_a"></div></td></tr></table></form>`);
    expect(keyOf(shared, '#p')).toBeNull();
  });

  it('電話番号（再入力用） is the same number typed again, not a second phone; 携帯電話 beside it is still the second', () => {
    const f = classify(`<form>
      <div><label for="t">電話番号</label><input type="tel" id="t" name="phone"></div>
      <div><label for="tc">電話番号（再入力用）</label><input type="tel" id="tc" name="phone_confirm"></div>
      <div><label for="m">携帯電話（予備）</label><input type="tel" id="m" name="mobile"></div></form>`);
    expect(keyOf(f, '#t')).toBe('phone');
    expect(keyOf(f, '#tc')).toBe('phone');
    expect(keyOf(f, '#m')).toBe('phoneAlt');
    expect(f.find((x) => x.selector === '#tc')?.review).not.toBe('asked-twice');
    // Control: without the re-entry words the second box is a second phone.
    const second = classify(`<form>
      <div><label for="t">電話番号</label><input type="tel" id="t" name="phone"></div>
      <div><label for="tc">電話番号（その他）</label><input type="tel" id="tc" name="phone_other"></div></form>`);
    expect(keyOf(second, '#tc')).toBe('phoneAlt');
  });
});

describe('blocks shown on demand and captions around them', () => {
  it('a hidden block whose boxes the page requires (class="required", required) is shown on demand, not a trap', () => {
    const page = (mark: string) => classify(`<form>
      <div><label><input type="checkbox" name="k[]" value="見学予約をする">見学予約をする</label></div>
      <div class="acobox" style="display:none">
        <div class="contact_title">・ご住所</div><div class="contact_inputarea"><input type="text" name="addr1" ${mark}></div>
      </div>
      <div class="contact_title">・お名前</div><div class="contact_inputarea"><input type="text" name="onamae"></div></form>`);
    expect(keyOf(page('class="required validate[required]"'), 'input[name="addr1"]')).toBe('oldAddress.full');
    expect(keyOf(page('required'), 'input[name="addr1"]')).toBe('oldAddress.full');
    // Control: the same hidden box, not required, stays concealed.
    const plain = page('');
    expect(keyOf(plain, 'input[name="addr1"]')).toBeNull();
    expect(fieldOf(plain, 'input[name="addr1"]').rules).toContain('concealed');
  });

  it('<dt style="display:none">電気の最終利用日</dt> over a hidden dd of date selects is read with it: the stop date', () => {
    const options = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `<option value="${i + from}">${i + from}</option>`).join('');
    const f = classify(`<form><dl>
      <dt>ご契約者名</dt><dd><input type="text" name="name"></dd>
      <dt class="last" style="display:none">電気の最終利用日</dt>
      <dd class="required last" style="display:none">
        <select name="y"><option value="">選択</option>${options(2, 2026)}</select>年
        <select name="m"><option value="">選択</option>${options(12)}</select>月
        <select name="d"><option value="">選択</option>${options(31)}</select>日</dd></dl></form>`, '解約・引っ越しの手続き');
    expect(keyOf(f, 'select[name="y"]')).toBe('move.stopDate#year');
    expect(keyOf(f, 'select[name="d"]')).toBe('move.stopDate#day');
  });

  it('〒<table><tr><td>[ ]</td><td>－</td><td>[ ]</td></tr></table>: a one-row layout table is passed through to the caption before it', () => {
    const f = classify(`<form>
      <div class="contact_title">・郵便番号</div>
      <div class="contact_inputarea"><div class="numbox"><table><tr><td><input type="text" name="pos1"></td><td>－</td><td><input type="text" name="pos2"></td></tr></table></div></div>
      <div class="contact_title">・お名前</div><div class="contact_inputarea"><input type="text" name="onamae"></div></form>`);
    expect(keyOf(f, 'input[name="pos1"]')).toBe('oldAddress.postalCode#1');
    expect(keyOf(f, 'input[name="pos2"]')).toBe('oldAddress.postalCode#2');
    // Control: a table with a header cell keeps its own caption.
    const headed = classify(`<form><div class="contact_title">・郵便番号</div>
      <div><table><tr><th>電話番号</th><td><input type="text" name="pos1"></td></tr></table></div></form>`);
    expect(keyOf(headed, 'input[name="pos1"]')).toBe('phone');
  });

  it('●お名前(フリガナ) after a box opens the next item: it is no note of the box before', () => {
    const f = classify(`<form>
      ●お名前 *<br>姓（例：渋谷）<br><input type="text" name="a01"><br>名（例：花子）<br><input type="text" name="a02"><br>
      ●お名前(フリガナ) *<br>フリガナ/姓（例：シブヤ）<br><input type="text" name="b01"><br>フリガナ/名（例：ハナコ）<br><input type="text" name="b02"><br></form>`);
    expect(keyOf(f, 'input[name="a02"]')).toBe('name.given');
    expect(keyOf(f, 'input[name="b02"]')).toBe('name.givenKana');
  });
});

describe('names, e-mail lists and ranges', () => {
  it('<input name="name"> on four or more rows of one form says nothing of any of them', () => {
    const rows = ['お名前', 'ファイル添付1', 'ファイル添付2', '会社名'].map((c, i) => `<tr><th>${c}</th><td><input type="text" name="name" id="r${i}"></td></tr>`).join('');
    const f = classify(`<form><table>${rows}</table></form>`);
    expect(keyOf(f, '#r0')).toBe('name.full');
    expect(keyOf(f, '#r1')).toBeNull();
    expect(keyOf(f, '#r2')).toBeNull();
    // Control: one box named name under a caption that says nothing is still read by its name.
    const single = classify(`<form><table><tr><th>ファイル添付1</th><td><input type="text" name="name" id="r1"></td></tr></table></form>`);
    expect(keyOf(single, '#r1')).toBe('name.full');
  });

  it('携帯メールアドレス beside その他メールアドレス and a numbered list of addresses to notify is the user’s address', () => {
    const f = classify(`<form>
      <div><label for="pm">携帯メールアドレス *</label><input id="pm" name="phone_mail"></div>
      <div><label for="pmc">携帯メールアドレス（確認） *</label><input id="pmc" name="phone_mail_confirm"></div>
      <div><label for="o1">その他メールアドレス1</label><input id="o1" name="other_mail1"></div>
      <div><label for="o2">その他メールアドレス2</label><input id="o2" name="other_mail2"></div>
      ${[1, 2, 3].map((i) => `<div><label for="f${i}">通知先メールアドレス${i}</label><input id="f${i}" name="flink_mail${i}"></div>`).join('')}</form>`);
    expect(keyOf(f, '#pm')).toBe('email');
    expect(keyOf(f, '#pmc')).toBe('emailConfirm');
    for (const id of ['#o1', '#o2', '#f1', '#f2', '#f3']) expect(keyOf(f, id), id).toBeNull();
    expect(fieldOf(f, '#f1').rules).toContain('email.list');
    // Control: beside a PC address, the mobile one is the second address.
    const both = classify(`<form><div><label for="e">メールアドレス</label><input id="e" name="mail"></div>
      <div><label for="pm">携帯メールアドレス</label><input id="pm" name="phone_mail"></div></form>`);
    expect(keyOf(both, '#e')).toBe('email');
    expect(keyOf(both, '#pm')).toBeNull();
  });

  it('市区郡以下 takes the address from the city on', () => {
    const f = classify(`<form><table>
      <tr><th>郵便番号</th><td><input name="zip"></td></tr>
      <tr><th>都道府県</th><td><select name="pref"><option>東京都</option><option>大阪府</option><option>北海道</option></select></td></tr>
      <tr><th>市区郡以下</th><td><input name="rest"></td></tr></table></form>`);
    expect(keyOf(f, 'input[name="rest"]')).toBe('oldAddress.afterPrefecture');
  });

  it('都道府県 [ ] then ご住所（建物名・部屋番号まで入力）: the range named by its end starts after the prefecture', () => {
    const f = classify(`<form>
      <dl><dt>郵便番号</dt><dd><input name="zip1" maxlength="3"> ー <input name="zip2" maxlength="4"></dd></dl>
      <dl><dt>都道府県</dt><dd><input name="prefecture"></dd></dl>
      <dl><dt>ご住所</dt><dd><input name="address" placeholder="建物名・部屋番号まで入力"></dd></dl></form>`);
    expect(keyOf(f, 'input[name="prefecture"]')).toBe('oldAddress.prefecture');
    expect(keyOf(f, 'input[name="address"]')).toBe('oldAddress.afterPrefecture');
    // Control: with no prefecture box before it, the same box takes the whole address.
    const alone = classify(`<form><dl><dt>ご住所</dt><dd><input name="address" placeholder="建物名・部屋番号まで入力"></dd></dl></form>`);
    expect(keyOf(alone, 'input[name="address"]')).toBe('oldAddress.full');
  });

  it('familyMembers.0.annualIncome is a family member’s income, not a family name; name="family" still is one', () => {
    const f = classify(`<form><table><tr><th>年間収入</th><td><input name="familyMembers.0.annualIncome" id="i"></td></tr></table>
      <table><tr><th>ご氏名</th><td><input name="family" id="s"> <input name="first" id="m"></td></tr></table></form>`);
    expect(keyOf(f, '#i')).toBeNull();
    expect(keyOf(f, '#s')).toBe('name.family');
  });

  it('生まれ年 [    ] asked alone is the birth year; a lone 生年月日 box is the whole date', () => {
    const year = classify(`<form><dl><dt>生まれ年（西暦）</dt><dd><input name="by" autocomplete="bday-year" maxlength="4"></dd></dl></form>`);
    expect(keyOf(year, 'input[name="by"]')).toBe('birthDate#year');
    const whole = classify(`<form><dl><dt>生年月日</dt><dd><input name="bd"></dd></dl></form>`);
    expect(keyOf(whole, 'input[name="bd"]')).toBe('birthDate');
  });
});

describe('places that are not the home, and words that only look like captions', () => {
  it('勤務地 and 学校 rows and work_ / school boxes are a workplace’s and a school’s, not the user’s home', () => {
    const f = classify(`<form><table>
      <tr><th>お住まい</th><td>〒<input name="reg.homePostalcode" id="hz"></td></tr>
      <tr><th></th><td><input name="reg.homeAddress" id="ha"></td></tr>
      <tr><th>勤務地</th><td>〒<input name="reg.placeAPostalcode" id="wz"></td></tr>
      <tr><th>学校</th><td>〒<input name="reg.placeBPostalcode" id="sz"></td></tr></table>
      <table><tr><th>郵便番号</th><td><input name="work_post_code" id="wp"></td></tr></table></form>`);
    expect(keyOf(f, '#hz')).toBe('oldAddress.postalCode');
    expect(keyOf(f, '#wz')).toBeNull();
    expect(keyOf(f, '#sz')).toBeNull();
    expect(keyOf(f, '#wp')).toBeNull();
  });

  it('<th>勤務先ご住所</th><td><table>郵便番号 …</table></td>: the outer row’s header heads the nested table’s rows', () => {
    const page = (outer: string) => classify(`<form><table>
      <tr><th>お名前</th><td><input name="onamae"></td></tr>
      <tr><th>${outer}</th><td><table>
        <tr><th>郵便番号</th><td><input name="p_code" id="z"></td></tr>
        <tr><th>市区町村</th><td><input name="p_city" id="c"></td></tr></table></td></tr></table></form>`);
    expect(keyOf(page('勤務先ご住所'), '#z')).toBeNull();
    expect(keyOf(page('勤務先ご住所'), '#c')).toBeNull();
    // Control: under ご住所 the same nested rows are the user's.
    expect(keyOf(page('ご住所'), '#z')).toBe('oldAddress.postalCode');
  });

  it('registerBean.mailAddress is the address itself: only re_mail, remail or mail_re mean typed again', () => {
    const lone = classify(`<form><table><tr><th>お名前</th><td><input name="registerBean.name"></td></tr>
      <tr><th>メールアドレス</th><td><input name="registerBean.mailAddress" id="m"></td></tr></table></form>`);
    expect(keyOf(lone, '#m')).toBe('email');
    // Control: a second box named re_mail is the confirmation.
    const twice = classify(`<form><table><tr><th>メールアドレス</th><td><input name="mail" id="m"></td></tr>
      <tr><th></th><td><input name="re_mail" id="r"></td></tr></table></form>`);
    expect(keyOf(twice, '#r')).toBe('emailConfirm');
  });

  it('現在のお住まいの年数 asks how long, not where', () => {
    const f = classify(`<form><table><tr><th>現在のお住まいの年数</th><td><input name="years" id="y"> 年</td></tr>
      <tr><th>現在のお住まい</th><td><input name="addr" id="a"></td></tr></table></form>`);
    expect(keyOf(f, '#y')).toBeNull();
    expect(keyOf(f, '#a')).toBe('oldAddress.full');
  });

  it('お住まいのマンション名 and its 部屋番号 before 会社名（法人契約などの場合） are the user’s home, not the company’s', () => {
    const page = (building: string) => classify(`<form><table>
      <tr><th>${building}</th><td><input name="estate" id="b"></td></tr>
      <tr><th>部屋番号</th><td><input name="room" id="r"></td></tr>
      <tr><th>会社名（法人契約などの場合）</th><td><input name="company"></td></tr>
      <tr><th>お名前</th><td><input name="name"></td></tr></table></form>`);
    const home = page('お住まいのマンション名');
    expect(keyOf(home, '#b')).toBe('oldAddress.buildingName');
    expect(keyOf(home, '#r')).toBe('oldAddress.room');
    // Control: a building named without the user's home, right before the company, is the company's.
    expect(keyOf(page('ビル名'), '#b')).toBeNull();
  });

  it('設備・メーカー名 is a maker’s name, not a given name; 名 after a family name box still is one', () => {
    const f = classify(`<form><table><tr><th>設備・メーカー名</th><td><input name="maker" id="mk"></td></tr>
      <tr><th>お名前</th><td>姓 <input name="sei" id="s"> 名 <input name="mei" id="m"></td></tr></table></form>`);
    expect(keyOf(f, '#mk')).toBeNull();
    expect(keyOf(f, '#m')).toBe('name.given');
  });
});
