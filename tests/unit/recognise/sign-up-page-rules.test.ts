// @vitest-environment happy-dom
// Rules from sign-up, login and booking pages modelled on large sites: how names are split and
// scripted, which hidden parts are real, and what a box's own type or name overrules. Each rule
// comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

describe('names', () => {
  it('お名前 and フリガナ captioned together over 姓 名 / セイ メイ: the boxes captioned 姓 and 名 are the name itself', () => {
    const fields = classify(`<form><table><tr><th><span>お名前（全角）</span><br><span>フリガナ（全角カナ）</span></th>
      <td><span>姓</span><input id="a"><span>名</span><input id="b"><br><span>セイ</span><input id="c"><span>メイ</span><input id="d"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
    expect(keyOf(fields, '#c')).toBe('name.familyKana');
    expect(keyOf(fields, '#d')).toBe('name.givenKana');
    expect(fieldOf(fields, '#a').rules).toContain('name.own-script');
  });

  it('control: a row captioned フリガナ alone over boxes captioned 姓 and 名 is the kana', () => {
    const fields = classify(`<form><table><tr><th>フリガナ</th><td><span>姓</span><input id="a"><span>名</span><input id="b"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('name.familyKana');
    expect(keyOf(fields, '#b')).toBe('name.givenKana');
  });

  it('名字 then 名前, twice, the second pair with samples in kana: family, given, then their kana', () => {
    const row = (id: string, caption: string, sample: string) =>
      `<div class="field"><label for="${id}">${caption}</label><span>必須</span><input id="${id}" placeholder="例）${sample}"></div>`;
    const fields = classify(`<form>${row('a', '名字', '山田')}${row('b', '名前', '太郎')}${row('c', '名字', 'やまだ')}${row('d', '名前', 'たろう')}</form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
    expect(keyOf(fields, '#c')).toBe('name.familyKana');
    expect(keyOf(fields, '#d')).toBe('name.givenKana');
    expect(fieldOf(fields, '#c').rules).toContain('name.kana-sample');
  });

  it('control: a given name whose sample happens to be in hiragana after a family name in kanji stays the name', () => {
    const fields = classify(`<form><label for="a">姓</label><input id="a" placeholder="例）山田">
      <label for="b">名</label><input id="b" placeholder="例）はなこ"></form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
  });

  it('user[address_attributes][address_first_name_kanji] with no caption of its own: a given name, not an address', () => {
    const fields = classify(`<form><div><label for="f">お名前(全角)</label>
      <input placeholder="例) 山田" name="user[address_attributes][address_family_name_kanji]" id="f">
      <input placeholder="例) 彩" name="user[address_attributes][address_first_name_kanji]" id="g"></div></form>`);
    expect(keyOf(fields, '#f')).toBe('name.family');
    expect(keyOf(fields, '#g')).toBe('name.given');
  });

  it('control: user[address_attributes][city] under 市区町村 stays the city', () => {
    const fields = classify(`<form><label for="c">市区町村</label><input name="user[address_attributes][city]" id="c"></form>`);
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
  });
});

describe('whose block', () => {
  it('発送元・お届け先住所入力 at a sign-up: the member\'s own name and address', () => {
    const fields = classify(`<form><h2>発送元・お届け先住所入力</h2>
      <label for="n">お名前</label><input id="n"><label for="z">郵便番号</label><input id="z"><label for="p">電話番号</label><input id="p"></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#p')).toBe('phone');
  });

  it('control: お届け先住所入力 alone is a recipient', () => {
    const fields = classify(`<form><label for="m">メールアドレス</label><input id="m" type="email"><h2>お届け先住所入力</h2><label for="n">お名前</label><input id="n"><label for="z">郵便番号</label><input id="z"></form>`);
    expect(keyOf(fields, '#m')).toBe('email');
    expect(keyOf(fields, '#n')).toBeNull();
    expect(keyOf(fields, '#z')).toBeNull();
  });
});

describe('split boxes', () => {
  it('[userPhone5]-[userPhone4]-[userPhone42]: a printed hyphen joins the three parts whatever the names number', () => {
    const fields = classify(`<form><table><tr><th>日中のご連絡先電話番号</th><td>
      <input maxlength="4" id="userPhone5">-<input maxlength="4" id="userPhone4">-<input maxlength="3" id="userPhone42"></td></tr></table></form>`);
    expect(keyOf(fields, '#userPhone5')).toBe('phone#1');
    expect(keyOf(fields, '#userPhone4')).toBe('phone#2');
    expect(keyOf(fields, '#userPhone42')).toBe('phone#3');
  });

  it('control: two phones captioned apart, named tel2 then tel1, stay two numbers', () => {
    const fields = classify(`<form><label for="a">自宅電話</label><input id="a" name="tel2"> <label for="b">携帯電話</label><input id="b" name="tel1"></form>`);
    expect(fieldOf(fields, '#a').part).toBeUndefined();
    expect(fieldOf(fields, '#b').part).toBeUndefined();
  });
});

describe('samples', () => {
  it('建物名など 例) マリブウエスト16F under 住所2: the building; 住所1 listing 都道府県、市町村、番地 runs up to the number', () => {
    const fields = classify(`<form><ul><li>住所１ <input id="a" placeholder="都道府県、市町村、番地など　例) 千葉市美浜区中瀬2-6"></li>
      <li>住所２ <input id="b" placeholder="建物名など　例) マリブウエスト16F"></li></ul></form>`);
    expect(keyOf(fields, '#a')).toBe('oldAddress.fullWithoutBuilding');
    expect(keyOf(fields, '#b')).toBe('oldAddress.building');
  });

  it('control: a sample 中瀬2-6 (a town and its number) still shows the town and the block', () => {
    const fields = classify(`<form><table><tr><th>番地</th><td><input id="a" placeholder="例) 中瀬2-6"></td></tr>
      <tr><th>建物名</th><td><input id="b" placeholder="例) マリブウエスト16F"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('oldAddress.townBlock');
    expect(keyOf(fields, '#b')).toBe('oldAddress.building');
  });
});

describe('what is shown', () => {
  it('radios whose circles the style sheet hides inside labels shown as buttons are a real choice', () => {
    const fields = classify(`<style>.radio-btn input { display: none; }</style><form><table><tr><th>性別</th><td>
      <label class="radio-btn"><input type="radio" name="gender" value="male"><span>男性</span></label>
      <label class="radio-btn"><input type="radio" name="gender" value="female"><span>女性</span></label></td></tr></table></form>`);
    expect(keyOf(fields, 'input[value="male"]')).toBe('gender');
  });

  it('control: a checkbox hidden together with its label is still a trap', () => {
    const fields = classify(`<style>.hp { display: none; }</style><form><label>お名前 <input name="name"></label>
      <div class="hp"><label><input type="checkbox" name="gender_trap"> 男性</label></div></form>`);
    expect(keyOf(fields, 'input[name="name"]')).toBe('name.full');
    expect(fieldOf(fields, 'input[name="gender_trap"]').key).toBeNull();
  });

  it('a whole form hidden until the page\'s script shows it holds real fields', () => {
    const fields = classify(`<div id="state" hidden></div><form hidden><label for="n">お名前</label><input id="n">
      <label for="t">電話番号</label><input id="t" type="tel"><label for="z">郵便番号</label><input id="z"></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: one hidden box among shown ones is a trap', () => {
    const fields = classify(`<form><label for="n">お名前</label><input id="n"><label for="t">電話番号</label><input id="t" type="tel">
      <div hidden><label for="z">電話番号</label><input id="z"></div></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(fieldOf(fields, '#z').key).toBeNull();
  });

  it('a panel hidden behind a row of tabs ([一般ログイン][東京ガス連携]) holds real fields', () => {
    const fields = classify(`<div class="tabs"><button class="tab tab-active">一般ログイン</button><button class="tab">東京ガス連携</button></div>
      <form><div hidden><label for="c">お客さま番号</label><input id="c" name="customerNumber"></div>
      <label for="m">メールアドレス</label><input id="m" type="email"></form>`);
    expect(keyOf(fields, '#c')).toBe('provider.customerNumber');
    expect(fieldOf(fields, '#c').rules).toContain('shown-on-demand');
  });

  it('control: the same hidden panel after a row of plain links (no tabs) stays concealed', () => {
    const fields = classify(`<div class="links"><span>ヘルプ</span></div>
      <form><div hidden><label for="c">お客さま番号</label><input id="c" name="customerNumber"></div>
      <label for="m">メールアドレス</label><input id="m" type="email"></form>`);
    expect(fieldOf(fields, '#c').key).toBeNull();
    expect(keyOf(fields, '#m')).toBe('email');
  });
});

describe('the box\'s own type', () => {
  it('an input of type date named first-lesson-date is no given name', () => {
    const fields = classify(`<form><label for="n">お名前</label><input id="n"><label>希望入会日</label><input type="date" id="first-lesson-date"></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(fieldOf(fields, '#first-lesson-date').key).not.toBe('name.given');
    expect(fieldOf(fields, '#first-lesson-date').key).toBeNull();
  });

  it('control: a text box named first_name is the given name', () => {
    const fields = classify(`<form><input type="text" id="first_name" name="first_name"></form>`);
    expect(fieldOf(fields, '#first_name').key).toBe('name.given');
  });
});

describe('change pages and recipients', () => {
  it('a page titled 住所、郵便番号の変更 asks the address it changes to', () => {
    const fields = classify(`<form><p>郵便番号:<input name="zip" size="20"></p><p>住所:<input name="addr" size="40"></p></form>`, '住所、郵便番号の変更');
    expect(keyOf(fields, 'input[name="zip"]')).toBe('newAddress.postalCode');
    expect(keyOf(fields, 'input[name="addr"]')).toBe('newAddress.full');
  });

  it('control: a page titled お届け先住所変更 asks a recipient\'s address, which is no one\'s in the profile', () => {
    const fields = classify(`<form><p>郵便番号<input name="zip" size="10"></p><p>番地<input name="block" size="20"></p>
      <p>メールアドレス<input name="mail" type="email"></p></form>`, 'お届け先住所変更');
    expect(keyOf(fields, 'input[name="mail"]')).toBe('email');
    expect(fieldOf(fields, 'input[name="zip"]').key).toBeNull();
    expect(fieldOf(fields, 'input[name="block"]').key).toBeNull();
  });

  it('control: a page titled 会員登録 with the same boxes asks the member\'s own address', () => {
    const fields = classify(`<form><p>郵便番号<input name="zip" size="10"></p><p>番地<input name="block" size="20"></p></form>`, '会員登録');
    expect(keyOf(fields, 'input[name="zip"]')).toBe('oldAddress.postalCode');
  });
});

describe('a company\'s registration', () => {
  const page = (mark: string) => `<form><table>
    <tr><th>会社名${mark}</th><td><input name="company"></td></tr>
    <tr><th>部署名</th><td><input name="dept"></td></tr>
    <tr><th>氏名${mark}</th><td><input name="name"></td></tr>
    <tr><th>郵便番号${mark}</th><td><input name="zip"></td></tr>
    <tr><th>住所${mark}</th><td><input name="addr" size="60"></td></tr>
    <tr><th>メールアドレス${mark}</th><td><input name="mail"></td></tr></table></form>`;

  it('a required 会社名 first: the address after the writer\'s name is still the company\'s', () => {
    const fields = classify(page('※'));
    expect(keyOf(fields, 'input[name="name"]')).toBe('name.full');
    expect(fieldOf(fields, 'input[name="zip"]').key).toBeNull();
    expect(fieldOf(fields, 'input[name="addr"]').key).toBeNull();
    expect(keyOf(fields, 'input[name="mail"]')).toBe('email');
  });

  it('control: an optional 会社名 first: the writer\'s name ends the company\'s rows and the address is the writer\'s', () => {
    const fields = classify(page(''));
    expect(keyOf(fields, 'input[name="zip"]')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, 'input[name="addr"]')).toBe('oldAddress.full');
  });
});

describe('captions of parts and people', () => {
  it('住所（都道府県よりあと） after a prefecture select: everything after the prefecture', () => {
    const fields = classify(`<form><table><tr><th>都道府県</th><td><select name="pref"><option>東京都</option><option>大阪府</option></select></td></tr>
      <tr><th>住所（都道府県よりあと）</th><td><input name="address"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="address"]')).toBe('oldAddress.afterPrefecture');
  });

  it('都道府県+以降の住所 over one box after the postal code: the whole address', () => {
    const fields = classify(`<form><h3>郵便番号</h3><p><input name="zip1" maxlength="3">-<input name="zip2" maxlength="4"></p>
      <h3>都道府県+以降の住所</h3><p><input name="addr21"></p></form>`);
    expect(keyOf(fields, 'input[name="addr21"]')).toBe('oldAddress.full');
  });

  it('丁目・番地・マンション名等 beside a town box: the block and the building', () => {
    const fields = classify(`<form><table><tr><th>町名</th><td><input name="town"></td></tr>
      <tr><th>丁目・番地・マンション名等</th><td><input name="rest"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="rest"]')).toBe('oldAddress.blockBuilding');
  });

  it('control: 丁目・番地 beside a town box and a building box is the block only', () => {
    const fields = classify(`<form><table><tr><th>町名</th><td><input name="town"></td></tr>
      <tr><th>丁目・番地</th><td><input name="rest"></td></tr><tr><th>建物名</th><td><input name="bldg"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="rest"]')).toBe('oldAddress.block');
  });

  it('配偶者のお名前 names someone the profile cannot place: no key', () => {
    const fields = classify(`<form><label for="n">お名前</label><input id="n"><label for="s">配偶者のお名前</label><input id="s"></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(fieldOf(fields, '#s').key).toBeNull();
  });

  it('control: 配偶者 as a sample relationship in a family row does not make the row someone else\'s', () => {
    const fields = classify(`<form><h3>同居家族</h3><label for="r">続柄</label><input id="r" name="familyRelationship1" placeholder="例: 配偶者、子"></form>`);
    expect(keyOf(fields, '#r')).toBe('household[0].relationship');
  });
});

describe('blocks a choice opens', () => {
  const page = (opener: string) => `<style>.d-none { display: none !important; }</style><form>
    <label for="n">氏名</label><input id="n" name="username">
    ${opener}
    <div class="form-group d-none"><label for="email">メールアドレス</label><input type="email" name="email" id="email" disabled></div>
    <div class="form-group d-none"><label for="tel">電話番号</label><input type="tel" name="tel" id="tel" disabled></div></form>`;

  it('確認のご連絡 [メールでのご連絡 / 電話でのご連絡] opens the e-mail and phone boxes the style sheet hides', () => {
    const fields = classify(page(`<label for="contact">確認のご連絡</label><select id="contact" name="contact"><option value="">選択してください</option>
      <option value="no">希望しない</option><option value="email">メールでのご連絡</option><option value="tel">電話でのご連絡</option></select>`));
    expect(keyOf(fields, '#email')).toBe('email');
    expect(keyOf(fields, '#tel')).toBe('phone');
  });

  it('control: with no choice naming them, the boxes the style sheet hides take nothing', () => {
    const fields = classify(page(`<label for="c">人数</label><select id="c" name="count"><option>1名</option><option>2名</option></select>`));
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(fieldOf(fields, '#email').key).toBeNull();
    expect(fieldOf(fields, '#tel').key).toBeNull();
  });
});

describe('booking pages', () => {
  it('a step bar\'s other steps (お届け先登録) head nothing on the current step\'s page (メール登録)', () => {
    const fields = classify(`<ul><li><span>ボックス選択</span></li><li><span>お届け先登録</span></li><li class="on"><span>メール登録</span></li><li><span>確認</span></li></ul>
      <form><table><tr><th>メールアドレス</th><td><input type="email" name="email"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="email"]')).toBe('email');
  });

  it('control: on the お届け先登録 step itself, its fields are a recipient\'s', () => {
    const fields = classify(`<form><table><tr><th>メールアドレス</th><td><input type="email" name="email"></td></tr></table></form>
      <ul><li><span>ボックス選択</span></li><li class="on"><span>お届け先登録</span></li><li><span>メール登録</span></li><li><span>確認</span></li></ul>
      <form><p>お届け先登録</p><table><tr><th>お名前</th><td><input name="name"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="email"]')).toBe('email');
    expect(fieldOf(fields, 'input[name="name"]').key).toBeNull();
  });

  it('電話番号（携帯） and 電話番号（自宅） in rows of their own, named telNo1 and telNo2: two numbers, not two parts', () => {
    const fields = classify(`<form><table><tr><td class="fcate">電話番号（携帯）</td><td><input name="member_telNo1"></td></tr>
      <tr><td class="fcate">電話番号（自宅）</td><td><input name="member_telNo2"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="member_telNo1"]')).toBe('phone');
    expect(keyOf(fields, 'input[name="member_telNo2"]')).toBe('phoneAlt');
  });

  it('control: tel1 and tel2 side by side in one row are the parts of one number', () => {
    const fields = classify(`<form><table><tr><th>電話番号</th><td><input name="tel1" size="4">-<input name="tel2" size="4">-<input name="tel3" size="4"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="tel1"]')).toBe('phone#1');
    expect(keyOf(fields, 'input[name="tel2"]')).toBe('phone#2');
  });

  it('車番 with a note 例：う･1-21 is a number plate, no address; first_candidate_date is no given name', () => {
    const fields = classify(`<form><table><tr><td>車番</td><td><input name="plate_no" maxlength="4"><br>※ナンバープレートを入力 例：う･1-21 ⇒121</td></tr>
      <tr><td>第一希望日</td><td><input type="text" name="first_candidate_date"></td></tr>
      <tr><td>電話番号</td><td><input type="text" name="tel"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="tel"]')).toBe('phone');
    expect(fieldOf(fields, 'input[name="plate_no"]').key).toBeNull();
    expect(fieldOf(fields, 'input[name="first_candidate_date"]').key).toBeNull();
  });

  it('control: 番地 with a note 例：1-21 is the block', () => {
    const fields = classify(`<form><table><tr><td>番地</td><td><input name="banchi"><br>例：1-21</td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="banchi"]')).toBe('oldAddress.block');
  });
});
