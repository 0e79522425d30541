// @vitest-environment happy-dom
// Captions broken inside a word, across lines (メール<br>アドレス in a narrow cell) or by an inline tag
// (<span>都道</span>府県): Japanese puts no space between words, so the word is read whole. A step bar
// drawn the same way names the page by the step in hand.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('a caption broken by <br> inside a word', () => {
  it('table rows: メール<br>アドレス, 電話<br>番号 and 生年<br>月日 are read as the words they spell', () => {
    const f = classify(`<form><table>
      <tr><th>お名前</th><td><input id="n" name="q0"></td></tr>
      <tr><th>メール<br>アドレス</th><td><input id="a" name="q1" size="40"></td></tr>
      <tr><th>電話<br>番号</th><td><input id="b" name="q2"></td></tr>
      <tr><th>生年<br>月日</th><td><input id="c" name="q3"></td></tr>
      </table></form>`);
    expect(keyOf(f, '#a')).toBe('email');
    expect(keyOf(f, '#b')).toBe('phone');
    expect(keyOf(f, '#c')).toBe('birthDate');
    // Control: a caption with no break.
    expect(keyOf(f, '#n')).toBe('name.full');
  });

  it('labels and definition lists alike: 都道<br>府県, 引越<br>予定日, お客様<br>番号', () => {
    const f = classify(`<form><dl>
      <dt>お名前</dt><dd><input id="n" name="q0"></dd>
      <dt>都道<br>府県</dt><dd><input id="a" name="q1"></dd>
      <dt>ご住所</dt><dd><input id="b" name="q2" size="60"></dd>
      <dt>引越<br>予定日</dt><dd><input id="c" name="q3"></dd>
      </dl>
      <div><label for="d">お客様<br>番号</label><input id="d" name="q4"></div>
      </form>`);
    expect(keyOf(f, '#a')).toBe('oldAddress.prefecture');
    expect(keyOf(f, '#c')).toBe('move.date');
    expect(keyOf(f, '#d')).toBe('provider.customerNumber');
    // Controls: captions with no break.
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#b')).toBe('oldAddress.afterPrefecture');
  });

  it('an inline tag inside a word: <span class="em">都道</span>府県, <strong>生年</strong>月日', () => {
    const f = classify(`<form><table>
      <tr><th>お名前</th><td><input id="n" name="q0"></td></tr>
      <tr><th><span class="em">都道</span>府県</th><td><input id="a" name="q1"></td></tr>
      <tr><th>ご住所</th><td><input id="b" name="q2" size="60"></td></tr>
      <tr><th><strong>生年</strong>月日</th><td><input id="c" name="q3"></td></tr>
      </table></form>`);
    expect(keyOf(f, '#a')).toBe('oldAddress.prefecture');
    expect(keyOf(f, '#c')).toBe('birthDate');
    expect(keyOf(f, '#n')).toBe('name.full');
    expect(keyOf(f, '#b')).toBe('oldAddress.afterPrefecture');
  });

  it('a label with no for, broken inside its words, stays one caption for the box after it', () => {
    const f = classify(`<form>
      <div><label for="">お名前</label><input type="text" name="q0"></div>
      <div><label for="">市区<br>町村</label><input type="text" name="q1"></div>
      <div><label for="">番地、<br>建物名</label><input type="text" name="q2"></div>
      <div><label for="">退所先<br>電話番号</label><input type="text" name="q3"></div>
      <div><label for="">電話番号</label><input type="text" name="q4"></div>
      </form>`);
    expect(keyOf(f, '[name="q1"]')).toBe('oldAddress.cityTown');
    expect(keyOf(f, '[name="q2"]')).toBe('oldAddress.blockBuilding');
    expect(keyOf(f, '[name="q3"]')).toBeNull();
    // Controls: captions with no break.
    expect(keyOf(f, '[name="q0"]')).toBe('name.full');
    expect(keyOf(f, '[name="q4"]')).toBe('phone');
  });

  it('a caption with no for, an inline tag inside its word: <label><span>お客様</span>名</label> [ ]', () => {
    const f = classify(`<form>
      <div><label><span class="em">お客様</span>名※必須</label> <input type="text" name="q1"></div>
      <div><label><span class="em">電話</span>番号</label> <input type="text" name="q2"></div>
      <div><label>メールアドレス</label> <input type="text" name="q3"></div>
      </form>`);
    expect(keyOf(f, '[name="q1"]')).toBe('name.full');
    expect(keyOf(f, '[name="q2"]')).toBe('phone');
    expect(keyOf(f, '[name="q3"]')).toBe('email');
  });

  it('a step bar whose steps done are marked too: the step in hand is the last marked, and it names the page', () => {
    const page = (marks: [string, string]) =>
      classify(`<ol class="status"><li class="${marks[0]}">お客さま<br>情報入力</li><li class="${marks[1]}">お届け先<br>情報入力</li><li>確認</li></ol>
      <form><dl><dt>郵便番号</dt><dd><input id="z" name="q1"></dd></dl>
      <dl><dt>住所</dt><dd><input id="a" name="q2"></dd></dl>
      <dl><dt>メールアドレス</dt><dd><input id="m" name="q3"></dd></dl></form>`);
    // お届け先 in hand: the address asked is a recipient's.
    const delivery = page(['is-active', 'is-active']);
    expect(keyOf(delivery, '#z')).toBeNull();
    expect(keyOf(delivery, '#a')).toBeNull();
    // Control: with お客さま情報入力 in hand, the same block is the customer's own.
    const customer = page(['is-active', '']);
    expect(keyOf(customer, '#z')).toBe('oldAddress.postalCode');
    expect(keyOf(customer, '#a')).toBe('oldAddress.full');
  });

  it('a break between two words of Latin letters stays a space: E-mail<br>address', () => {
    const f = classify(`<form><table>
      <tr><th>Name</th><td><input id="n" name="q0"></td></tr>
      <tr><th>E-mail<br>address</th><td><input id="a" name="q1"></td></tr>
      </table></form>`);
    expect(keyOf(f, '#a')).toBe('email');
    expect(keyOf(f, '#n')).toBe('name.full');
  });
});
