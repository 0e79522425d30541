// @vitest-environment happy-dom
// Rules that hold across wording and layout variants: sample values in placeholders, kana words,
// examples that name a city like its prefecture, separate whole-address rows, a bank's account
// number. Each states its rule on small markup, with a control the rule leaves alone.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

describe('a sample value as placeholder', () => {
  it('shows the kind of an uncaptioned field, unticked as caption unclear', () => {
    const fields = classify(`<form>
      <p><input id="m" placeholder="taro@example.com"></p>
      <p><input id="t" placeholder="090-1234-5678"></p>
      <p><input id="a" placeholder="東京都千代田区丸の内1-1-1"></p>
      <p><input id="w" placeholder="山田太郎"></p></form>`);
    expect(keyOf(fields, '#m')).toBe('email');
    expect(keyOf(fields, '#t')).toBe('phone');
    // No box asks for the building: the one address box takes it (address.example-building).
    expect(keyOf(fields, '#a')).toBe('oldAddress.full');
    expect(keyOf(fields, '#w')).toBeNull();
    expect(fieldOf(fields, '#m').preselect).toBe(false);
    expect(fieldOf(fields, '#m').review).toBe('caption-unclear');
  });

  it('yields to the row caption: 電話番号 with 例：11122223333 is the phone, not a block number', () => {
    const fields = classify(`<form><dl>
      <dt>電話番号</dt><dd><input id="t" placeholder="例：11122223333"></dd>
      <dt>メールアドレス</dt><dd><input id="m" placeholder="例：090-1234-5678"></dd></dl></form>`);
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(fieldOf(fields, '#t').review).not.toBe('caption-unclear');
    expect(keyOf(fields, '#m')).toBe('email');
  });
});

describe('an example that names a city like its prefecture', () => {
  it('市区町村名（例：大阪市北区） beside a prefecture select is the city, and the block stays one', () => {
    const fields = classify(`<form><dl><dt>住所</dt><dd>
      <select id="p"><option>北海道</option><option>大阪府</option></select>
      <input id="c" placeholder="市区町村名（例：大阪市北区）">
      <input id="r" placeholder="番地・ビル名（例：西梅田1丁目6-8）"></dd></dl></form>`);
    expect(keyOf(fields, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
    expect(keyOf(fields, '#r')).toBe('oldAddress.afterCity');
  });

  it('大阪府大阪市 in an example still shows the prefecture', () => {
    const fields = classify(`<form><label>住所<input id="a" placeholder="例：大阪府大阪市北区梅田1-1"></label><label>建物名<input id="b"></label></form>`);
    expect(keyOf(fields, '#a')).toBe('oldAddress.fullWithoutBuilding');
  });
});

describe('an address caption that says how far it goes', () => {
  it('住所（番地・建物名まで） is the whole address; 町名・番地・建物名まで lists its own parts', () => {
    const fields = classify(`<form><table>
      <tr><th>住所（番地・建物名まで）</th><td><input id="whole"></td></tr></table>
      <h2>新住所</h2><table>
      <tr><th>新住所</th><td>○○市 <input id="listed"><br><small>町名・番地・建物名まで</small></td></tr></table></form>`);
    expect(keyOf(fields, '#whole')).toBe('oldAddress.full');
    expect(keyOf(fields, '#listed')).toBe('newAddress.afterCity');
  });
});

describe('kana and e-mail wording', () => {
  it('お名前（ひらがな） is the kana of the name; お名前 alone is not', () => {
    const fields = classify(`<form><table>
      <tr><th>お名前</th><td><input id="n"></td></tr>
      <tr><th>お名前（ひらがな）</th><td><input id="k"></td></tr></table></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#k')).toBe('name.fullKana');
  });

  it('PCメール is the main e-mail; a 携帯メール beside it is left alone', () => {
    const fields = classify(`<form><table>
      <tr><th>PCメール</th><td><input id="pc"></td></tr>
      <tr><th>携帯メール</th><td><input id="mb"></td></tr></table></form>`);
    expect(keyOf(fields, '#pc')).toBe('email');
    expect(keyOf(fields, '#mb')).not.toBe('email');
  });
});

describe('two rows each captioned as a whole address', () => {
  it('設置場所住所 and ご契約者住所 are two addresses, not one split over two boxes', () => {
    const fields = classify(`<form><table>
      <tr><th>設置場所住所</th><td><input id="a"></td></tr>
      <tr><th>ご契約者住所</th><td><input id="b"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('newAddress.full');
    expect(keyOf(fields, '#b')).toBe('oldAddress.full');
  });

  it('住所1 / 住所2 rows still share one address', () => {
    const fields = classify(`<form><table>
      <tr><th>住所1</th><td><input id="a"></td></tr>
      <tr><th>住所2</th><td><input id="b"></td></tr></table></form>`);
    expect(keyOf(fields, '#a')).toBe('oldAddress.fullWithoutBuilding');
    expect(keyOf(fields, '#b')).toBe('oldAddress.building');
  });
});

describe("a bank's account number", () => {
  const body = `<form><table>
    <tr><th>口座番号</th><td><input id="acct"></td></tr>
    <tr><th>引落口座番号</th><td><input id="debit"></td></tr></table></form>`;

  it("on a bank's own form the 口座番号 is the contract number; a debit account is not", () => {
    const fields = classify(`<h1>さくら銀行 住所変更のお届け</h1>${body}`);
    expect(keyOf(fields, '#acct')).toBe('provider.customerNumber');
    expect(fieldOf(fields, '#acct').rules).toContain('provider.bank-account');
    expect(keyOf(fields, '#debit')).toBeNull();
  });

  it("on another provider's form an account number gets no key", () => {
    const fields = classify(`<h1>電気のお引越し手続き</h1>${body}`);
    expect(keyOf(fields, '#acct')).toBeNull();
  });
});

describe('boxes with no caption of their own after a captioned box', () => {
  it('the second and third boxes under a 電話番号 legend are the phone parts; a box after a name row is not', () => {
    const fields = classify(`<form>
      <fieldset><legend>電話番号</legend><input id="t1" maxlength="4"><input id="t2" maxlength="4"><input id="t3" maxlength="4"></fieldset>
      <fieldset><legend>ご職業</legend><input id="job"></fieldset></form>`);
    expect(keyOf(fields, '#t1')).toBe('phone#1');
    expect(keyOf(fields, '#t2')).toBe('phone#2');
    expect(keyOf(fields, '#t3')).toBe('phone#3');
    expect(fieldOf(fields, '#t2').rules).toContain('split.uncaptioned');
    expect(keyOf(fields, '#job')).toBeNull();
  });

  it('a box under 確認のため再度入力してください after the e-mail box is the confirmation', () => {
    const fields = classify(`<form><div><label>メールアドレス</label><input id="m">
      <small>確認のため再度入力してください</small><input id="m2"></div></form>`);
    expect(keyOf(fields, '#m')).toBe('email');
    expect(keyOf(fields, '#m2')).toBe('emailConfirm');
  });
});

describe('values the profile does not hold', () => {
  it('a 旧姓 box and a ご実家 address get no key; 氏名 and ご住所 beside them do', () => {
    const fields = classify(`<form><table>
      <tr><th>氏名</th><td><input id="n"></td></tr>
      <tr><th>旧姓</th><td><input id="old"></td></tr>
      <tr><th>ご住所</th><td><input id="a"></td></tr>
      <tr><th>ご実家の住所</th><td><input id="home"></td></tr></table></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#old')).toBeNull();
    expect(keyOf(fields, '#a')).toBe('oldAddress.full');
    expect(keyOf(fields, '#home')).toBeNull();
  });
});
