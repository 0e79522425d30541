// @vitest-environment happy-dom
// Rules from school enquiries, service applications and pages whose fields carry no telling name:
// the cells of one table row, separators between phone boxes, date parts as list items, the next
// field's caption, a school's name, the reading of someone else's name, a representative who is the
// applicant, kana inside a sentence, a service's start, a due date, a select beside the phone boxes,
// the reading of some address parts. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

const months = Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('');

describe('one row header over several cells', () => {
  it('<th>氏名</th><td>[ ]</td><td>[ ]</td>: the two cells are 姓 then 名, and the same for フリガナ', () => {
    const fields = classify(`<form><table>
      <tr><th>氏名</th><td><input id="a"></td><td><input id="b"></td></tr>
      <tr><th>フリガナ</th><td><input id="c"></td><td><input id="d"></td></tr>
      <tr><th>電話番号</th><td><input id="t"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
    expect(keyOf(fields, '#c')).toBe('name.familyKana');
    expect(keyOf(fields, '#d')).toBe('name.givenKana');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: one cell under 氏名 is the whole name', () => {
    const fields = classify(`<form><table><tr><th>氏名</th><td><input id="a"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('name.full');
  });
});

describe('the mark printed between phone boxes', () => {
  it('TEL [ ]－[ ]－[ ] with no telling names: the full-width minus joins three parts', () => {
    const fields = classify(`<form><div><label>TEL</label><div>
      <input id="t1" maxlength="5"><span>－</span><input id="t2" maxlength="4"><span>－</span><input id="t3" maxlength="4"></div></div></form>`);
    expect(keyOf(fields, '#t1')).toBe('phone#1');
    expect(keyOf(fields, '#t2')).toBe('phone#2');
    expect(keyOf(fields, '#t3')).toBe('phone#3');
  });

  it('control: a box captioned FAX after the phone is no part of it', () => {
    const fields = classify(`<form><div><label>TEL</label><div>
      <input id="t1" maxlength="13"><span>FAX</span><input id="f" maxlength="13"></div></div></form>`);
    expect(keyOf(fields, '#t1')).toBe('phone');
    expect(keyOf(fields, '#f')).toBeNull();
  });
});

describe('date parts as items of a list', () => {
  it('生年月日 over <li>[ ]年</li><li>[ ]月</li><li>[ ]日</li>: year, month and day', () => {
    const fields = classify(`<form><table><tr><th>生年月日</th><td><ul>
      <li><label><input id="y">年</label></li><li><label><input id="m">月</label></li><li><label><input id="d">日</label></li></ul></td></tr>
      <tr><th>メールアドレス</th><td><input id="e"></td></tr></table></form>`);
    expect(keyOf(fields, '#y')).toBe('birthDate#year');
    expect(keyOf(fields, '#m')).toBe('birthDate#month');
    expect(keyOf(fields, '#d')).toBe('birthDate#day');
    expect(keyOf(fields, '#e')).toBe('email');
  });
});

describe("the next field's caption", () => {
  it('<label><div>お名前</div>[ ]</label><label><div>フリガナ</div>[ ]</label>: the second caption is not a note of the first box', () => {
    const fields = classify(`<form><label><div>お名前</div><input id="n"></label><label><div>フリガナ</div><input id="k"></label></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#k')).toBe('name.fullKana');
  });

  it('control: a hint below the box inside its own label still speaks for it', () => {
    const fields = classify(`<form><label><div>お名前</div><input id="n"><div>全角カナで入力してください</div></label></form>`);
    expect(keyOf(fields, '#n')).toBe('name.fullKana');
  });
});

describe("a school's name", () => {
  it('通学中の学校名 (例：江東区立深川第四中学校): no address, however much the example reads like one', () => {
    const fields = classify(`<form><label for="s">通学中の学校名</label><input id="s" placeholder="例：江東区立深川第四中学校">
      <label for="a">ご住所</label><input id="a" placeholder="例：江東区深川1-2-3"></form>`);
    expect(keyOf(fields, '#s')).toBeNull();
    expect(keyOf(fields, '#a')).toMatch(/^oldAddress\./);
  });
});

describe("the reading of someone else's name", () => {
  it('お子さまのお名前 [ ] then ふりがな [ ]: both the child\'s; 保護者のお名前 and its ふりがな the user\'s', () => {
    const fields = classify(`<form><label for="c">お子さまのお名前</label><input id="c">
      <label for="ck">ふりがな</label><input id="ck">
      <label for="p">保護者のお名前</label><input id="p">
      <label for="pk">ふりがな</label><input id="pk"></form>`);
    expect(keyOf(fields, '#c')).toBeNull();
    expect(keyOf(fields, '#ck')).toBeNull();
    expect(fieldOf(fields, '#ck').rules).toContain('person.kana-of-other-name');
    expect(keyOf(fields, '#p')).toBe('name.full');
    expect(keyOf(fields, '#pk')).toBe('name.fullKana');
  });
});

describe('kana inside a sentence', () => {
  it('端末がどのように壊れているかなどをご入力ください: the かな of 壊れているかなど asks for no reading', () => {
    const fields = classify(`<form><label for="s">事故後の端末の状態</label><textarea id="s" placeholder="端末がどのように壊れているかなどをご入力ください"></textarea>
      <label for="k">お名前（かな）</label><input id="k"></form>`);
    expect(keyOf(fields, '#s')).toBeNull();
    expect(keyOf(fields, '#k')).toBe('name.fullKana');
  });
});

describe("a service's start", () => {
  const page = (title: string) =>
    classify(`<form><label for="n">お名前</label><input id="n"><label for="d">ご利用開始希望日</label><input id="d" type="date" name="start_date"></form>`, title);

  it('ご利用開始希望日 on a storage or school page: not the move\'s start', () => {
    const fields = page('トランクルームのお申込み');
    expect(keyOf(fields, '#d')).toBeNull();
    expect(fieldOf(fields, '#d').rules).toContain('date.service-start');
    expect(keyOf(fields, '#n')).toBe('name.full');
  });

  it('control: the same caption on an electricity page is the start at the new home', () => {
    expect(keyOf(page('でんきのお申込み'), '#d')).toBe('move.startDate');
  });
});

describe('a due date', () => {
  it('ご出産予定日 is no birth date of the user; 生年月日 on the same page is', () => {
    const fields = classify(`<form><label for="b">生年月日</label><input id="b" type="date">
      <label for="due">ご出産予定日</label><select id="due_m" name="birthday_child_month"><option></option>${months}</select>月</form>`);
    expect(keyOf(fields, '#due_m')).toBeNull();
    expect(keyOf(fields, '#b')).toBe('birthDate');
  });
});

describe('a select beside the phone boxes', () => {
  it('電話番号 [選択▾] [ ] [ ] [ ]: the select picks a kind and is no phone; the boxes are its parts', () => {
    const fields = classify(`<form><div><div>電話番号</div><div>
      <select id="k" name="tel_select"><option value="a">選択</option></select>
      <input id="t1" name="tel1" maxlength="5"><input id="t2" name="tel2" maxlength="5"><input id="t3" name="tel3" maxlength="5"></div></div></form>`);
    expect(keyOf(fields, '#k')).toBeNull();
    expect(keyOf(fields, '#t1')).toBe('phone#1');
    expect(keyOf(fields, '#t3')).toBe('phone#3');
  });
});

describe('the reading of some address parts', () => {
  it('町村名・番地（カナ）: the reading of two parts is no reading of the whole address; 住所（カナ） is', () => {
    const part = classify(`<form><label for="t">町村名・番地</label><input id="t"><label for="tk">町村名・番地（カナ）</label><input id="tk"></form>`);
    expect(keyOf(part, '#tk')).toBeNull();
    expect(keyOf(part, '#t')).toMatch(/^oldAddress\./);
    const whole = classify(`<form><label for="a">住所</label><input id="a"><label for="ak">住所（カナ）</label><input id="ak"></form>`);
    expect(keyOf(whole, '#ak')).toBe('oldAddress.kana');
  });
});

describe('months by their English names', () => {
  const english = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  it('生年月日 [1950▾]年 [January▾]月 [01▾]日: the month select is the month, not a contradiction', () => {
    const fields = classify(`<form><table><tr><th>生年月日</th><td>
      <select id="y"><option value="">---</option>${Array.from({ length: 60 }, (_, i) => `<option>${1950 + i}</option>`).join('')}</select><span>年</span>
      <select id="m"><option value="">---</option>${english.map((m) => `<option>${m}</option>`).join('')}</select><span>月</span>
      <select id="d"><option value="">---</option>${Array.from({ length: 31 }, (_, i) => `<option>${String(i + 1).padStart(2, '0')}</option>`).join('')}</select><span>日</span></td></tr></table></form>`);
    expect(keyOf(fields, '#y')).toBe('birthDate#year');
    expect(keyOf(fields, '#m')).toBe('birthDate#month');
    expect(keyOf(fields, '#d')).toBe('birthDate#day');
  });
});

describe('a postal code box first under 住所', () => {
  const row = (max: string) =>
    classify(`<form><table><tr><th>住所</th><td><span><input id="z" ${max}></span><input type="button" value="住所自動入力"><br><input id="a" size="60"></td></tr></table></form>`);

  it('住所 [maxlength 8] [住所自動入力] / [ ]: the short first box is the postal code, the second the address', () => {
    const fields = row('maxlength="8"');
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#a')).toBe('oldAddress.full');
  });

  it('control: a first box of no postal length is part of the address', () => {
    const fields = row('maxlength="40"');
    expect(keyOf(fields, '#z')).not.toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#z')).toMatch(/^oldAddress\./);
  });
});

describe('a caption column with its hint', () => {
  it('<div><span>必須</span><p>電話番号</p><p>＊ハイフンなしで入力</p></div> beside the box: 電話番号 is its caption, the rest a hint', () => {
    const fields = classify(`<form>
      <div class="row"><div class="col-3"></div><div class="col-7"><label for="b">番地・マンション名</label><input id="b" name="q7"></div><div class="col-3"></div></div>
      <div class="row"><div class="col-3"><div><span>必須</span><p>電話番号</p><p>＊ハイフンなしで入力</p></div></div>
        <div class="col-7"><input id="t" name="q8"></div><div class="col-3"></div></div>
      <div class="row"><div class="col-3"><div><span>必須</span><p>メールアドレス</p></div></div>
        <div class="col-7"><input id="m" name="q9"></div></div></form>`);
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(fieldOf(fields, '#t').label).not.toMatch(/ハイフン/);
    expect(keyOf(fields, '#m')).toBe('email');
  });
});

describe('an e-mail asked per device', () => {
  it('メールアドレス (spanning rows) | PC [ ] / 携帯・スマホ [ ]: the PC box is the e-mail, the mobile one a second address', () => {
    const fields = classify(`<form><table>
      <tr><th rowspan="2">メールアドレス</th><th>PC</th><td><input id="pc" name="q7"></td></tr>
      <tr><th>携帯・スマホ</th><td><input id="mb" name="q8"></td></tr>
      <tr><th colspan="2">電話番号</th><td><input id="t" name="q9"></td></tr></table></form>`);
    expect(keyOf(fields, '#pc')).toBe('email');
    expect(keyOf(fields, '#mb')).toBeNull();
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});

describe('an entry step shown once the terms are agreed to', () => {
  const page = (extra: string) =>
    classify(`<div id="pre"><input id="c1" type="checkbox"><label for="c1">利用規約に同意します。</label><button>確認</button>${extra}</div>
      <div id="main" style="display:none"><label for="n">お名前</label><input id="n"><label for="e">メールアドレス</label><input id="e" type="email">
      <label for="t">電話番号</label><input id="t" type="tel"></div>`);

  it('every box to type in lies in the hidden step: it is the form, shown on demand, not a trap', () => {
    const fields = page('');
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#e')).toBe('email');
  });

  it('control: with a box to type in shown beside it, the hidden block stays out', () => {
    const fields = page('<label for="v">メールアドレス</label><input id="v" type="email">');
    expect(keyOf(fields, '#v')).toBe('email');
    expect(keyOf(fields, '#n')).toBeNull();
  });
});

describe('numbers that are not phones', () => {
  it('基礎年金番号 (1234567890) and 社員番号 (例:000001): no phone; 電話番号 on the same page is', () => {
    const fields = classify(`<form><label for="p">基礎年金番号</label><input id="p" placeholder="1234567890">
      <label for="s">社員番号</label><input id="s" placeholder="例:000001">
      <label for="t">電話番号</label><input id="t" placeholder="09012345678"></form>`);
    expect(keyOf(fields, '#p')).toBeNull();
    expect(keyOf(fields, '#s')).toBeNull();
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});

describe('the day an address changed', () => {
  it('住所変更日時 is the move date', () => {
    const fields = classify(`<form><label for="d">住所変更日時</label><input id="d" type="date"><label for="n">新住所</label><input id="n"></form>`);
    expect(keyOf(fields, '#d')).toBe('move.date');
    expect(keyOf(fields, '#n')).toMatch(/^newAddress\./);
  });
});

describe('a count of people', () => {
  it('大人 [  ]名 子ども [  ]名 in boxes of two digits: 名 counts people; お名前 on the same page is a name', () => {
    const fields = classify(`<form><label for="n">お名前</label><input id="n">
      <p>来場ご予定人数</p><div><span>大人</span><input id="a" maxlength="2"><span>名</span></div>
      <div><span>子ども</span><input id="c" maxlength="2"><span>名</span></div></form>`);
    expect(keyOf(fields, '#c')).toBeNull();
    expect(keyOf(fields, '#a')).toBeNull();
    expect(keyOf(fields, '#n')).toBe('name.full');
  });
});

describe('indented markup', () => {
  it('a caption column written with deep indentation keeps its words: indentation counts for nothing', () => {
    const pad = '\n' + ' '.repeat(36);
    const fields = classify(`<form>${pad}<div class="row">${pad}<div class="col-3">${pad}<div>${pad}<span>必須</span>${pad}<p>メールアドレス</p>${pad}</div>${pad}</div>
      ${pad}<div class="col-7">${pad}<input type="text" id="m" name="q9">${pad}</div>${pad}<div class="col-3"></div>${pad}</div>${pad}</form>`);
    expect(keyOf(fields, '#m')).toBe('email');
  });
});

describe('furigana printed over a caption', () => {
  it('<ruby>電話番号<rt>でんわばんご</rt></ruby>: the reading over the caption is no part of it (せい over 姓 asks no kana)', () => {
    const fields = classify(`<form><label for="l"><ruby><rb>姓</rb><rt>せい</rt></ruby></label><input id="l">
      <label for="t"><ruby><rb>電話番号</rb><rt>でんわばんご</rt></ruby></label><input id="t"></form>`);
    expect(keyOf(fields, '#l')).toBe('name.family');
    expect(fieldOf(fields, '#l').label).toBe('姓');
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});

describe('the label of the next box', () => {
  it('[国籍 ▾] <label for="b">生年月日</label> …: the label is no words after the select, nor a note to it', () => {
    const fields = classify(`<form><div><label for="n">国籍</label><select id="n"><option value="">選択してください</option></select>
      <label for="b">生年月日</label><div><p>会員登録は12歳以上可能</p></div><input id="b" type="date"></div></form>`);
    expect(keyOf(fields, '#n')).toBeNull();
    expect(keyOf(fields, '#b')).toBe('birthDate');
  });
});

describe('a block the applicant can be copied into', () => {
  const page = (link: string) =>
    classify(`<form><h4>申込者情報</h4><table><tr><th>申込者氏名</th><td><input id="a"></td></tr></table>
      <h4>旅行参加者情報</h4><p>${link}</p><table><tr><th>参加者(代表者)氏名</th><td><input id="p"></td></tr></table></form>`);

  it('「申込者と参加者が同一の場合こちらをクリック」: the participant may be someone else, no key', () => {
    const fields = page('<a href="#">申込者と参加者が同一の場合<br>こちらをクリック</a>');
    expect(keyOf(fields, '#a')).toBe('name.full');
    expect(keyOf(fields, '#p')).toBeNull();
  });
});

describe('a name asked in English letters', () => {
  it('姓 [英語で入力してください]: the family name in romaji; 姓 with no such hint is the name itself', () => {
    const fields = classify(`<form><label for="r">姓</label><input id="r" placeholder="英語で入力してください">
      <label for="k">お名前</label><input id="k"></form>`);
    expect(keyOf(fields, '#r')).toBe('name.familyRomaji');
    expect(keyOf(fields, '#k')).toBe('name.full');
  });
});

describe('a box that takes only an e-mail address', () => {
  it('<input type="email" placeholder="pc・携帯どちらでも可"> under Email: the e-mail, not a phone', () => {
    const fields = classify(`<form><div><div><div><span>Email</span></div><span>必須</span></div>
      <div><input id="e" type="email" placeholder="pc・携帯どちらでも可" name="q1"></div></div>
      <div><div><div><span>携帯電話</span></div></div><div><input id="t" type="tel" name="q2"></div></div></form>`);
    expect(keyOf(fields, '#e')).toBe('email');
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});
