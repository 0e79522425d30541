// @vitest-environment happy-dom
// Rules for forms laid out in <div>s rather than tables, and for component-library widgets: the row
// caption reached through wrappers, a part's mark beside the box, date parts as list items, a later
// step whose class says its state, a bare-text caption before a floating-label widget, and the two
// sides of a lease. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, keyOf } from './classify-markup';

const years = Array.from({ length: 60 }, (_, i) => `<option>${1950 + i}</option>`).join('');
const months = Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('');
const days = Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('');

describe('a row caption over wrappers that hold the same boxes', () => {
  it('<div class="th">生年月日</div><div class="td"><div class="birthdate">[年▾][月▾][日▾]: the caption reaches the date', () => {
    const fields = classify(`<form>
      <div class="tr"><div class="th">生年月日</div><div class="td"><div class="birthdate">
        <div class="y"><select id="y" name="q1">${years}</select>年</div>
        <div class="m"><select id="m" name="q2">${months}</select>月</div>
        <div class="d"><select id="d" name="q3">${days}</select>日</div></div></div></div>
      <div class="tr"><div class="th">電話番号</div><div class="td"><input id="t" name="q4"></div></div></form>`);
    expect(keyOf(fields, '#y')).toBe('birthDate#year');
    expect(keyOf(fields, '#m')).toBe('birthDate#month');
    expect(keyOf(fields, '#d')).toBe('birthDate#day');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: a wrapper that adds a box of another row still stops the caption at the first box', () => {
    const fields = classify(`<form><div class="tr"><div class="th">メールアドレス</div><div class="td">
      <div><input id="a" name="q1"></div><div><span>確認用</span><input id="b" name="q2"></div></div></div></form>`);
    expect(keyOf(fields, '#a')).toBe('email');
    expect(keyOf(fields, '#b')).toBe('emailConfirm');
  });
});

describe('date parts as items of one list', () => {
  it('<ul><li><label>[ ]年</label></li><li><label>[ ]月</label></li>…: year, month and day', () => {
    const fields = classify(`<form><div class="tr"><div class="th">生年月日</div><div class="td"><ul>
      <li><label><input id="y" name="q1">年</label></li><li><label><input id="m" name="q2">月</label></li><li><label><input id="d" name="q3">日</label></li></ul></div></div></form>`);
    expect(keyOf(fields, '#y')).toBe('birthDate#year');
    expect(keyOf(fields, '#m')).toBe('birthDate#month');
    expect(keyOf(fields, '#d')).toBe('birthDate#day');
  });
});

