// @vitest-environment happy-dom
// A caption that goes on after its required mark (姓名*(カタカナ)), a row whose terms name only the
// script its value is written in, an account number asked to log in, a building's year, a second line
// offered for a long address, numbered addresses and phones beyond what the profile keeps, and the same
// captions in rows laid out as <div>s.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('captions of a name written in two scripts', () => {
  it('姓名<span>*</span>(カタカナ): the words after a required mark are still the caption', () => {
    const row = (script: string, a: string, b: string) => `<div class="col">
        <label class="form-label">姓名<span class="require">*</span>(${script})</label>
        <div class="inputs"><input id="${a}" name="${a}" placeholder="姓"><input id="${b}" name="${b}" placeholder="名"></div></div>`;
    const f = classify(`<form><div class="row">${row('漢字', 'x1', 'y1')}${row('カタカナ', 'x2', 'y2')}</div></form>`);
    expect(keyOf(f, '#x2')).toBe('name.familyKana');
    expect(keyOf(f, '#y2')).toBe('name.givenKana');
    // Control: the row whose words after the mark say 漢字 is the name itself.
    expect(keyOf(f, '#x1')).toBe('name.family');
    expect(keyOf(f, '#y1')).toBe('name.given');
  });
});

describe('a row whose terms name only the script', () => {
  const rows = (header: string) =>
    classify(`<form><h3>お申し込み情報</h3><table>
      <tr><th><span>必須</span>${header}</th><td>
        <dl><dt>漢字</dt><dd><input id="k" name="k"></dd></dl>
        <dl><dt>カナ</dt><dd><input id="r" name="r"></dd></dl></td></tr>
      <tr><th>メールアドレス</th><td><input id="m" name="m"></td></tr>
      </table></form>`);

  it('漢字 / カナ under a row headed 会社名 (or 公司名, its Chinese wording) spell the company\'s name', () => {
    for (const header of ['会社名', '公司名']) {
      const f = rows(header);
      expect(keyOf(f, '#k'), header).toBeNull();
      expect(keyOf(f, '#r'), header).toBeNull();
      expect(keyOf(f, '#m'), header).toBe('email');
    }
    // Control: under ご担当者名 the same terms are the person's name and its reading.
    const person = rows('ご担当者名');
    expect(keyOf(person, '#k')).toBe('name.full');
    expect(keyOf(person, '#r')).toBe('name.fullKana');
  });
});

describe('an account number asked to log in', () => {
  const login = (pin: string) =>
    classify(`<main><h2>ログイン</h2><div role="tabpanel">
      <label for="b">支店</label><select id="b"><option value="">支店を選択してください</option></select>
      <label for="acc">口座番号</label><input id="acc" inputmode="numeric" maxlength="7">
      ${pin}
      </div><p>口座をお持ちでない方は<a href="/register">新規口座開設</a></p></main>`, 'ログイン | NexBridge');

  it('口座番号 beside a password is the account with the bank logged in to, though no header names a bank', () => {
    expect(keyOf(login('<label for="p">暗証番号</label><input id="p" type="password" maxlength="4">'), '#acc')).toBe('provider.customerNumber');
    // Control: the same box with no password beside it (a refund account, say) takes nothing.
    expect(keyOf(login('<label for="e">メールアドレス</label><input id="e" type="email">'), '#acc')).toBeNull();
  });

  it('a sign-up that asks a password and an account to be paid into is no login', () => {
    const f = classify(`<form><h2>会員登録</h2>
      <label for="n">お名前</label><input id="n">
      <label for="m">メールアドレス</label><input id="m" type="email">
      <label for="p">パスワード</label><input id="p" type="password">
      <label for="bank">銀行名</label><input id="bank">
      <label for="acc">口座番号</label><input id="acc">
      <label for="h">口座名義</label><input id="h"></form>`);
    expect(keyOf(f, '#acc')).toBeNull();
    expect(keyOf(f, '#n')).toBe('name.full');
  });
});

describe('the year a building was built', () => {
  const years = Array.from({ length: 60 }, (_, i) => `<option>${1960 + i}年</option>`).join('');
  it('築年 over a list of years is no birth year, whatever the box is named', () => {
    const f = classify(`<form><h2>物件情報</h2>
      <div><label>築年</label><select id="b" name="birthyear">${years}</select></div>
      <h2>ご本人情報</h2>
      <div><label>生年</label><select id="y" name="birth_y">${years}</select></div></form>`);
    expect(keyOf(f, '#b')).toBeNull();
    // Control: the same list captioned 生年 is the user's birth year.
    expect(keyOf(f, '#y')).toBe('birthDate#year');
  });
});

