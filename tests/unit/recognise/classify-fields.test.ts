// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyFields, type ClassifiedField } from '../../../lib/recognise';

const PREFS =
  '北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県'
    .split(' ')
    .map((p) => `<option>${p}</option>`)
    .join('');
const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `<option>${from + i}</option>`).join('');

function classify(body: string): ClassifiedField[] {
  document.body.innerHTML = body;
  return classifyFields(document);
}

function keyOf(fields: ClassifiedField[], selector: string): string | null {
  const el = document.querySelector(selector);
  const field = fields.find((f) => f.element === el);
  if (!field) throw new Error(`no field for ${selector}`);
  return field.part === undefined ? field.key : `${field.key}#${field.part}`;
}

describe('classifyFields: evidence', () => {
  it('reads <label for>, wrapping labels, aria-label and aria-labelledby', () => {
    const fields = classify(`<form>
      <label for="a">お名前（姓）</label><input id="a">
      <label>お名前（名）<input id="b"></label>
      <input id="c" aria-label="フリガナ（セイ）">
      <span id="t">フリガナ</span><span id="m">（メイ）</span><input id="d" aria-labelledby="t m">
    </form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
    expect(keyOf(fields, '#c')).toBe('name.familyKana');
    expect(keyOf(fields, '#d')).toBe('name.givenKana');
  });

  it('reads a table row header and the words written before each input', () => {
    const fields = classify(`<form><table>
      <tr><th>お名前</th><td>姓 <input name="name01"> 名 <input name="name02"></td></tr>
      <tr><th>メールアドレス</th><td><input name="m1"><br><input name="m2"></td></tr>
    </table></form>`);
    expect(keyOf(fields, '[name="name01"]')).toBe('name.family');
    expect(keyOf(fields, '[name="name02"]')).toBe('name.given');
    expect(keyOf(fields, '[name="m1"]')).toBe('email');
    expect(keyOf(fields, '[name="m2"]')).toBe('emailConfirm');
  });

  it('reads the column header of a table whose header row is above', () => {
    const fields = classify(`<form><table>
      <tr><th></th><th>氏</th><th>名</th></tr>
      <tr><th>1人目</th><td><input name="p1a"></td><td><input name="p1b"></td></tr>
    </table></form>`);
    expect(keyOf(fields, '[name="p1a"]')).toBe('name.family');
    expect(keyOf(fields, '[name="p1b"]')).toBe('name.given');
  });

  it('reads <dt>/<dd> pairs and placeholders with examples', () => {
    const fields = classify(`<form><dl>
      <dt>フリガナ</dt><dd><input name="x1" placeholder="例：ヤマダ"><input name="x2" placeholder="例：タロウ"></dd>
      <dt>市区町村</dt><dd><input name="x3" placeholder="例：江東区新砂"></dd>
    </dl></form>`);
    expect(keyOf(fields, '[name="x1"]')).toBe('name.familyKana');
    expect(keyOf(fields, '[name="x2"]')).toBe('name.givenKana');
    expect(keyOf(fields, '[name="x3"]')).toBe('oldAddress.cityTown');
  });

  it('reads autocomplete tokens and Japanese name conventions', () => {
    const fields = classify(`<form>
      <input name="f1" autocomplete="family-name"><input name="f2" autocomplete="given-name">
      <input name="zip01" maxlength="3"><input name="zip02" maxlength="4">
      <input name="tel01"><input name="tel02"><input name="tel03">
      <input name="f3" autocomplete="email">
    </form>`);
    expect(keyOf(fields, '[name="f1"]')).toBe('name.family');
    expect(keyOf(fields, '[name="f2"]')).toBe('name.given');
    expect(keyOf(fields, '[name="zip01"]')).toBe('oldAddress.postalCode#1');
    expect(keyOf(fields, '[name="zip02"]')).toBe('oldAddress.postalCode#2');
    expect(keyOf(fields, '[name="tel03"]')).toBe('phone#3');
    expect(keyOf(fields, '[name="f3"]')).toBe('email');
  });

  it('reads select options: prefectures, and 和暦 era / year / month / day', () => {
    const fields = classify(`<form><table>
      <tr><th>ご住所</th><td><select name="s1"><option value="">選択</option>${PREFS}</select><input name="s2"></td></tr>
      <tr><th>生年月日</th><td>
        <select name="e"><option>令和</option><option>平成</option><option>昭和</option></select>
        <select name="y">${numbers(1, 64)}</select>年
        <select name="m">${numbers(1, 12)}</select>月
        <select name="d">${numbers(1, 31)}</select>日</td></tr>
    </table></form>`);
    expect(keyOf(fields, '[name="s1"]')).toBe('oldAddress.prefecture');
    expect(keyOf(fields, '[name="s2"]')).toBe('oldAddress.afterPrefecture');
    expect(keyOf(fields, '[name="e"]')).toBe('birthDate#era');
    expect(keyOf(fields, '[name="y"]')).toBe('birthDate#year');
    expect(keyOf(fields, '[name="m"]')).toBe('birthDate#month');
    expect(keyOf(fields, '[name="d"]')).toBe('birthDate#day');
  });

  it('names dates by their caption: move, stop and start dates', () => {
    const fields = classify(`<form>
      <label for="a">お引越し予定日</label><input id="a" type="date">
      <label for="b">使用停止日</label><input id="b" type="date">
      <label for="c">入居日</label><input id="c" type="date">
    </form>`);
    expect(keyOf(fields, '#a')).toBe('move.date');
    expect(keyOf(fields, '#b')).toBe('move.stopDate');
    expect(keyOf(fields, '#c')).toBe('move.startDate');
  });

  it('reads customer numbers and the supply point id', () => {
    const fields = classify(`<form>
      <label for="a">お客さま番号</label><input id="a">
      <label for="b">供給地点特定番号</label><input id="b">
    </form>`);
    expect(keyOf(fields, '#a')).toBe('provider.customerNumber');
    expect(keyOf(fields, '#b')).toBe('provider.supplyPointId');
  });
});

describe('classifyFields: old and new addresses', () => {
  it('takes the side from section headings', () => {
    const fields = classify(`<form>
      <h2>現在のご住所</h2><label for="o1">郵便番号</label><input id="o1"><label for="o2">住所</label><input id="o2">
      <h2>お引越し先</h2><label for="n1">郵便番号</label><input id="n1"><label for="n2">住所</label><input id="n2">
    </form>`);
    expect(keyOf(fields, '#o1')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#o2')).toBe('oldAddress.full');
    expect(keyOf(fields, '#n1')).toBe('newAddress.postalCode');
    expect(keyOf(fields, '#n2')).toBe('newAddress.full');
  });

  it('takes the side from legends, section rows and field names', () => {
    const fields = classify(`<form>
      <fieldset><legend>転居先</legend><label for="a">都道府県</label><select id="a">${PREFS}</select></fieldset>
      <table><tr><th colspan="2">旧住所</th></tr><tr><th>市区町村</th><td><input id="b"></td></tr></table>
      <input name="new_zip" id="c">
    </form>`);
    expect(keyOf(fields, '#a')).toBe('newAddress.prefecture');
    expect(keyOf(fields, '#b')).toBe('oldAddress.city');
    expect(keyOf(fields, '#c')).toBe('newAddress.postalCode');
  });

  it('reads a lone address without old/new words as the old address', () => {
    const fields = classify(`<form><label for="z">郵便番号</label><input id="z"><label for="p">都道府県</label><select id="p">${PREFS}</select><label for="r">市区町村以下</label><input id="r"></form>`);
    expect(keyOf(fields, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, '#r')).toBe('oldAddress.afterPrefecture');
  });

  it('widens an input over a gap between the parts asked (市区町村 then 番地)', () => {
    const fields = classify(`<form><dl>
      <dt>市区町村</dt><dd><input id="a"></dd><dt>番地・建物名</dt><dd><input id="b"></dd>
    </dl></form>`);
    expect(keyOf(fields, '#a')).toBe('oldAddress.cityTown');
    expect(keyOf(fields, '#b')).toBe('oldAddress.blockBuilding');
  });
});

describe('classifyFields: people', () => {
  it('numbers household members from the second person who moves', () => {
    const fields = classify(`<form><table>
      <tr><th></th><th>氏名</th><th>続柄</th></tr>
      <tr><th>1人目</th><td><input name="n1"></td><td><select name="r1"><option>本人</option><option>妻</option><option>子</option><option>父</option></select></td></tr>
      <tr><th>2人目</th><td><input name="n2"></td><td><select name="r2"><option>本人</option><option>妻</option><option>子</option><option>父</option></select></td></tr>
      <tr><th>3人目</th><td><input name="n3"></td><td><select name="r3"><option>本人</option><option>妻</option><option>子</option><option>父</option></select></td></tr>
    </table></form>`);
    expect(keyOf(fields, '[name="n1"]')).toBe('name.full');
    expect(keyOf(fields, '[name="r1"]')).toBeNull();
    expect(keyOf(fields, '[name="n2"]')).toBe('household[0].name.full');
    expect(keyOf(fields, '[name="r2"]')).toBe('household[0].relationship');
    expect(keyOf(fields, '[name="n3"]')).toBe('household[1].name.full');
  });

  it('reads 同居家族 sections and leaves a recipient block alone', () => {
    const fields = classify(`<form>
      <fieldset><legend>同居家族1</legend><label>氏名 <input name="f1"></label><label>生年月日 <input name="b1" type="date"></label></fieldset>
      <h3>お届け先</h3><label for="r">お名前</label><input id="r"><label for="rz">郵便番号</label><input id="rz">
    </form>`);
    expect(keyOf(fields, '[name="f1"]')).toBe('household[0].name.full');
    expect(keyOf(fields, '[name="b1"]')).toBe('household[0].birthDate');
    expect(keyOf(fields, '#r')).toBeNull();
    expect(keyOf(fields, '#rz')).toBeNull();
  });
});

describe('classifyFields: fields that take nothing', () => {
  it('leaves floor, elevator, comments, agreement boxes and company names without a key', () => {
    const fields = classify(`<form>
      <label for="a">お部屋の階数</label><select id="a"><option>1階</option><option>2階</option><option>3階</option></select>
      <span>エレベーター</span><label><input type="radio" name="ev" value="1">あり</label><label><input type="radio" name="ev" value="0">なし</label>
      <label for="c">備考</label><textarea id="c"></textarea>
      <label><input type="checkbox" id="d"> 個人情報の取り扱いに同意する</label>
      <label for="e">会社名</label><input id="e">
    </form>`);
    for (const sel of ['#a', '[name="ev"]', '#c', '#d', '#e']) expect(keyOf(fields, sel)).toBeNull();
  });

  it('lists honeypots and concealed fields with no key, and leaves hidden and password inputs out', () => {
    const fields = classify(`<style>.trap { position: absolute; left: -9999px; }</style><form>
      <label for="n">お名前</label><input id="n">
      <div class="trap"><label for="h1">メールアドレス</label><input id="h1"></div>
      <input id="h2" name="website" tabindex="-1">
      <div style="display:none"><label for="h3">電話番号</label><input id="h3"></div>
      <input type="hidden" name="token" value="x"><input type="password" name="pw">
    </form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#h1')).toBeNull();
    expect(keyOf(fields, '#h2')).toBeNull();
    expect(keyOf(fields, '#h3')).toBeNull();
    expect(fields.some((f) => f.element.getAttribute('type') === 'hidden' || f.element.getAttribute('type') === 'password')).toBe(false);
  });

  it('skips fields that isVisible rejects', () => {
    document.body.innerHTML = `<form><label for="a">お名前</label><input id="a"><input id="b" class="gone"></form>`;
    const fields = classifyFields(document, { isVisible: (el) => !el.classList.contains('gone') });
    expect(fields.map((f) => f.element.id)).toEqual(['a']);
  });

  it('keeps disabled fields with their key and says so', () => {
    const fields = classify(`<form><label for="a">メールアドレス</label><input id="a" disabled></form>`);
    expect(keyOf(fields, '#a')).toBe('email');
    expect(fields[0].evidence).toContain('disabled');
  });
});

describe('classifyFields: selectors', () => {
  it('returns one entry per radio group and a selector matching exactly one element', () => {
    const fields = classify(`
      <form id="f1"><input name="zip"><label><input type="radio" name="sex" value="1">男性</label><label><input type="radio" name="sex" value="2">女性</label></form>
      <form><input name="zip"><div><input><input></div></form>`);
    expect(fields.filter((f) => f.element.getAttribute('name') === 'sex')).toHaveLength(1);
    expect(keyOf(fields, '[name="sex"][value="1"]')).toBe('gender');
    expect(fields).toHaveLength(5);
    for (const f of fields) {
      const found = document.querySelectorAll(f.selector);
      expect(found.length, f.selector).toBe(1);
      expect(found[0]).toBe(f.element);
    }
  });

  it('escapes ids and names that are not plain identifiers', () => {
    const fields = classify(`<form><input id="1st:name"><input name='a"b'><input name="person[0][shi]"></form>`);
    for (const f of fields) expect(document.querySelectorAll(f.selector)[0]).toBe(f.element);
  });

  it('gives confidences in 0..1 and a caption', () => {
    const fields = classify(`<form><label for="a">電話番号</label><input id="a"><input id="b"></form>`);
    for (const f of fields) {
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    expect(fields[0].label).toBe('電話番号');
    expect(fields[0].confidence).toBeGreaterThan(fields[1].confidence);
  });
});