describe("a part's mark beside the box", () => {
  it('氏名（フリガナ） over <li>（姓）[ ]</li><li>（名）[ ]</li>: the marks say the part, the row says the kana', () => {
    const fields = classify(`<form>
      <div class="tr"><div class="th">氏名</div><div class="td"><ul><li><span>（姓）</span><input id="a" name="q1"></li><li><span>（名）</span><input id="b" name="q2"></li></ul></div></div>
      <div class="tr"><div class="th">氏名（フリガナ）</div><div class="td"><em>全角カタカナのみ<br><ul><li><span>（姓）</span><input id="c" name="q3"></li><li><span>（名）</span><input id="d" name="q4"></li></ul></em></div></div></form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
    expect(keyOf(fields, '#c')).toBe('name.familyKana');
    expect(keyOf(fields, '#d')).toBe('name.givenKana');
  });

  it('control: 姓 as a caption of its own line above the box stays its caption', () => {
    const fields = classify(`<form><div class="col"><div>姓</div><input id="a" name="q1"></div><div class="col"><div>名</div><input id="b" name="q2"></div></form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
  });
});

describe('a later step whose class says its state', () => {
  const page = (inactive: string) => `<style>.step.is-inactive{display:none}</style><form>
    <div class="step"><label for="e">メールアドレス</label><input type="email" id="e"></div>
    <div class="${inactive}"><label for="f">姓</label><input id="f"><label for="g">電話番号</label><input type="tel" id="g"></div></form>`;

  it('<div class="step is-inactive"> beside the shown <div class="step">: a step the page opens, not a trap', () => {
    const fields = classify(page('step is-inactive'));
    expect(keyOf(fields, '#f')).toBe('name.family');
    expect(keyOf(fields, '#g')).toBe('phone');
  });

  it('control: a hidden block of another kind (class "trap is-inactive") stays out', () => {
    const fields = classify(page('trap is-inactive').replace('.step.is-inactive', '.trap.is-inactive'));
    expect(keyOf(fields, '#e')).toBe('email');
    expect(keyOf(fields, '#g')).toBeNull();
  });
});

describe('a bare-text caption before a floating-label widget', () => {
  const widget = (id: string, floating: string) =>
    `<div class="v-input"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot"><label for="${id}" class="v-label">${floating}</label><input id="${id}"></div></div></div></div>`;

  it('<span>*</span>氏名 <div class="v-input">…<label>楽々太郎</label>[ ]…: the text before the widget is its caption', () => {
    const fields = classify(`<form><div class="info"><h4>予約者情報</h4>
      <span class="req">*</span>氏名<span>&emsp;</span>${widget('n', '楽々太郎')}
      <span class="req">*</span>電話番号（ハイフンなし）<span>&emsp;</span>${widget('t', '09012345678')}</div></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: a sentence before the widget is no caption', () => {
    const fields = classify(`<form><div class="info">ご予約の内容をご確認のうえ、ご記入ください。${widget('n', '楽々太郎')}<span>x</span>
      <span class="req">*</span>電話番号<span>&emsp;</span>${widget('t', '09012345678')}</div></form>`);
    expect(keyOf(fields, '#n')).toBeNull();
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});

describe('the two sides of a lease', () => {
  it('貸主 is someone else, 借主 the user; a name asked only when it differs from the contract holder\'s is someone else\'s', () => {
    const fields = classify(`<form>
      <h3>貸主情報</h3><label for="ln">貸主氏名</label><input id="ln"><label for="la">貸主電話番号</label><input id="la">
      <h3>借主情報</h3><label for="tn">借主氏名</label><input id="tn"><label for="tp">借主電話番号</label><input id="tp">
      <h3>書類の送付先</h3><div class="form-group"><label for="r">送付先氏名</label><input id="r"><p class="hint">※契約者名と違う場合のみ入力</p></div></form>`);
    expect(keyOf(fields, '#ln')).toBeNull();
    expect(keyOf(fields, '#la')).toBeNull();
    expect(keyOf(fields, '#tn')).toBe('name.full');
    expect(keyOf(fields, '#tp')).toBe('phone');
    expect(keyOf(fields, '#r')).toBeNull();
  });
});

describe('a caption block right above a widget', () => {
  it('<div class="head">お名前</div><label for=x class="q-field"><div><div>[ ]</div></div></label>: the block above captions the box', () => {
    const fields = classify(`<form><div class="row">
      <div class="col"><div class="head">お名前</div><label class="q-field" for="a"><div class="inner"><div class="control"><div class="container"><input id="a" name="username"></div></div></div></label></div>
      <div class="col"><div class="head">フリガナ</div><label class="q-field" for="b"><div class="inner"><div class="control"><div class="container"><input id="b" name="q2"></div></div></div></label></div></div></form>`);
    expect(keyOf(fields, '#a')).toBe('name.full');
    expect(keyOf(fields, '#b')).toBe('name.fullKana');
  });

  it('control: a block holding a sentence is no caption', () => {
    const fields = classify(`<form><div class="col"><div class="head">お問い合わせの内容をご確認のうえ、送信してください。</div><label for="a"><div><div><div><input id="a" name="q1"></div></div></div></label></div>
      <div class="col"><div class="head">メールアドレス</div><label for="b"><div><div><div><input id="b" name="q2"></div></div></div></label></div></form>`);
    expect(keyOf(fields, '#a')).toBeNull();
    expect(keyOf(fields, '#b')).toBe('email');
  });
});

describe('a choice drawn by a component library', () => {
  const page = (drawn: string) => `<style>.hidden{display:none}</style><form><div class="head">性別</div><div class="group">
    <div ${drawn} aria-label="男"><input class="hidden" type="radio" name="gender" value="男"><div class="label">男</div></div>
    <div ${drawn} aria-label="女"><input class="hidden" type="radio" name="gender" value="女"><div class="label">女</div></div></div>
    <label for="e">メールアドレス</label><input id="e" type="email"></form>`;

  it('<div role="radio" aria-label="男"><input type="radio" class="hidden">…: the hidden native radio is the choice', () => {
    expect(keyOf(classify(page('role="radio"')), 'input[value="男"]')).toBe('gender');
  });

  it('control: a hidden radio with no drawn control of its own stays out', () => {
    const fields = classify(page('class="box"'));
    expect(keyOf(fields, 'input[value="男"]')).toBeNull();
    expect(keyOf(fields, '#e')).toBe('email');
  });
});

describe('one id copied onto several boxes', () => {
  it('each <label for="x"> captions the box right after it, not every box with that id', () => {
    const fields = classify(`<form>
      <div><label for="x">名前</label><input id="x" name="name"></div>
      <div><label for="x">ふりがな</label><input id="x" name="kana"></div>
      <div><label for="x">電話番号</label><input id="x" name="q3"></div></form>`);
    expect(keyOf(fields, 'input[name="name"]')).toBe('name.full');
    expect(keyOf(fields, 'input[name="kana"]')).toBe('name.fullKana');
    expect(keyOf(fields, 'input[name="q3"]')).toBe('phone');
  });
});

describe('a number of something else', () => {
  it('接種券番号 with a sample of digits: no phone, and the phone below stays the main one', () => {
    const fields = classify(`<form><dl><dt>接種券番号</dt><dd><input id="n" name="q1" placeholder="0123456789"></dd>
      <dt>電話番号</dt><dd><input id="t" name="q2" type="tel" placeholder="000-0000-0000"></dd></dl></form>`);
    expect(keyOf(fields, '#n')).toBeNull();
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: a box with only a sample of digits and no caption of its own still reads the sample', () => {
    const fields = classify(`<form><dl><dt></dt><dd><input id="t" name="q2" placeholder="090-1234-5678"></dd></dl></form>`);
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});

describe('the day an address changed', () => {
  const page = (title: string) => `<title>${title}</title><form><h1>${title}</h1>
    <label for="d">変更年月日</label><input type="date" id="d" name="change_date">
    <label for="a">変更後住所</label><input id="a" name="address_name"></form>`;

  it('変更年月日 on a 住所変更届 is the move date', () => {
    expect(keyOf(classify(page('住所変更届')), '#d')).toBe('move.date');
  });

  it('control: 変更年月日 on a page about changing something else is not', () => {
    const fields = classify(page('口座変更届'));
    expect(keyOf(fields, '#d')).not.toBe('move.date');
    expect(keyOf(fields, '#a')).toBe('newAddress.full');
  });
});
