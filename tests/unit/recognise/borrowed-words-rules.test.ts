// @vitest-environment happy-dom
// Rules found on pages gathered in the sixteenth round: words a box borrows from elsewhere that say
// nothing of it (an id copied onto several boxes, a label's for copied from the row before, a
// placeholder repeating its own caption), names read whole (セイメイ, kokyakuMei), an organisation
// shown by its sample, and pages about someone the user is looking for or asking.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, fieldOf, keyOf } from './classify-markup';

describe('an id copied onto several boxes', () => {
  it('id="input-name" on the name, the time and the place: the id names only what the caption agrees with', () => {
    const row = (caption: string, name: string, id: string, placeholder: string) =>
      `<div class="form-group"><label for="input-name">${caption}</label><div><input type="text" name="${name}" id="${id}" placeholder="${placeholder}"></div></div>`;
    const f = classify(`<form>
      ${row('お名前', 'name', 'input-name', 'お名前')}
      <div class="form-group"><label for="input-mail">メールアドレス</label><div><input type="email" name="mail" id="input-mail"></div></div>
      ${row('開始時間', 'start_time', 'input-name', '10:00')}
      ${row('終了時間', 'end_time', 'input-name', '12:00')}
      ${row('場所', 'place', 'input-name', '新宿')}
      </form>`);
    expect(keyOf(f, '[name="end_time"]')).toBeNull();
    expect(keyOf(f, '[name="place"]')).toBeNull();
    // Controls: the boxes whose own words say what they are.
    expect(keyOf(f, '[name="name"]')).toBe('name.full');
    expect(keyOf(f, '[name="mail"]')).toBe('email');
  });

  it('a unique id still speaks for an uncaptioned box', () => {
    const f = classify(`<form><p>お問い合わせ</p><div><input id="email" name="q1"></div><div><input id="input-x" name="q2"></div><div><input id="input-x" name="q3"></div></form>`);
    expect(keyOf(f, '#email')).toBe('email');
  });
});

describe('a label whose for was copied from the row before', () => {
  it('<label for="name">お客様名</label>[name] <label for="name">電話番号</label>[phone]: each label captions the box it stands before', () => {
    const f = classify(`<form>
      <label for="name">お客様名※必須</label>
      <input type="text" id="name" placeholder="お名前を入力してください">
      <label for="name">電話番号※必須</label>
      <input type="tel" id="phone">
      <label for="mail">メールアドレス</label>
      <input type="text" id="mail">
      </form>`);
    expect(keyOf(f, '#name')).toBe('name.full');
    expect(keyOf(f, '#phone')).toBe('phone');
    expect(keyOf(f, '#mail')).toBe('email');
  });

  it('<label for="lastName">性別</label> over a row of radios: not the name box\'s caption', () => {
    const f = classify(`<form>
      <div><label for="lastName">お名前</label><br>
        <input type="text" name="lastName" id="lastName"> <input type="text" name="firstName" id="firstName"></div>
      <div><label for="lastName">性別</label><br>
        <div><input type="radio" name="gender" id="female"><label for="female">女性</label></div>
        <div><input type="radio" name="gender" id="male"><label for="male">男性</label></div></div>
      </form>`);
    expect(keyOf(f, '#lastName')).toBe('name.family');
    expect(keyOf(f, '#firstName')).toBe('name.given');
  });
});

describe('a placeholder repeating a word of its own caption', () => {
  it('ご希望のヘアスタイル [スタイル]: the katakana word names the value; it is no sample of a reading', () => {
    const f = classify(`<form>
      <p><label for="name">お名前</label><br><input type="text" name="name" id="name"></p>
      <p><label for="kana">ふりがな</label><br><input type="text" name="q9" id="kana" placeholder="ヤマダ"></p>
      <p><label for="color">ご希望のヘアカラー</label><br><input type="text" name="hair_color" id="color" placeholder="カラー"></p>
      <p><label for="style">ご希望のヘアスタイル</label><br><input type="text" name="hair_style" id="style" placeholder="スタイル"></p>
      </form>`);
    expect(keyOf(f, '#style')).toBeNull();
    // Controls: the name, and a reading whose placeholder is a sample.
    expect(keyOf(f, '#name')).toBe('name.full');
    expect(keyOf(f, '#kana')).toBe('name.fullKana');
  });
});

describe('依頼先: the one a request is made to', () => {
  it('依頼先 [モデル] under お名前: someone else, not the user\'s reading', () => {
    const f = classify(`<form>
      <div><label for="a">お名前</label><input type="text" name="name" id="a"></div>
      <div><label for="b">依頼先</label><input type="text" name="jyutaku_name" id="b" placeholder="モデル"></div>
      <div><label for="c">メールアドレス</label><input type="email" name="mail" id="c"></div>
      </form>`);
    expect(keyOf(f, '#b')).toBeNull();
    expect(keyOf(f, '#a')).toBe('name.full');
    expect(keyOf(f, '#c')).toBe('email');
  });
});

