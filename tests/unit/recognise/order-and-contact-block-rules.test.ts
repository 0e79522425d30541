// @vitest-environment happy-dom
// Rules met on order forms, applications and notices: whose block a note or heading names
// (a recipient, an emergency contact, the deceased, an affiliation), captions put as a question,
// and the parts of an address written under one caption. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { PREFECTURE_NAMES } from '../../../lib/formats/prefecture';
import { classify, fieldOf, keyOf } from './classify-markup';

const prefectures = PREFECTURE_NAMES.map((p) => `<option value="${p}">${p}</option>`).join('');

const orderer = `<table><tr><td>※お名前<input name="k_name"></td></tr>
  <tr><td>※電話番号<input name="k_tel"></td></tr></table>`;
const recipient = `<table><tr><td>お名前<input name="o_name"></td></tr>
  <tr><td>電話番号<input name="o_tel"></td></tr></table>`;

describe('a note in loose lines right before a block', () => {
  it('お届け先が上記の住所と異なる場合はご記入下さい<br>…<table>: the block is a recipient’s', () => {
    const fields = classify(`<form>${orderer}<hr>お届け先が上記の住所と異なる場合はご記入下さい<br>
      ※ 代引きのご請求は下記のお客様となりますのでご注意下さい。<br>${recipient}</form>`);
    expect(keyOf(fields, '[name="k_name"]')).toBe('name.full');
    expect(keyOf(fields, '[name="k_tel"]')).toBe('phone');
    expect(keyOf(fields, '[name="o_name"]')).toBeNull();
    expect(keyOf(fields, '[name="o_tel"]')).toBeNull();
  });

  it('control: a note that sets no one apart (配達には最低3日…) leaves the block the user’s', () => {
    const fields = classify(`<form><hr>配達には最低3日ほどが必要です。<br>${recipient}</form>`);
    expect(keyOf(fields, '[name="o_name"]')).toBe('name.full');
    expect(keyOf(fields, '[name="o_tel"]')).toBe('phone');
  });

  it('control: the note stops at a rule; the block before the rule stays the user’s', () => {
    const fields = classify(`<form>${orderer}<hr>お届け先が上記の住所と異なる場合はご記入下さい<br>${recipient}</form>`);
    expect(keyOf(fields, '[name="k_name"]')).toBe('name.full');
  });
});

