// @vitest-environment happy-dom
// Rules from business orders, course applications, shop order forms and column layouts: blocks that
// open with an organisation, details asked again per block, a learner who applies, boxes side by side
// in columns of their own, hints about the postal lookup, and a few words. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

const row = (caption: string, name: string) => `<tr><td class="title">${caption}</td><td><input type="text" name="${name}"></td></tr>`;

describe('blocks that open with an organisation', () => {
  const order = classify(`<form>
    <h3>ドメイン登録情報</h3><table>${row('※ 組織名', 'org')}${row('※ 所有者名', 'owner')}${row('※ 部署名', 'dept')}${row('※ ご住所', 'addr')}${row('※ 電話番号', 'tel')}${row('※ メールアドレス', 'mail')}</table>
    <h3>ご契約者について</h3><table>${row('※ 組織名', 'org2')}${row('※ 代表者名', 'rep')}${row('※ 氏名', 'name2')}${row('所在地', 'loc')}${row('※ 電話番号', 'tel2')}</table>
    <h3>SSL登録情報</h3><table>${row('※ コモンネーム', 'common_name')}</table></form>`);

  it('the address after a required 組織名 is the organisation’s, in every block that opens with one', () => {
    expect(keyOf(order, 'input[name="org"]')).toBeNull();
    expect(keyOf(order, 'input[name="addr"]')).toBeNull();
    expect(keyOf(order, 'input[name="loc"]')).toBeNull();
    expect(keyOf(order, 'input[name="owner"]')).toBe('name.full');
    expect(keyOf(order, 'input[name="name2"]')).toBe('name.full');
  });

  it('代表者名 right after 組織名 is the organisation’s head', () => {
    expect(keyOf(order, 'input[name="rep"]')).toBeNull();
    expect(keyOf(order, 'input[name="name2"]')).toBe('name.full');
  });

  it('氏名 and 電話番号 asked again in a later block are the same phone, not a second one', () => {
    expect(keyOf(order, 'input[name="tel"]')).toBe('phone');
    expect(keyOf(order, 'input[name="tel2"]')).toBe('phone');
  });

  it('コモンネーム (a certificate’s) is the name of a site, not of a person', () => {
    expect(keyOf(order, 'input[name="common_name"]')).toBeNull();
    expect(keyOf(order, 'input[name="mail"]')).toBe('email');
  });

  it('control: a personal block before any organisation keeps its address; 携帯 beside 自宅 is still two numbers', () => {
    const fields = classify(`<form><h3>お客様情報</h3><table>${row('お名前', 'n')}${row('ご住所', 'a')}${row('携帯電話', 'm')}${row('自宅電話', 'h')}</table>
      <h3>勤務先</h3><table>${row('※ 組織名', 'o')}${row('所在地', 'l')}</table></form>`);
    expect(keyOf(fields, 'input[name="a"]')).toBe('oldAddress.full');
    expect(keyOf(fields, 'input[name="m"]')).toBe('phone');
    expect(keyOf(fields, 'input[name="h"]')).toBe('phoneAlt');
    expect(keyOf(fields, 'input[name="l"]')).toBeNull();
  });
});

describe('a learner who applies', () => {
  it('受講者: 氏名, ふりがな, 性別 on a course application that asks no one else is the user', () => {
    const fields = classify(`<form><h4>受講者</h4><table>${row('氏名', 'n')}${row('ふりがな', 'k')}</table>
      <table>${row('メールアドレス', 'e')}</table></form>`);
    expect(keyOf(fields, 'input[name="n"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="k"]')).toBe('name.fullKana');
    expect(fieldOf(fields, 'input[name="n"]').rules).toContain('person.sole-learner');
  });

  it('control: where a 保護者 is asked as well, the 受講者 is someone else', () => {
    const fields = classify(`<form><h4>保護者</h4><table>${row('氏名', 'p')}</table><h4>受講者</h4><table>${row('氏名', 'n')}</table></form>`);
    expect(keyOf(fields, 'input[name="p"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="n"]')).toBeNull();
  });
});

