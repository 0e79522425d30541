// @vitest-environment happy-dom
// Rows and steps: numbered step blocks (step-1, step-2) as one kind of block, parts named from 0
// (tel[0], tel[1], tel[2]), a household table with a row of boxes per member, 退居 as leaving a home,
// and the start date of a parking space that is not the move-in.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('rows and steps', () => {
  it('step-2 hidden after a shown step-1: a later step of the same form, not a trap', () => {
    const steps = (second: string) =>
      classify(`<form>
      <div class="step step-1"><label for="m">車種</label><input id="m" name="model">
        <label for="y">走行距離</label><input id="y" name="distance"></div>
      <div class="${second}" style="display:none">
        <label for="n">お名前</label><input id="n">
        <label for="t">電話番号</label><input id="t">
        <label for="e">メールアドレス</label><input id="e"></div></form>`);
    const later = steps('step step-2');
    expect(keyOf(later, '#n')).toBe('name.full');
    expect(keyOf(later, '#t')).toBe('phone');
    expect(keyOf(later, '#e')).toBe('email');
    // Control: a hidden block of another kind, opened by nothing on the page, stays unkeyed.
    const other = steps('extra');
    for (const id of ['#n', '#t', '#e']) expect(keyOf(other, id)).toBeNull();
  });

  it('cell[0] cell[1] cell[2] under 携帯電話番号: the three parts of one number, in order', () => {
    const f = classify(`<form>
      <dl><dt>携帯電話番号</dt><dd><ul>
        <li><input name="cell[0]" id="c0"></li><li><input name="cell[1]" id="c1"></li><li><input name="cell[2]" id="c2"></li>
      </ul></dd></dl>
      <dl><dt>お電話番号</dt><dd><ul>
        <li><input name="tel1" id="t1"></li><li><input name="tel2" id="t2"></li><li><input name="tel3" id="t3"></li>
      </ul></dd></dl></form>`);
    expect(['#c0', '#c1', '#c2'].map((id) => keyOf(f, id))).toEqual(['phone#1', 'phone#2', 'phone#3']);
    // Control: names counted from 1 were parts before the rule, and still are.
    expect(['#t1', '#t2', '#t3'].map((id) => keyOf(f, id))).toEqual(['phoneAlt#1', 'phoneAlt#2', 'phoneAlt#3']);
  });

  it('同居家族 over a table of 続柄 | 氏名 | 年齢: each row of boxes is one more member', () => {
    const row = (n: number) => `<tr><td><input id="r${n}" name="rel${n}"></td><td><input id="n${n}" name="member${n}"></td><td><input id="a${n}" name="age${n}"></td></tr>`;
    const page = (rows: number) =>
      classify(`<form><table>
      <tr><th>氏名</th><td><input id="me" name="applicant"></td></tr>
      <tr><th>同居家族</th><td><table>
        <tr><th>続柄</th><th>氏名</th><th>年齢</th></tr>
        ${Array.from({ length: rows }, (_, i) => row(i + 1)).join('')}
      </table></td></tr></table></form>`);
    const three = page(3);
    expect(keyOf(three, '#me')).toBe('name.full');
    expect(['#n1', '#n2', '#n3'].map((id) => keyOf(three, id))).toEqual(['household[0].name.full', 'household[1].name.full', 'household[2].name.full']);
    expect(['#r1', '#r2', '#r3'].map((id) => keyOf(three, id))).toEqual(['household[0].relationship', 'household[1].relationship', 'household[2].relationship']);
    // Control: one row is one member, the first.
    const one = page(1);
    expect(keyOf(one, '#n1')).toBe('household[0].name.full');
    expect(keyOf(one, '#r1')).toBe('household[0].relationship');
  });

  it('退居予定日 is the day the old home is left; a parking space’s 使用開始日 is not the move-in', () => {
    const f = classify(`<form>
      <div><label for="out">退居予定日</label><input type="date" id="out" name="d1"></div>
      <div><label for="in">使用開始日</label><input type="date" id="in" name="d2"></div>
      <div><label for="park">自動車の保管場所 使用開始日（予定日）</label><input type="date" id="park" name="d3"></div>
      <div><label for="bike">駐輪場の利用開始日</label><input type="date" id="bike" name="d4"></div></form>`);
    expect(keyOf(f, '#out')).toBe('move.stopDate');
    // Control: the same words without a parking space are the start of the new home's service.
    expect(keyOf(f, '#in')).toBe('move.startDate');
    expect(keyOf(f, '#park')).toBeNull();
    expect(keyOf(f, '#bike')).toBeNull();
  });
});