describe('people who are someone else', () => {
  it('緊急連絡先 （ご本人様以外の情報をご入力下さい）: a contact to call, not a household member', () => {
    const fields = classify(`<form><h2>ご契約者様の情報</h2><label>氏名<input name="c_name"></label>
      <h2>緊急連絡先</h2><p>（ご本人様以外の情報をご入力下さい）</p>
      <label>氏名<input name="e_name"></label><label>続柄<input name="e_rel"></label></form>`);
    expect(keyOf(fields, '[name="c_name"]')).toBe('name.full');
    expect(keyOf(fields, '[name="e_name"]')).toBeNull();
    expect(keyOf(fields, '[name="e_rel"]')).toBeNull();
  });

  it('control: 一緒に転居されるご家族 （ご本人様以外） are household members', () => {
    const fields = classify(`<form><h2>ご契約者様の情報</h2><label>氏名<input name="c_name"></label>
      <h2>一緒に転居されるご家族</h2><p>（ご本人様以外の情報をご入力下さい）</p>
      <label>氏名<input name="h_name"></label></form>`);
    expect(keyOf(fields, '[name="h_name"]')).toBe('household[0].name.full');
  });

  it('死亡者氏名 / 故人 and 所属先住所 are someone else’s; the applicant’s rows are the user’s', () => {
    const fields = classify(`<form><table>
      <tr><th>申請者氏名</th><td>姓:<input name="a1"> 名:<input name="a2"></td></tr>
      <tr><th>死亡者氏名</th><td>姓:<input name="d1"> 名:<input name="d2"></td></tr>
      <tr><th>故人の住所</th><td><input name="d_addr"></td></tr>
      <tr><th>所属先住所</th><td><input name="o_addr"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="a1"]')).toBe('name.family');
    expect(keyOf(fields, '[name="a2"]')).toBe('name.given');
    for (const s of ['d1', 'd2', 'd_addr', 'o_addr']) expect(keyOf(fields, `[name="${s}"]`)).toBeNull();
  });
});

describe('a caption put as a question', () => {
  it('お名前は? / メールアドレスは? / 電話番号は? name the value they ask', () => {
    const fields = classify(`<form><input name="n" placeholder="お名前は?"><input name="m" placeholder="メールアドレスは?">
      <input name="t" placeholder="電話番号は?"></form>`);
    expect(keyOf(fields, '[name="n"]')).toBe('name.full');
    expect(keyOf(fields, '[name="m"]')).toBe('email');
    expect(keyOf(fields, '[name="t"]')).toBe('phone');
  });

  it('control: a survey question (…何でお知りになりましたか？ / …どちらでしたか?) asks no profile value', () => {
    const fields = classify(`<form><label>お名前<input name="n"></label><label>当店のご住所は何でお知りになりましたか？<input name="q1"></label>
      <label>以前のお住まいはどちらでしたか?<input name="q2"></label></form>`);
    expect(keyOf(fields, '[name="n"]')).toBe('name.full');
    expect(keyOf(fields, '[name="q1"]')).toBeNull();
    expect(keyOf(fields, '[name="q2"]')).toBeNull();
  });
});

describe('one caption over the whole address', () => {
  const block = (caption: string) => `<form><table><tr><td>※${caption}<br>
    〒<input name="z1" size="4"> - <input name="z2" size="5">
    <select name="pref">${prefectures}</select><br><input name="addr" size="50"></td></tr></table></form>`;

  it('ご住所 (マンション名、部屋番号もお願いいたします): 〒 [ ]-[ ] is the code, the select the prefecture, the box the rest', () => {
    const fields = classify(block('ご住所 (マンション名、部屋番号もお願いいたします)'));
    expect(keyOf(fields, '[name="z1"]')).toBe('oldAddress.postalCode#1');
    expect(keyOf(fields, '[name="z2"]')).toBe('oldAddress.postalCode#2');
    expect(keyOf(fields, '[name="pref"]')).toBe('oldAddress.prefecture');
    expect(keyOf(fields, '[name="addr"]')).toBe('oldAddress.afterPrefecture');
  });

  it('control: a caption naming the building alone (建物名) still makes a lone box the building', () => {
    const fields = classify(`<form><label>ご住所<input name="a"></label><label>建物名・部屋番号<input name="b"></label></form>`);
    expect(keyOf(fields, '[name="b"]')).toBe('oldAddress.building');
  });

  it('a select of the prefectures is the prefecture under any caption of the address', () => {
    const fields = classify(`<form><label>建物名<select name="pref">${prefectures}</select></label><input name="rest"></form>`);
    expect(keyOf(fields, '[name="pref"]')).toBe('oldAddress.prefecture');
    expect(fieldOf(fields, '[name="pref"]').rules).toContain('options.kind');
  });

  it('control: a box on a line of its own keeps the caption line above it', () => {
    const fields = classify(`<form><div>郵便番号</div><div><input name="z"></div><div>建物名</div><div><input name="b"></div></form>`);
    expect(keyOf(fields, '[name="z"]')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '[name="b"]')).toBe('oldAddress.building');
  });
});

describe('the parts of one phone', () => {
  it('電話番号 [tel1]-[tel2]-[tel3], each box in a block of its own: one number in three parts, not a second phone', () => {
    const fields = classify(`<form><div><div>電話番号(必須)</div>
      <div><input type="tel" name="tel1" maxlength="4"></div>-<div><input type="tel" name="tel2" maxlength="4"></div>-<div><input type="tel" name="tel3" maxlength="4"></div></div></form>`);
    expect(keyOf(fields, '[name="tel1"]')).toBe('phone#1');
    expect(keyOf(fields, '[name="tel2"]')).toBe('phone#2');
    expect(keyOf(fields, '[name="tel3"]')).toBe('phone#3');
  });

  it('control: beside a 携帯 box (the main number), all three parts are the alternative phone together', () => {
    const fields = classify(`<form><div><div>電話番号</div>
      <div><input type="tel" name="tel1" maxlength="4"></div>-<div><input type="tel" name="tel2" maxlength="4"></div>-<div><input type="tel" name="tel3" maxlength="4"></div></div>
      <div><label for="m">携帯電話番号</label><input type="tel" id="m" name="mobile"></div></form>`);
    expect(keyOf(fields, '[name="tel1"]')).toBe('phoneAlt#1');
    expect(keyOf(fields, '[name="tel3"]')).toBe('phoneAlt#3');
    expect(keyOf(fields, '#m')).toBe('phone');
  });
});

describe('a page of steps that opens on words alone', () => {
  const steps = (intro: string) => `<form>${intro}
    <section class="step-content" style="display:none"><label>氏名<input name="n"></label></section>
    <section class="step-content" style="display:none"><label>携帯番号<input name="m"></label><label>メールアドレス<input name="e"></label></section>
    <section class="step-content" style="display:none"><label>ご要望<textarea name="c"></textarea></label></section></form>`;

  it('<section class="step-content">ご案内</section> then hidden steps: the steps hold real fields', () => {
    const fields = classify(steps('<section class="step-content"><h2>入力前のご案内</h2><p>順にご入力ください。</p></section>'));
    expect(keyOf(fields, '[name="n"]')).toBe('name.full');
    expect(keyOf(fields, '[name="m"]')).toBe('phone');
    expect(keyOf(fields, '[name="e"]')).toBe('email');
  });

  it('control: hidden blocks with no shown block of their kind stay concealed', () => {
    const fields = classify(steps('<div class="lead"><h2>入力前のご案内</h2></div>'));
    expect(keyOf(fields, '[name="n"]')).toBeNull();
    expect(fieldOf(fields, '[name="n"]').rules).toContain('concealed');
  });
});

describe('a person or a company', () => {
  it('氏名（会社名） is the name of the person who fills it in; 生年月日（法人の場合は代表者の生年月日） is theirs too', () => {
    const fields = classify(`<form><label>氏名（会社名）<input name="n"></label>
      <label>生年月日（法人の場合は代表者の生年月日）<input type="date" name="b"></label></form>`);
    expect(keyOf(fields, '[name="n"]')).toBe('name.full');
    expect(keyOf(fields, '[name="b"]')).toBe('birthDate');
  });

  it('control: 会社名 alone and 代表者氏名 in a company’s block are no values of the user’s', () => {
    const fields = classify(`<form><label>お名前<input name="u"></label><label>会社名<input name="c"></label>
      <label>代表者氏名<input name="r"></label></form>`);
    expect(keyOf(fields, '[name="u"]')).toBe('name.full');
    expect(keyOf(fields, '[name="c"]')).toBeNull();
    expect(keyOf(fields, '[name="r"]')).toBeNull();
  });

  it('後継者情報: the successor’s name and phone are someone else’s', () => {
    const fields = classify(`<form><h3>委託者様について</h3><label>氏名<input name="o"></label>
      <h3>後継者情報</h3><label>氏名<input name="s"></label><label>携帯番号<input name="sm"></label></form>`);
    expect(keyOf(fields, '[name="o"]')).toBe('name.full');
    expect(keyOf(fields, '[name="s"]')).toBeNull();
    expect(keyOf(fields, '[name="sm"]')).toBeNull();
  });
});

describe('a bracketed note at the head of a cell', () => {
  const resume = (note: string) => `<form><table>
    <tr><td>現住所</td><td>〒<input name="zip"><br><input name="addr"><br><label>携帯電話番号<input name="mob"></label></td></tr>
    <tr><td>連絡先</td><td><span>${note}</span><br><label>〒<input name="c_zip"></label><br><input name="c_addr"><br>
      <label>携帯電話番号<input name="c_mob"></label><br><label>E-mail<input name="c_mail"></label></td></tr></table></form>`;

  it('連絡先 | （現住所以外に連絡を希望する場合のみ記入）: the cell’s fields are another place, not the user’s home', () => {
    const fields = classify(resume('（現住所以外に連絡を希望する場合のみ記入）'));
    expect(keyOf(fields, '[name="zip"]')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '[name="mob"]')).toBe('phone');
    for (const s of ['c_zip', 'c_addr', 'c_mob', 'c_mail']) expect(keyOf(fields, `[name="${s}"]`)).toBeNull();
  });

  it('control: a bracketed note that names no one （半角数字） leaves the cell to its caption', () => {
    const fields = classify(resume('（半角数字でご記入ください）'));
    expect(keyOf(fields, '[name="c_mail"]')).toBe('email');
  });
});

describe('a date box named for a start, under a bare unit', () => {
  it('年 | 月 columns of a work history, boxes named start_period_y / _m: a date of no kind, not the move', () => {
    const fields = classify(`<form><table><tr><td>年</td><td>月</td><td>職歴</td></tr>
      <tr><td><input name="start_period_y_0"></td><td><input name="start_period_m_0"></td><td><input name="company_0"></td></tr></table></form>`);
    expect(keyOf(fields, '[name="start_period_y_0"]')).toBeNull();
    expect(keyOf(fields, '[name="start_period_m_0"]')).toBeNull();
  });

  it('control: a box named start_date under 使用開始日 on a moving page is the start of the supply', () => {
    const fields = classify(`<h1>電気のお引越し手続き</h1><form><label>使用開始日<input name="start_date" type="date"></label></form>`);
    expect(keyOf(fields, '[name="start_date"]')).toBe('move.startDate');
  });
});

describe('a child and a guardian', () => {
  it('お名前 / フリガナ, then 保護者お名前: the first name is the child’s, the guardian is the user', () => {
    const fields = classify(`<form><label>お名前<input name="name"></label><label>フリガナ<input name="kana"></label>
      <label>保護者お名前<input name="p_name"></label><label>電話番号<input name="tel"></label></form>`);
    expect(keyOf(fields, '[name="name"]')).toBeNull();
    expect(keyOf(fields, '[name="kana"]')).toBeNull();
    expect(fieldOf(fields, '[name="name"]').rules).toContain('person.child-of-guardian');
    expect(keyOf(fields, '[name="p_name"]')).toBe('name.full');
    expect(keyOf(fields, '[name="tel"]')).toBe('phone');
  });

  it('control: 保護者 first, then お名前 with no person: the order gives no child, the names stay the user’s', () => {
    const fields = classify(`<form><label>お名前<input name="name"></label><label>メールアドレス<input name="mail"></label></form>`);
    expect(keyOf(fields, '[name="name"]')).toBe('name.full');
  });
});

describe('what to write for an address abroad', () => {
  it('住所 (海外住所の場合は「海外」と入力): a Japanese address, with a word on the case of one abroad', () => {
    const fields = classify(`<form><label>住所（海外住所の場合は「海外」と入力）<input name="a"></label></form>`);
    expect(keyOf(fields, '[name="a"]')).toBe('oldAddress.full');
  });

  it('control: 海外住所 as the caption itself is an address abroad and gets no key', () => {
    const fields = classify(`<form><label>住所<input name="a"></label><label>海外住所<input name="o"></label></form>`);
    expect(keyOf(fields, '[name="a"]')).toBe('oldAddress.full');
    expect(keyOf(fields, '[name="o"]')).toBeNull();
  });
});

describe('an outlined floating-label field (Vuetify)', () => {
  const widget = (id: string, sample: string) =>
    `<div class="v-input v-text-field--outlined"><div class="v-input__slot"><fieldset><legend><span>${sample}</span></legend></fieldset>` +
    `<div class="v-text-field__slot"><label for="${id}" class="v-label">${sample}</label><input id="${id}" type="text"></div></div></div>`;

  it('*氏名 [楽々太郎] / *電話番号 [000-0000-0000]: the words before the widget caption it; the label and legend are samples', () => {
    const fields = classify(`<div class="info"><h4>予約者情報</h4>
      <span>*</span>氏名<span>&emsp;</span>${widget('input-23', '楽々太郎')}
      <span>*</span>電話番号<span>&emsp;</span>${widget('input-38', '000-0000-0000')}</div>`);
    expect(keyOf(fields, '#input-23')).toBe('name.full');
    expect(keyOf(fields, '#input-38')).toBe('phone');
  });

  it('control: a floating label that names the value (お名前) still captions the box', () => {
    const fields = classify(`<div class="info">${widget('a', 'お名前')}${widget('b', 'メールアドレス')}</div>`);
    expect(keyOf(fields, '#a')).toBe('name.full');
    expect(keyOf(fields, '#b')).toBe('email');
  });
});

describe('an e-mail asked twice', () => {
  it('[ ]（確認のため再入力してください）[ ]: the words between speak of the second box; the first is the address', () => {
    const fields = classify(`<form><table><tr><th>メールアドレス</th><td>
      <div><input name="mail1" placeholder="メールアドレス"><span>（確認のため再入力してください）</span></div>
      <div><input name="mail2" placeholder="メールアドレス確認"></div></td></tr></table></form>`);
    expect(keyOf(fields, '[name="mail1"]')).toBe('email');
    expect(keyOf(fields, '[name="mail2"]')).toBe('emailConfirm');
  });

  it('control: a lone box captioned メールアドレス（確認） is still the confirmation', () => {
    const fields = classify(`<form><label>メールアドレス<input name="m" type="email"></label>
      <label>お名前<input name="n"></label><label>メールアドレス（確認）<input name="c" type="email"></label></form>`);
    expect(keyOf(fields, '[name="m"]')).toBe('email');
    expect(keyOf(fields, '[name="c"]')).toBe('emailConfirm');
  });
});

describe('the caption of a group over a row of part-marked boxes', () => {
  const group = (caption: string, prefix: string) => `<div class="form-group"><label for="">${caption}</label> <span>必須</span>
    <div class="row"><p>姓</p> <input name="${prefix}_family"> <p>名</p> <input name="${prefix}_given"></div></div>`;

  it('ご契約者様の情報 > 入居者様の氏名 姓[ ] 名[ ]: the resident is someone else; the contractor is the user', () => {
    const fields = classify(`<form><section><h2>ご契約者様の情報</h2>${group('ご契約者様の氏名', 'c')}
      <div><label><input type="checkbox" name="same">ご契約者様と入居者様が同じ場合はチェック</label></div>
      ${group('入居者様の氏名', 'r')}</section></form>`);
    expect(keyOf(fields, '[name="c_family"]')).toBe('name.family');
    expect(keyOf(fields, '[name="c_given"]')).toBe('name.given');
    expect(keyOf(fields, '[name="r_family"]')).toBeNull();
    expect(keyOf(fields, '[name="r_given"]')).toBeNull();
    expect(fieldOf(fields, '[name="r_family"]').rules).toContain('person.other-role');
  });

  it('control: a group captioned with the user’s own role (お申込者様の氏名) stays the user’s', () => {
    const fields = classify(`<form><section><h2>ご契約者様の情報</h2>${group('お申込者様の氏名', 'a')}</section></form>`);
    expect(keyOf(fields, '[name="a_family"]')).toBe('name.family');
    expect(keyOf(fields, '[name="a_given"]')).toBe('name.given');
  });

  it('control: with no section about the user, 入居者様の氏名 is left to the user', () => {
    const fields = classify(`<form>${group('入居者様の氏名', 'r')}</form>`);
    expect(keyOf(fields, '[name="r_family"]')).toBe('name.family');
  });
});

describe('a caption inside its own group under a cue line above it', () => {
  it('お子様の情報 > お子様のお名前 氏[ ] 名[ ], then フリガナ [ ] in a group of its own: all the child’s', () => {
    const fields = classify(`<form><div class="mb-8"><div class="mb-4"><span>お子様の情報</span></div><div class="mb-4"><label>お子様のお名前</label><div><div><input id="f" placeholder="氏（姓）"></div><div><input id="g" placeholder="名（名）"></div></div></div>
      <div class="mb-4"><label>フリガナ</label><input id="k" placeholder="カタカナでご入力ください"></div></div>
      <div class="mb-4"><label>メールアドレス</label><input id="m" type="email"></div></form>`);
    expect(keyOf(fields, '#f')).toBeNull();
    expect(keyOf(fields, '#k')).toBeNull();
    expect(keyOf(fields, '#m')).toBe('email');
  });
});

describe('a role asked only where it differs from another', () => {
  const page = (note: string) =>
    classify(`<form><p>参加代表者情報</p>
      <dl><dt>お名前</dt><dd><input id="n" placeholder="貸切 太郎"></dd></dl>
      <dl><dt>お電話番号</dt><dd><input id="t" placeholder="090-1234-5678"></dd></dl>
      <dl><dt>お申込者氏名</dt><dd><input id="an" placeholder="貸切 花子"><br>${note}</dd></dl>
      <dl><dt>お申込者電話番号</dt><dd><input id="at" placeholder="080-1234-5678"></dd></dl></form>`);

  it('参加代表者と申込者が同一でない場合はご入力ください: the representative is the user, the applicant someone else', () => {
    const f = page('参加代表者と申込者が同一でない場合はご入力ください。');
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#t')).toBe('phone');
    expect(keyOf(f, '#an')).toBeNull();
    expect(keyOf(f, '#at')).toBeNull();
  });

  it('control: without the words, the applicant is the user and the representative someone else', () => {
    const f = page('');
    expect(keyOf(f, '#an')).toBe('name.full');
    expect(keyOf(f, '#n')).toBeNull();
  });
});
