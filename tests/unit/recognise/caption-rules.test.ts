// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyFields } from '../../../lib/recognise';

function keyOf(body: string, selector: string): string | null {
  document.body.innerHTML = body;
  const fields = classifyFields(document);
  const field = fields.find((f) => f.element === document.querySelector(selector));
  if (!field) throw new Error(`no field for ${selector}`);
  return field.part === undefined ? field.key : `${field.key}#${field.part}`;
}

// Rules found on the demo pages written after the classifier (tests/fixtures/labels/heldout).
describe('classifyFields: captions that name more than they seem', () => {
  it('a place name starting with 新 (新宿) in an example does not make the old address the new one', () => {
    const body = `<form><fieldset><legend>現在のご住所（使用を停止する場所）</legend>
      <label for="city">市区町村</label><input id="city">
      <label for="town">町名・番地</label><input id="town"><span class="note">例：新宿三丁目1-1</span>
    </fieldset></form>`;
    expect(keyOf(body, '#town')).toBe('oldAddress.townBlock');
  });

  it('市区町村以下 followed by its own 建物名 box stops before the building', () => {
    const body = `<form><fieldset><legend>お引越し先</legend>
      <label for="pref">都道府県</label><select id="pref"><option>東京都</option><option>大阪府</option></select>
      <label for="rest">市区町村以下</label><input id="rest">
      <label for="bldg">建物名・部屋番号</label><input id="bldg">
    </fieldset></form>`;
    expect(keyOf(body, '#rest')).toBe('newAddress.line1');
    expect(keyOf(body, '#bldg')).toBe('newAddress.building');
  });

  it("「届出人との続柄」 in the second person's block is that person's relationship", () => {
    const body = `<form><fieldset><legend>転居者2人目</legend>
      <label for="sei">お名前（姓）</label><input id="sei">
      <label for="rel">届出人との続柄</label><input id="rel">
    </fieldset></form>`;
    expect(keyOf(body, '#rel')).toBe('household[0].relationship');
  });

  it('a kana box whose note says to space 姓と名 takes the whole name', () => {
    const body = `<form>
      <label for="k">フリガナ（半角カナ）</label><input id="k"><span class="note">姓と名の間は1文字あけてください。</span>
    </form>`;
    expect(keyOf(body, '#k')).toBe('name.fullKana');
  });
});