describe('second lines and numbered addresses and phones', () => {
  it('住所 then 住所2（任意） after 市区町村, with 建物名 asked apart: the first line takes the town and block, the second nothing', () => {
    const f = classify(`<form>
      <div><label>郵便番号*</label><input id="z" name="postalCode"></div>
      <div><label>都道府県*</label><input id="p" name="prefecture"></div>
      <div><label>市区町村*</label><input id="c" name="city"></div>
      <div><label>住所*</label><input id="a1" name="line_a"></div>
      <div><label>住所2（任意）</label><input id="a2" name="line_b"></div>
      <div><label>建物名（任意）</label><input id="b" name="building"></div></form>`);
    expect(keyOf(f, '#c')).toBe('oldAddress.city');
    expect(keyOf(f, '#a1')).toBe('oldAddress.townBlock');
    expect(keyOf(f, '#a2')).toBeNull();
    // Control: the building box and the prefecture keep their parts.
    expect(keyOf(f, '#b')).toBe('oldAddress.building');
    expect(keyOf(f, '#p')).toBe('oldAddress.prefecture');
  });

  const book = (third: boolean) =>
    classify(`<form><table>
      <tr><th>お名前</th><td><input id="n" name="n"></td></tr>
      <tr><th>郵便番号</th><td>〒<input id="z1" name="y1"></td></tr>
      <tr><th>住所１</th><td><input id="a1" name="addr_a"></td></tr>
      <tr><th>郵便番号</th><td>〒<input id="z2" name="y2"></td></tr>
      <tr><th>住所２</th><td><input id="a2" name="addr_b"></td></tr>
      ${third ? '<tr><th>郵便番号</th><td>〒<input id="z3" name="y3"></td></tr><tr><th>住所３</th><td><input id="a3" name="addr_c"></td></tr>' : ''}
      <tr><th>電話番号１</th><td><input id="t1" name="t_a"></td></tr>
      <tr><th>電話番号２</th><td><input id="t2" name="t_b"></td></tr>
      ${third ? '<tr><th>電話番号３</th><td><input id="t3" name="t_c"></td></tr>' : ''}
      </table></form>`);

  it('住所１, 住所２, 住所３ each with a postal code: the first is the user\'s, the others an address book\'s', () => {
    for (const third of [false, true]) {
      const f = book(third);
      expect(keyOf(f, '#a1')).toMatch(/^oldAddress\./);
      expect(keyOf(f, '#z1')).toBe('oldAddress.postalCode');
      for (const id of third ? ['#z2', '#a2', '#z3', '#a3'] : ['#z2', '#a2']) expect(keyOf(f, id), id).toBeNull();
    }
  });

  it('the same address book with its captions written in the boxes (placeholder 住所２)', () => {
    const f = classify(`<form>
      <div><input id="n" name="n" placeholder="お名前"></div>
      <div>〒<input id="z1" name="y1" placeholder="郵便番号"></div><div><input id="a1" name="addr_a" placeholder="住所１"></div>
      <div>〒<input id="z2" name="y2" placeholder="郵便番号"></div><div><input id="a2" name="addr_b" placeholder="住所２"></div></form>`);
    expect(keyOf(f, '#a1')).toMatch(/^oldAddress\./);
    expect(keyOf(f, '#z2')).toBeNull();
    expect(keyOf(f, '#a2')).toBeNull();
  });

  it('電話番号３ beside 電話番号１ and ２ takes no key; the first two are the main and the second number', () => {
    const f = book(true);
    expect(keyOf(f, '#t3')).toBeNull();
    expect(keyOf(f, '#t1')).toBe('phone');
    expect(keyOf(f, '#t2')).toBe('phoneAlt');
  });

  it('a second address captioned with its own words (現住所, 新住所) is not taken for an address book', () => {
    const f = classify(`<form><table>
      <tr><th>郵便番号</th><td><input id="z1" name="y1"></td></tr>
      <tr><th>現住所</th><td><input id="a1" name="addr_a"></td></tr>
      <tr><th>郵便番号</th><td><input id="z2" name="y2"></td></tr>
      <tr><th>新住所</th><td><input id="a2" name="addr_b"></td></tr></table></form>`);
    expect(keyOf(f, '#a1')).toMatch(/^oldAddress\./);
    expect(keyOf(f, '#a2')).toMatch(/^newAddress\./);
  });
});