describe('a name read whole', () => {
  it('姓名: [kokyakuMei] セイメイ: [kokyakuMei-furigana]: the customer\'s whole name and its reading', () => {
    const f = classify(`<form><div><i>必須</i><label>姓名:</label><input type="text" name="kokyakuMei" id="kokyakuMei">
      セイメイ: <input type="text" name="kokyakuMei-furigana" id="kokyakuMei-furigana"></div>
      <div><label>TEL</label><input type="text" name="tel"></div></form>`);
    expect(keyOf(f, '#kokyakuMei')).toBe('name.full');
    expect(keyOf(f, '#kokyakuMei-furigana')).toBe('name.fullKana');
    expect(keyOf(f, '[name="tel"]')).toBe('phone');
  });

  it('an uncaptioned kokyaku_mei is the customer\'s whole name, okyaku_no still the customer number', () => {
    const f = classify(`<form><table>
      <tr><td><input name="kokyaku_mei" size="30"></td></tr>
      <tr><th>お客様番号</th><td><input name="okyaku_no"></td></tr>
      </table></form>`);
    expect(keyOf(f, '[name="kokyaku_mei"]')).toBe('name.full');
    expect(keyOf(f, '[name="okyaku_no"]')).toBe('provider.customerNumber');
  });
});

describe('an organisation shown by its sample', () => {
  it('主催者名 (例：一般社団法人 日本損害保険協会) then 所在地: the organisation\'s name and location; ご担当者名 is the user', () => {
    const f = classify(`<form><table>
      <tr><td><strong>主催者名<span>*</span></strong></td><td><input type="text" name="host" size="50"><br>（例：一般社団法人 日本損害保険協会）</td></tr>
      <tr><td><strong>所在地<span>*</span></strong></td><td><table>
        <tr><td>郵便番号<span>*</span></td><td><input type="text" name="post1" size="3" maxlength="3"> − <input type="text" name="post2" size="4" maxlength="4"></td></tr>
        <tr><td>市区町村以下<span>*</span></td><td><input type="text" name="address" size="45"><br>（例：千代田区神田淡路町2-9）</td></tr>
      </table></td></tr>
      <tr><td><strong>ご担当者名<span>*</span></strong></td><td>姓：<input type="text" name="person_last"> 名：<input type="text" name="person_first"></td></tr>
      <tr><td><strong>メールアドレス<span>*</span></strong></td><td><input type="text" name="email1"></td></tr>
      </table></form>`);
    expect(keyOf(f, '[name="host"]')).toBeNull();
    expect(keyOf(f, '[name="post1"]')).toBeNull();
    expect(keyOf(f, '[name="address"]')).toBeNull();
    // Controls: the person who writes.
    expect(keyOf(f, '[name="person_last"]')).toBe('name.family');
    expect(keyOf(f, '[name="email1"]')).toBe('email');
  });

  it('申込者名 (例：山田 太郎): a person\'s sample keeps the name', () => {
    const f = classify(`<form><table>
      <tr><th>申込者名</th><td><input type="text" name="q1"><br>（例：山田 太郎）</td></tr>
      </table></form>`);
    expect(keyOf(f, '[name="q1"]')).toBe('name.full');
  });
});

describe('a page about someone the user is looking for', () => {
  it('探している人を特定できる情報: the block is that person\'s; あなたの名前 further down is the user\'s', () => {
    const f = classify(`<form>
      <h2>探している人を特定できる情報を入力してください</h2>
      <h3>名前（必須）</h3>
      <div><label for="a">姓:</label><input type="text" name="person[family_name]" id="a"></div>
      <div><label for="b">名:</label><input type="text" name="person[given_name]" id="b"></div>
      <h3>自宅住所</h3>
      <div><label for="c">郵便番号:</label><input type="text" name="person[home_postal_code]" id="c"></div>
      <div><label for="d">市区町村:</label><input type="text" name="person[home_city]" id="d"></div>
      <h3>この記録の情報源（必須）</h3>
      <div><label for="e">あなたの名前:</label><input type="text" name="person[author_name]" id="e"></div>
      <div><label for="g">あなたの電話番号:</label><input type="text" name="person[author_phone]" id="g"></div>
      <h2>この人の状況について教えてください</h2>
      <h3>行方不明者の現在の連絡先情報</h3>
      <div><label for="h">電話番号:</label><input type="text" name="note[phone_of_found_person]" id="h"></div>
      </form>`);
    for (const id of ['a', 'b', 'c', 'd', 'h']) expect(keyOf(f, `#${id}`), id).toBeNull();
    expect(keyOf(f, '#e')).toBe('name.full');
    expect(keyOf(f, '#g')).toBe('phone');
  });

  it('退所先電話番号: the number of the place the user goes to after the shelter is that place\'s', () => {
    const f = classify(`<form>
      <p><label>氏名</label><input name="evacuee[name]"></p>
      <p><label>電話番号</label><input name="evacuee[phone]"></p>
      <p><label>退所先電話番号</label><input name="evacuee[next_place_phone]"></p>
      </form>`);
    expect(keyOf(f, '[name="evacuee[next_place_phone]"]')).toBeNull();
    expect(keyOf(f, '[name="evacuee[phone]"]')).toBe('phone');
    expect(fieldOf(f, '[name="evacuee[name]"]').key).toBe('name.full');
  });
});
