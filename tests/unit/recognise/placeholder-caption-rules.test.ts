// @vitest-environment happy-dom
// Rules for boxes whose only caption is inside them (placeholder="…"), as on pages with floating
// labels: a hidden block named by its placeholder, a required company name, a caption with its example
// in one placeholder, a placeholder naming the rest of the address. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, keyOf } from './classify-markup';

const prefectures = '<option value="">選択してください</option>' + (
  '北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県'
).split(' ').map((p) => `<option>${p}</option>`).join('');

describe('a hidden block named only by its placeholder', () => {
  const page = (placeholder: string) => `<style>.d-none{display:none}</style><form>
    <div><input id="n" placeholder="氏名"></div>
    <div><label for="c">確認のご連絡</label><select id="c"><option value="">選択してください</option>
      <option value="no">希望しない</option><option value="email">メールでのご連絡</option><option value="tel">電話でのご連絡</option></select></div>
    <div class="d-none"><input type="email" id="e" placeholder="${placeholder}"></div>
    <div class="d-none"><input type="tel" id="t" placeholder="電話番号"></div></form>`;

  it('[メールでのご連絡 ▾] opens a block whose box says メールアドレス: the block is real, not a trap', () => {
    const fields = classify(page('メールアドレス'));
    expect(keyOf(fields, '#e')).toBe('email');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: a hidden box whose placeholder names no choice of the page stays out', () => {
    const fields = classify(page('URL'));
    expect(keyOf(fields, '#e')).toBeNull();
    expect(keyOf(fields, '#n')).toBe('name.full');
  });
});

describe('a required company name given by its placeholder', () => {
  const page = (company: string) => `<form><table>
    <tr><th></th><td><input id="co" placeholder="${company}"></td></tr>
    <tr><th></th><td><input id="n" placeholder="氏名※"></td></tr>
    <tr><th></th><td><input id="z" placeholder="郵便番号※"></td></tr>
    <tr><th>住所</th><td><select id="p">${prefectures}</select><input id="a1" placeholder="市区町村名"></td></tr>
    <tr><th></th><td><input id="t" placeholder="電話番号※"></td></tr></table></form>`;

  it('[会社名※] first: the address beside it is the company\'s, the writer\'s name and phone are the user\'s', () => {
    const fields = classify(page('会社名※'));
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#z')).toBeNull();
    expect(keyOf(fields, '#p')).toBeNull();
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: an optional company name (会社名) leaves the address the user\'s', () => {
    const fields = classify(page('会社名'));
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#p')).toBe('oldAddress.prefecture');
  });
});

describe('a caption and its example in one placeholder', () => {
  it('[市区町村 例)○○市○○区]: the caption decides (the city), the blanks do not make a sample address', () => {
    const fields = classify(`<form><div><input id="z" placeholder="郵便番号 例)000-0000"></div>
      <div><label for="p">都道府県</label><select id="p">${prefectures}</select></div>
      <div><input id="c" placeholder="市区町村 例)○○市○○区"></div>
      <div><input id="s" placeholder="番地 例)1-1-1"></div></form>`);
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
    expect(keyOf(fields, '#s')).toBe('oldAddress.afterCity');
  });

  it('control: a placeholder that is only a sample address still reads as one', () => {
    const fields = classify(`<form><div><label for="a">ご住所</label><input id="a" placeholder="例)東京都新宿区西新宿2-8-1"></div></form>`);
    expect(keyOf(fields, '#a')).toBe('oldAddress.full');
  });
});

describe('a placeholder naming the rest of the address', () => {
  const page = (placeholder: string) => `<form><h3>現在の住所</h3>
    <div><input id="z" name="zipCode" placeholder="郵便番号"></div>
    <div><label for="p">都道府県</label><select id="p" name="prefecture">${prefectures}</select></div>
    <div><label for="c">市区町村</label><input id="c" name="city"></div>
    <div><input id="s" name="street" placeholder="${placeholder}"></div></form>`;

  it('[以降の住所] named street: the box takes all the rest, not the part its name says', () => {
    expect(keyOf(classify(page('以降の住所')), '#s')).toBe('oldAddress.afterCity');
  });

  it('control: a placeholder asking to write (ご住所をご記入ください) leaves the part to the name', () => {
    const fields = classify(`<form><dl><dt>お住まいの県</dt><dd><input id="x" name="contact-prefecture" placeholder="ご住所をご記入ください。"></dd></dl></form>`);
    expect(keyOf(fields, '#x')).toBe('oldAddress.prefecture');
  });
});

describe('a caption asking for the 県', () => {
  it('お住まいの県 over a box with an opaque name: the prefecture', () => {
    const fields = classify(`<form><dl><dt>お住まいの県</dt><dd><input id="x" name="q1" placeholder="ご住所をご記入ください。"></dd>
      <dt>電話番号</dt><dd><input id="t" name="q2"></dd></dl></form>`);
    expect(keyOf(fields, '#x')).toBe('oldAddress.prefecture');
    expect(keyOf(fields, '#t')).toBe('phone');
  });

  it('control: 県 inside another word (県民共済の加入番号) asks for no prefecture', () => {
    const fields = classify(`<form><dl><dt>県民共済の加入番号</dt><dd><input id="x" name="q1"></dd>
      <dt>電話番号</dt><dd><input id="t" name="q2"></dd></dl></form>`);
    expect(keyOf(fields, '#x')).not.toBe('oldAddress.prefecture');
    expect(keyOf(fields, '#t')).toBe('phone');
  });
});
