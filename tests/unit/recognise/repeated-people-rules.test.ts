// @vitest-environment happy-dom
// Whose values a run of fields holds when no heading says so, and a re-entry line between two boxes.
// Each rule comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

let rows = 0;
/** One row as contact forms draw it: a caption cell with a label pointing at the row's first box. */
const row = (caption: string, inputs: string) => {
  const id = `r${++rows}`;
  return `<div class="line"><div class="caption"><label for="${id}">${caption}</label></div><div class="field">${inputs.replace('<input ', `<input id="${id}" `)}</div></div>`;
};

describe('a name asked again right before a row about someone else', () => {
  const twoNameRows = () =>
    row('お名前', '<input name="ln" placeholder="姓"><input name="fn" placeholder="名">') +
    row('お名前', '<input name="cln" placeholder="姓"><input name="cfn" placeholder="名">');

  it('お名前 twice, then お子様の生年月日: the second name is the child’s and gets no key; the postal code after it is the user’s', () => {
    const fields = classify(`<form>
      ${twoNameRows()}
      ${row('お子様の生年月日', '<input name="y" placeholder="年">')}
      ${row('郵便番号', '<input name="zip" placeholder="例）174-0056">')}</form>`);
    expect(keyOf(fields, 'input[name="ln"]')).toBe('name.family');
    expect(keyOf(fields, 'input[name="fn"]')).toBe('name.given');
    expect(keyOf(fields, 'input[name="cln"]')).toBeNull();
    expect(keyOf(fields, 'input[name="cfn"]')).toBeNull();
    expect(fieldOf(fields, 'input[name="cln"]').rules).toContain('person.name-of-next-row');
    expect(keyOf(fields, 'input[name="zip"]')).toBe('oldAddress.postalCode');
  });

  it('control: お名前 twice, then 郵便番号: nothing says the second name is someone else’s, so it stays keyed', () => {
    const fields = classify(`<form>
      ${twoNameRows()}
      ${row('郵便番号', '<input name="zip">')}</form>`);
    expect(keyOf(fields, 'input[name="cln"]')).not.toBeNull();
    expect(fieldOf(fields, 'input[name="cln"]').rules).not.toContain('person.name-of-next-row');
  });
});

describe('the user’s values asked again after someone else’s name', () => {
  const userBlock = `
      ${row('お名前', '<input name="n1">')}
      ${row('電話番号', '<input name="t1" type="tel">')}
      ${row('メールアドレス', '<input name="m1" type="email">')}
      ${row('郵便番号', '<input name="z1">')}
      ${row('住所', '<input name="a1">')}`;

  it('代表者お名前 then phone, e-mail and address again: that person’s, no key', () => {
    const fields = classify(`<form>${userBlock}
      <h3>駆けつけ先情報</h3>
      ${row('代表者お名前', '<input name="n2">')}
      ${row('電話番号', '<input name="t2" type="tel">')}
      ${row('メールアドレス', '<input name="m2" type="email">')}
      ${row('郵便番号', '<input name="z2">')}
      ${row('住所', '<input name="a2">')}</form>`);
    expect(keyOf(fields, 'input[name="t1"]')).toBe('phone');
    expect(keyOf(fields, 'input[name="m1"]')).toBe('email');
    expect(keyOf(fields, 'input[name="z1"]')).toBe('oldAddress.postalCode');
    for (const name of ['n2', 't2', 'm2', 'z2', 'a2']) expect(keyOf(fields, `input[name="${name}"]`)).toBeNull();
    expect(fieldOf(fields, 'input[name="z2"]').rules).toContain('person.after-other-name');
  });

  it('control: a block that names its side (新住所) after someone else’s name stays the user’s new address', () => {
    const fields = classify(`<form>
      ${row('お名前', '<input name="n1">')}
      ${row('旧住所', '<input name="a1">')}
      ${row('立会いの方のお名前', '<input name="n2">')}
      ${row('新住所', '<input name="a2">')}</form>`);
    expect(keyOf(fields, 'input[name="n2"]')).toBeNull();
    expect(keyOf(fields, 'input[name="a1"]')).toBe('oldAddress.full');
    expect(keyOf(fields, 'input[name="a2"]')).toBe('newAddress.full');
  });
});

describe('a re-entry line between two boxes', () => {
  it('確認のためもう一度、入力してください。 between two e-mail boxes captions the second: the confirmation', () => {
    const fields = classify(`<form><h3>メールアドレス</h3><div>
      <input type="email" name="m1"><p>確認のためもう一度、入力してください。</p>
      <input type="email" name="m2"><p>(半角英数字 例：aaa@example.jp)</p></div></form>`);
    expect(keyOf(fields, 'input[name="m1"]')).toBe('email');
    expect(keyOf(fields, 'input[name="m2"]')).toBe('emailConfirm');
    expect(fieldOf(fields, 'input[name="m2"]').label).toContain('もう一度');
  });

  it('control: a hint under a box that asks nothing again stays a note of that box', () => {
    const fields = classify(`<form><h3>メールアドレス</h3><div>
      <input type="email" name="m1"><p>※ドメイン指定受信をご確認ください。</p></div>
      <h3>電話番号</h3><div><input type="tel" name="t1"></div></form>`);
    expect(keyOf(fields, 'input[name="m1"]')).toBe('email');
    expect(keyOf(fields, 'input[name="t1"]')).toBe('phone');
  });
});
