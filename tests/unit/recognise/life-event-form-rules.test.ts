// @vitest-environment happy-dom
// Rules from life-event and booking forms: a booking's date named start by its field name only, hour
// and minute boxes, a birthplace, family rows shown by an 「追加」 button. Each comes with a control.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

describe('dates whose kind only a field name gives', () => {
  it('ご希望日時 [date_start] [hour_start]時[minutes_start]分: a booking, not the move; hours and minutes are no date', () => {
    const fields = classify(`<form><table><tr><th>ご希望日時</th><td>
      <input type="date" name="date_start"> <input name="hour_start" size="2">時 <input name="minutes_start" size="2">分</td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="date_start"]')).toBeNull();
    expect(fieldOf(fields, 'input[name="date_start"]').rules).toContain('date.caption-without-kind');
    expect(keyOf(fields, 'input[name="hour_start"]')).toBeNull();
    expect(keyOf(fields, 'input[name="minutes_start"]')).toBeNull();
  });

  it('control: 使用開始日 [date_start] is the start of service', () => {
    const fields = classify(`<form><table><tr><th>使用開始日</th><td><input type="date" name="date_start"></td></tr></table></form>`);
    expect(keyOf(fields, 'input[name="date_start"]')).toBe('move.startDate');
  });
});

describe('a birthplace', () => {
  it('■ 出身地 over 都道府県 / 市区町村 boxes: no key; the current address above keeps its keys', () => {
    const fields = classify(`<form>
      <div class="section"><div class="section-title">■ 現住所</div>
        <label>郵便番号</label><input name="zip"><label>都道府県</label><input name="pref"><label>市区町村</label><input name="city"></div>
      <div class="section"><div class="section-title">■Q5. 出身地</div>
        <div><label>都道府県</label><input name="birthPrefecture"></div><div><label>市区町村</label><input name="birthCity"></div></div></form>`);
    expect(keyOf(fields, 'input[name="zip"]')).toBe('oldAddress.postalCode');
    expect(keyOf(fields, 'input[name="city"]')).toBe('oldAddress.city');
    expect(keyOf(fields, 'input[name="birthPrefecture"]')).toBeNull();
    expect(keyOf(fields, 'input[name="birthCity"]')).toBeNull();
  });
});

describe('family rows the page shows with an 「追加」 button', () => {
  const page = (button: string) =>
    classify(`<form><p><label for="n">氏名</label><input id="n" name="name"></p>
      <div class="family"><h4>同居家族1</h4><div class="rows"><div class="row" hidden>
        <label for="f1">氏名</label><input id="f1" name="memberName1"></div></div>${button}</div></form>`);

  it('a hidden row template with 「+ 家族を追加」 right after it is opened on demand and classified', () => {
    const fields = page('<button type="button" class="add">+ 家族を追加</button>');
    expect(keyOf(fields, '#f1')).toBe('household[0].name.full');
    expect(fieldOf(fields, '#f1').rules).toContain('shown-on-demand');
  });

  it('control: the same hidden row with no button that shows it stays concealed', () => {
    const fields = page('<button type="button" class="remove">この家族を削除</button>');
    expect(keyOf(fields, '#f1')).toBeNull();
    expect(fieldOf(fields, '#f1').rules).toContain('concealed');
    expect(keyOf(fields, '#n')).toBe('name.full');
  });
});