describe('captions of rows laid out in <div>s', () => {
  it('※ お名前 in the block before the box\'s wrappers is a required caption, not a note', () => {
    const row = (caption: string, id: string) =>
      `<div><div><p>${caption}</p></div><div><p><span><label><input id="${id}" name="${id}" type="text"></label></span></p></div></div>`;
    const f = classify(`<form>${row('※ お名前', 'text1')}${row('※ 電話番号', 'text2')}${row('※ メールアドレス（確認用）', 'text4')}${row('ご意見', 'text5')}</form>`);
    expect(keyOf(f, '#text1')).toBe('name.full');
    expect(keyOf(f, '#text2')).toBe('phone');
    expect(keyOf(f, '#text4')).toBe('emailConfirm');
    // Control: a caption of a value no key holds stays without one.
    expect(keyOf(f, '#text5')).toBeNull();
  });

  it('※ followed by a sentence is still a note', () => {
    const f = classify(`<form><div><label for="z">郵便番号</label></div>
      <div><div><p>※ハイフンなしで入力してください。</p></div><div><input id="z" name="zip"></div></div></form>`);
    expect(keyOf(f, '#z')).toBe('oldAddress.postalCode');
  });

  it('漢字 / カナ rows inside a <div> group captioned 会社名 spell the company\'s name; under ご担当者名, the person\'s', () => {
    const group = (caption: string, a: string) =>
      `<div><div><span>必須</span>${caption}</div><div><div class="row"><div>漢字</div><div><input id="${a}" name="${a}"></div></div></div></div>`;
    const f = classify(`<form>${group('会社名', 'co')}${group('ご担当者名', 'pn')}<div><div>メールアドレス</div><div><input id="m" name="m"></div></div></form>`);
    expect(keyOf(f, '#co')).toBeNull();
    expect(keyOf(f, '#pn')).toBe('name.full');
    expect(keyOf(f, '#m')).toBe('email');
  });
});

describe('who a delivery block is for', () => {
  const checkout = `<form><div><label>氏名</label><input id="n" name="name"></div>
      <div><label>郵便番号</label><input id="z" name="zip"></div>
      <div><label>住所</label><input id="a" name="addr"></div>
      <div><label>電話番号</label><input id="t" name="tel"></div>
      <h4>配送先情報</h4><p>お届け先を選択してください。</p>
      <div><input type="radio" name="opt" id="r1" value="1" checked><label for="r1">ご注文者に発送</label>
        <input type="radio" name="opt" id="r2" value="2"><label for="r2">別なお届け先に発送</label></div>
      <div id="other" style="display:none"><div><label>お届け先氏名</label><input id="dn" name="d_name"></div>
        <div><label>お届け先住所</label><input id="da" name="d_addr"></div></div></form>`;

  it('on a page titled 配送先情報, a choice ご注文者に発送 keeps the block above it the orderer\'s own, name included', () => {
    const f = classify(checkout, '配送先情報');
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#a')).toMatch(/^oldAddress\./);
    expect(keyOf(f, '#t')).toBe('phone');
    // Control: the block the other choice opens is the recipient's.
    expect(keyOf(f, '#dn')).toBeNull();
    expect(keyOf(f, '#da')).toBeNull();
  });

  it('[ ] 別のお届け先を指定する over a ご住所 row asking no name: a place for whoever receives, not the user\'s home', () => {
    const page = (switchText: string) =>
      classify(`<h1>追加注文フォーム</h1><form><table>
        <tr><th>お名前</th><td><input id="n" name="name"></td></tr>
        <tr><th>電話番号</th><td><input id="t" name="tel"></td></tr>
        <tr><td colspan="2"><label><input type="checkbox" name="deli" id="deli">${switchText}</label></td></tr>
        <tr><th>ご住所</th><td>〒<input id="z" name="zipcode"><input id="a" name="addr1"></td></tr></table></form>`);
    const another = page('別のお届け先を指定する');
    expect(keyOf(another, '#z')).toBeNull();
    expect(keyOf(another, '#a')).toBeNull();
    expect(keyOf(another, '#n')).toBe('name.full');
    // Control: a box opening the member's own お届け先 (no 別の) leaves the address the user's.
    const own = page('お届け先を指定する');
    expect(keyOf(own, '#a')).toMatch(/^oldAddress\./);
  });

  it('貴塾名 names the school a teacher writes for, not the teacher', () => {
    const f = classify(`<form><table><tr><th>お名前</th><td><input id="n" name="name_a"></td></tr>
      <tr><th>貴塾名</th><td><input id="j" name="juku_name"></td></tr></table></form>`);
    expect(keyOf(f, '#j')).toBeNull();
    expect(keyOf(f, '#n')).toBe('name.full');
  });
});
