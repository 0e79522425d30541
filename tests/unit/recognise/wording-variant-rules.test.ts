// @vitest-environment happy-dom
// Words that look like a caption and are not, and captions written in another way: okurigana left
// out (お届先), the list of scripts a box accepts, a count of people, a re-entry line above a box's
// bare wrapper, a note that a mobile is accepted, and the postal lookup's instructions.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('wording variants', () => {
  it('お届先 without its okurigana is a recipient’s block, as お届け先 is; the member’s own address above it is keyed', () => {
    const f = classify(`<form><h2>ご住所</h2><table>
      <tr><th>郵便番号</th><td><input id="z1"></td></tr><tr><th>住所</th><td><input id="a1"></td></tr></table>
      <h2>お届先1の変更</h2><table>
      <tr><th>郵便番号</th><td><input id="z2"></td></tr><tr><th>住所</th><td><input id="a2"></td></tr></table></form>`);
    expect(keyOf(f, '#z1')).toBe('oldAddress.postalCode');
    expect(keyOf(f, '#z2')).toBeNull();
    expect(keyOf(f, '#a2')).toBeNull();
  });

  it('「漢字」「ひらがな」「カタカナ」を全角で lists the scripts a name box accepts: it asks for no kana; the kana row below does', () => {
    const f = classify(`<form><table>
      <tr><th>担当者名</th><td>姓 <input id="s"> 名 <input id="m"><br>例）姓：試験 名：太郎<br>「漢字」「ひらがな」「カタカナ」を全角で入力してください。</td></tr>
      <tr><th>担当者名（フリガナ）</th><td>姓 <input id="sk"> 名 <input id="mk"><br>例）姓：シケン 名：タロウ（全角カタカナ）</td></tr></table></form>`);
    expect(keyOf(f, '#s')).toBe('name.family');
    expect(keyOf(f, '#m')).toBe('name.given');
    expect(keyOf(f, '#sk')).toBe('name.familyKana');
    expect(keyOf(f, '#mk')).toBe('name.givenKana');
  });

  it('受験申込者数 医科：[    ]名 counts people, even in a box of four digits; お名前 on the same form is keyed', () => {
    const f = classify(`<form><table>
      <tr><th>お名前</th><td><input id="n"></td></tr>
      <tr><th>受験申込者数</th><td>医科：<input id="c" maxlength="4" size="10"> 名</td></tr></table></form>`);
    expect(keyOf(f, '#c')).toBeNull();
    expect(keyOf(f, '#n')).toBe('name.full');
  });

  it('確認のため再度入力してください above the bare wrapper of the second e-mail box makes it the confirmation', () => {
    const f = classify(`<form><table>
      <tr><th colspan="3">FAX番号</th><td colspan="2"><input id="fax"><br>例）03-4321-8765</td></tr>
      <tr><th rowspan="2" colspan="3">メールアドレス<br>（必須）</th><td colspan="2"><input id="e1" size="80"><br>例）xxx@xxx.xxx</td></tr>
      <tr><td colspan="2">確認のため再度入力してください。<br><div><input id="e2" size="80"><br></div></td></tr></table></form>`);
    expect(keyOf(f, '#e1')).toBe('email');
    expect(keyOf(f, '#e2')).toBe('emailConfirm');
  });

  it('電話番号（※携帯番号可） beside 携帯電話: the note accepts a mobile, the 携帯 box is the main number', () => {
    const both = classify(`<form><table>
      <tr><th>電話番号</th><td><input id="t" type="tel"> ※携帯番号可</td></tr>
      <tr><th>携帯電話</th><td><input id="m" type="tel"></td></tr></table></form>`);
    expect(keyOf(both, '#m')).toBe('phone');
    expect(keyOf(both, '#t')).toBe('phoneAlt');
    const alone = classify(`<form><table><tr><th>電話番号（※携帯番号可）</th><td><input id="t" type="tel"></td></tr></table></form>`);
    expect(keyOf(alone, '#t')).toBe('phone');
  });

  it('ご連絡先TEL（自宅/携帯） says either kind will do: the one phone is the main number; 自宅 alone beside 携帯 is the second', () => {
    const either = classify(`<form><table><tr><th>ご連絡先TEL（自宅/携帯）</th><td><input id="t" type="tel"></td></tr>
      <tr><th>メールアドレス</th><td><input id="e" type="email"></td></tr></table></form>`);
    expect(keyOf(either, '#t')).toBe('phone');
    const two = classify(`<form><table><tr><th>携帯電話</th><td><input id="m" type="tel"></td></tr>
      <tr><th>自宅電話</th><td><input id="h" type="tel"></td></tr></table></form>`);
    expect(keyOf(two, '#h')).toBe('phoneAlt');
    expect(keyOf(two, '#m')).toBe('phone');
  });

  it('郵便番号を入力して [住所検索] をクリックすると、住所が入力されます under 住所１ is a hint, not a postal caption', () => {
    const f = classify(`<form><table>
      <tr><th>郵便番号</th><td><input id="z" maxlength="8"> <button type="button">住所検索</button></td></tr>
      <tr><th>住所１</th><td><div><input id="a1" maxlength="29"><span>郵便番号を入力して [住所検索] をクリックすると、住所が入力されます。</span></div></td></tr>
      <tr><th>住所２</th><td><input id="a2"></td></tr></table></form>`);
    expect(keyOf(f, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(f, '#a1')).not.toBe('oldAddress.postalCode');
    expect(keyOf(f, '#a1')).toMatch(/^oldAddress\./);
  });
});

describe('samples and service dates', () => {
  it('ご住所 [千葉県〇〇市〇〇町xx-xx-xx]: numbers blanked with x are numbers, so the sample runs to the block', () => {
    const f = classify(`<form><dl><dt>郵便番号</dt><dd><input id="z" placeholder="100-0000"></dd>
      <dt>ご住所</dt><dd><input id="a" placeholder="千葉県〇〇市〇〇町xx-xx-xx"></dd></dl></form>`);
    expect(keyOf(f, '#a')).toBe('oldAddress.full');
    expect(keyOf(f, '#z')).toBe('oldAddress.postalCode');
  });

  it('ご乗車人数 [20名]: a sample number of people names no given name; 名 [ ] beside 姓 [ ] still does', () => {
    const f = classify(`<form><dl><dt>お名前</dt><dd>姓 <input id="f"> 名 <input id="g"></dd>
      <dt>ご乗車人数</dt><dd><input id="p" placeholder="20名"></dd></dl></form>`);
    expect(keyOf(f, '#p')).toBeNull();
    expect(keyOf(f, '#g')).toBe('name.given');
  });

  it('ご利用終了日 on a charter bus booking is the end of the hire, not the old home’s stop', () => {
    const f = classify(`<h1>貸切バスのお見積り</h1><form><dl><dt>お名前</dt><dd><input id="n"></dd>
      <dt>ご利用終了日</dt><dd><input id="d" type="date"></dd></dl></form>`);
    expect(keyOf(f, '#d')).toBeNull();
    expect(keyOf(f, '#n')).toBe('name.full');
  });

  it('control: ご利用終了日 on a page about stopping the electricity at a move is the move’s stop', () => {
    const f = classify(`<h1>電気のご利用停止（お引越し）</h1><form><dl><dt>お名前</dt><dd><input id="n"></dd>
      <dt>ご利用終了日</dt><dd><input id="d" type="date"></dd></dl></form>`);
    expect(keyOf(f, '#d')).toBe('move.stopDate');
  });
});