describe('boxes side by side, each in a column of its own', () => {
  const col = (inner: string) => `<div class="col-sm-4"><div class="form-group">${inner}</div></div>`;

  it('氏名 [name1] [name2] in two columns are the family and the given name', () => {
    const fields = classify(`<form><div class="row"><div class="col-sm-3"><label>氏名</label></div>${col('<input name="name1"><label>坂口</label>')}${col('<input name="name2"><label>広大</label>')}</div></form>`);
    expect(keyOf(fields, 'input[name="name1"]')).toBe('name.family');
    expect(keyOf(fields, 'input[name="name2"]')).toBe('name.given');
  });

  it('郵便番号 [post1] [post2] [郵便番号検索] in columns are the two parts of the code', () => {
    const fields = classify(`<form><div class="row"><div class="col-sm-3"><label>郵便番号</label></div>${col('<input name="post1">')}${col('<input name="post2">')}<div class="col-sm-4"><button type="button">郵便番号検索</button></div></div></form>`);
    expect(fieldOf(fields, 'input[name="post1"]')).toMatchObject({ key: 'oldAddress.postalCode', part: 1 });
    expect(fieldOf(fields, 'input[name="post2"]')).toMatchObject({ key: 'oldAddress.postalCode', part: 2 });
  });
});

describe('hints and captions around a box', () => {
  it('ご住所 with the label 郵便番号から検索されます: the hint tells of the lookup, the box takes the address', () => {
    const fields = classify(`<form><table><tr><th>ご住所 *</th><td>ご住所：<input id="addr" name="addr" placeholder="郵便番号を入力すると候補が表示されます"><label for="addr">郵便番号から検索されます</label></td></tr></table></form>`);
    expect(keyOf(fields, '#addr')).toBe('oldAddress.full');
  });

  it('control: a box captioned 郵便番号 alone is the postal code', () => {
    const fields = classify(`<form><label for="z">郵便番号</label><input id="z" name="z1"></form>`);
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
  });

  it('<p>郵便番号</p>[ ]-[ ]<p>住所</p>[ ]: the 住所 line after the code is the next box’s caption', () => {
    const fields = classify(`<form><p>郵便番号</p><input type="text" name="post1" size="4">-<input type="text" name="post2" size="4"><br>
      <p>住所</p><input type="text" name="address"><br></form>`);
    expect(fieldOf(fields, 'input[name="post2"]')).toMatchObject({ key: 'oldAddress.postalCode', part: 2 });
    expect(keyOf(fields, 'input[name="address"]')).toBe('oldAddress.full');
  });

  it('<label for> 名: on its own line after a kana family name is the given name in kanji', () => {
    const fields = classify(`<form><fieldset>
      <label for="f">姓:</label><input id="f" name="firstname"><br>
      <label for="fk">姓ふりがな:</label><input id="fk" name="firstname_kana"><br>
      <label for="l">名:</label><input id="l" name="lastname"><br>
      <label for="lk">名ふりがな:</label><input id="lk" name="lastname_kana"><br></fieldset></form>`);
    expect(keyOf(fields, '#l')).toBe('name.given');
    expect(keyOf(fields, '#lk')).toBe('name.givenKana');
  });

  it('label "last name" with the placeholder 名: the Japanese word says the part', () => {
    const fields = classify(`<form><label for="a">family name</label><input id="a" name="user[family_name]" placeholder="姓">
      <label for="b">last name</label><input id="b" name="user[last_name]" placeholder="名"></form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
  });

  it('control: an English caption alone keeps its own meaning', () => {
    const fields = classify(`<form><label for="a">first name</label><input id="a" name="a"><label for="b">last name</label><input id="b" name="b"></form>`);
    expect(keyOf(fields, '#a')).toBe('name.given');
    expect(keyOf(fields, '#b')).toBe('name.family');
  });
});

describe('choices and hidden boxes', () => {
  it('年代 [1910年代▾]: decades to pick an age group from, no birth year', () => {
    const decades = Array.from({ length: 10 }, (_, i) => `<option>${1910 + i * 10}年代</option>`).join('');
    const fields = classify(`<form><p>年代</p><select name="birth">${decades}</select><p>生年月日</p><input type="date" name="bday"></form>`);
    expect(keyOf(fields, 'select[name="birth"]')).toBeNull();
    expect(keyOf(fields, 'input[name="bday"]')).toBe('birthDate');
  });

  it('a hidden row whose box asks the browser for a postal code (autocomplete) is one the page shows on demand', () => {
    const fields = classify(`<style>.hidden { display: none; }</style><form><label>お名前<input id="n" autocomplete="name"></label>
      <label class="field hidden">郵便番号<input id="z" autocomplete="postal-code"></label>
      <label class="field hidden">FAX<input id="x" name="x"></label></form>`);
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(fieldOf(fields, '#z').rules).toContain('shown-on-demand');
    expect(keyOf(fields, '#n')).toBe('name.full');
  });

  it('control: a hidden box with no such word is left alone', () => {
    const fields = classify(`<style>.hidden { display: none; }</style><form><label>お名前<input id="n"></label>
      <label class="field hidden">郵便番号<input id="z" name="zip"></label></form>`);
    expect(keyOf(fields, '#z')).toBeNull();
    expect(keyOf(fields, '#n')).toBe('name.full');
  });
});

describe('people and places around the user', () => {
  it('人数：大人 名様, お子様 名様 above the form counts guests; it names no one', () => {
    const fields = classify(`<div><p>人数：大人&nbsp;名様,&nbsp;お子様&nbsp;名様</p></div><form><p>ご連絡先を入力してください</p>
      <label for="s">姓（漢字）</label><input id="s" name="surName"><label for="t">携帯電話</label><input id="t" name="mobilePhone" type="tel"></form>`);
    expect(keyOf(fields, '#s')).toBe('name.family');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: お子さま 1 人目 still names a child', () => {
    const fields = classify(`<form><label for="p">保護者のお名前</label><input id="p" name="parent"><h3>お子さま 1 人目</h3><label for="c">お名前</label><input id="c" name="child-0"></form>`);
    expect(keyOf(fields, '#c')).toBeNull();
    expect(keyOf(fields, '#p')).toBe('name.full');
  });

  it('連絡先住所（現住所と異なる場合） is another place to reach the user: an address, but not one the profile holds', () => {
    const fields = classify(`<form><table>
      <tr><th>現住所</th><td><input name="addr"></td></tr>
      <tr><th>連絡先住所（現住所と異なる場合）</th><td><input name="address_r"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="addr"]')).toBe('oldAddress.full');
    expect(keyOf(fields, 'input[name="address_r"]')).toBeNull();
  });

  it('control: 新住所（現住所と異なる場合） is the new home', () => {
    const fields = classify(`<form><table>
      <tr><th>現住所</th><td><input name="addr"></td></tr>
      <tr><th>新住所（現住所と異なる場合）</th><td><input name="addr2"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="addr2"]')).toBe('newAddress.full');
  });

  it('介護対象者 and 地域（訪問する住所） on a care application are the person cared for and their home', () => {
    const fields = classify(`<form><p>申込者の姓名* : <input name="applicant"></p><p>連絡先* : <input name="phoneNum"></p>
      <p>介護対象者の姓名* : <input name="userName"></p><p>地域(訪問する住所)* : <input name="addr"></p></form>`);
    expect(keyOf(fields, 'input[name="applicant"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="phoneNum"]')).toBe('phone');
    expect(keyOf(fields, 'input[name="userName"]')).toBeNull();
    expect(keyOf(fields, 'input[name="addr"]')).toBeNull();
  });

  it('<input type="email" autocomplete="username"> captioned メールアドレス is the e-mail address', () => {
    const fields = classify(`<form><label for="e">メールアドレス</label><input type="email" id="e" name="email" autocomplete="username">
      <label for="u">ユーザー名</label><input type="text" id="u" name="login" autocomplete="username"></form>`);
    expect(keyOf(fields, '#e')).toBe('email');
    expect(keyOf(fields, '#u')).toBeNull();
  });
});
