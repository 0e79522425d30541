// @vitest-environment happy-dom
// Rules for classes of fields met on pages the classifier was not written against: blocks of
// someone else, move dates under other names, the side of a block from the page, a field's own
// caption over hints, and hidden blocks that a visible choice opens. Each rule comes with a control
// that the rule leaves alone or that fills.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

describe('blocks that belong to someone else', () => {
  it('the block after 「連絡先が契約者と異なる場合」 takes nothing; the contractor block above it is filled', () => {
    const fields = classify(`<form>
      <div class="sec">お申込者</div>
      <div class="row"><div class="cap">電話番号</div><input id="t"></div>
      <div class="box"><input type="checkbox" id="sw"> 連絡先がご契約者様と異なる場合はチェック
        <div><div class="row"><div class="cap">郵便番号</div><input id="oz"></div>
        <div class="row"><div class="cap">電話番号</div><input id="ot"></div></div>
      </div>
      <div class="row"><div class="cap">メールアドレス</div><input id="m"></div></form>`);
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(keyOf(fields, '#oz')).toBeNull();
    expect(keyOf(fields, '#ot')).toBeNull();
    expect(fieldOf(fields, '#ot').rules).toContain('person.other-party');
    // The switch speaks only for the block it opens.
    expect(keyOf(fields, '#m')).toBe('email');
  });

  it('a page about the person being watched over (見守り対象) takes nothing; the same block on the user\'s page fills', () => {
    const block = `<form><table>
      <tr><th>郵便番号</th><td><input id="z"></td></tr>
      <tr><th>電話番号</th><td><input id="t"></td></tr></table></form>`;
    const watched = classify(`<h2>見守り対象の方 住所・電話番号の変更</h2>${block}`);
    expect(keyOf(watched, '#z')).toBeNull();
    expect(keyOf(watched, '#t')).toBeNull();
    const own = classify(`<h2>住所・電話番号の変更</h2>${block}`);
    expect(keyOf(own, '#t')).toBe('phone');
  });

  it('a business\'s 代表者 and 店舗名 take nothing; the writer\'s own name fills', () => {
    const fields = classify(`<form><table>
      <tr><th>店舗名</th><td><input id="shop"></td></tr>
      <tr><th>代表者名</th><td><input id="rep"></td></tr>
      <tr><th>代表者フリガナ</th><td><input id="repk"></td></tr>
      <tr><th>ご担当者名</th><td><input id="me"></td></tr></table></form>`);
    expect(keyOf(fields, '#shop')).toBeNull();
    expect(keyOf(fields, '#rep')).toBeNull();
    expect(keyOf(fields, '#repk')).toBeNull();
    expect(keyOf(fields, '#me')).toBe('name.full');
  });
});

describe('move dates under other names', () => {
  it('転居(予定)日 in three boxes is the move date', () => {
    const fields = classify(`<form><table><tr><td>転居(予定)日</td><td>
      <input id="y">年 <input id="mo">月 <input id="d">日</td></tr></table></form>`);
    expect(keyOf(fields, '#y')).toBe('move.date#year');
    expect(keyOf(fields, '#mo')).toBe('move.date#month');
    expect(keyOf(fields, '#d')).toBe('move.date#day');
  });

  it('退去予定日（立会日）: the words outside the bracket name the date; 立会希望日 alone is not the move', () => {
    const fields = classify(`<form>
      <p><label for="out">退去予定日（立会日）</label><input type="date" id="out"></p>
      <p><label for="visit">立会希望日</label><input type="date" id="visit"></p></form>`);
    expect(keyOf(fields, '#out')).toBe('move.stopDate');
    expect(keyOf(fields, '#visit')).toBeNull();
  });

  it('第1希望日 under 引越し希望日時 is the move; 第2希望日 is not', () => {
    const fields = classify(`<form><h2>引越し希望日時</h2>
      <div><label>第1希望日</label><input type="date" id="d1"></div>
      <div><label>第2希望日</label><input type="date" id="d2"></div></form>`);
    expect(keyOf(fields, '#d1')).toBe('move.date');
    expect(fieldOf(fields, '#d1').rules).toContain('date.heading');
    expect(keyOf(fields, '#d2')).toBeNull();
  });

  it('a select of 年月 in one choice (2026年04月) is no date part; the day select beside it is', () => {
    const fields = classify(`<form><table><tr><td>解約希望日</td><td>
      <select id="ym"><option>2026年04月</option><option>2026年05月</option></select>
      <select id="d"><option>1</option><option>15</option><option>31</option></select>日</td></tr></table></form>`);
    expect(keyOf(fields, '#ym')).toBeNull();
    expect(fieldOf(fields, '#ym').rules).toContain('options.contradict');
    expect(keyOf(fields, '#d')).toBe('move.stopDate#day');
  });

  it('解約希望日 selects in a block hidden until the 解約希望 choice is picked are classified', () => {
    const fields = classify(`<form>
      <div><input type="radio" name="kind" id="k1"><span>住所変更</span>
        <input type="radio" name="kind" id="k2"><span>解約希望</span></div>
      <div id="cancel" style="display:none">
        <div class="tr"><div class="th">解約理由</div><div class="td"><input type="text" id="why"></div></div>
        <div class="tr"><div class="th">解約希望日</div><div class="td">
          <select id="y"><option>2026</option><option>2027</option><option>2028</option></select>年
          <select id="m"><option>1</option><option>6</option><option>12</option></select>月</div></div>
      </div>
      <div id="trap" style="display:none"><div class="th">お名前</div><input id="n"></div></form>`);
    expect(keyOf(fields, '#y')).toBe('move.stopDate#year');
    expect(keyOf(fields, '#m')).toBe('move.stopDate#month');
    expect(fieldOf(fields, '#y').rules).toContain('shown-on-demand');
    // A hidden block no visible choice names stays concealed.
    expect(keyOf(fields, '#n')).toBeNull();
  });
});

describe('the side of a block from the page', () => {
  it('集荷元 and お届け先 on one form are the old and the new home', () => {
    const fields = classify(`<form>
      <div><label for="op">集荷元住所（都道府県）</label><select id="op"><option>北海道</option><option>東京都</option></select></div>
      <div><label for="oa">集荷元住所（市区町村以下）</label><input id="oa"></div>
      <div><label for="np">お届け先住所（都道府県）</label><select id="np"><option>北海道</option><option>東京都</option></select></div>
      <div><label for="na">お届け先住所（市区町村以下）</label><input id="na"></div></form>`);
    expect(keyOf(fields, '#oa')).toBe('oldAddress.afterPrefecture');
    expect(keyOf(fields, '#na')).toBe('newAddress.afterPrefecture');
    expect(fieldOf(fields, '#na').rules).toContain('side.pickup-delivery');
  });

  it('without a 集荷元, お届け先 stays someone else\'s', () => {
    const fields = classify(`<form>
      <div><label for="a">ご住所</label><input id="a"></div>
      <div><label for="na">お届け先住所</label><input id="na"></div></form>`);
    expect(keyOf(fields, '#na')).toBeNull();
  });

  it('an address block in the same table as 転居(予定)日 is the new home; without it the side is unknown', () => {
    const rows = `<tr><td>郵便番号</td><td><input id="z"></td></tr>
      <tr><td>市区町村・番地等</td><td><input id="a"></td></tr>`;
    const moving = classify(`<form><table>${rows}
      <tr><td>転居(予定)日</td><td><input id="y">年 <input id="m">月 <input id="d">日</td></tr></table></form>`);
    expect(keyOf(moving, '#z')).toBe('newAddress.postalCode');
    expect(fieldOf(moving, '#z').rules).toContain('side.move-date-beside');
    const plain = classify(`<form><table>${rows}</table></form>`);
    expect(fieldOf(plain, '#z').review).toBe('side-unknown');
  });

  it('物件名 / 号室 of the rented home, then 転居先住所: the first block is the old home', () => {
    const fields = classify(`<form>
      <div><label for="b">物件名</label><input id="b" placeholder="例：桜木マンション"></div>
      <div><label for="r">号室</label><input id="r" placeholder="例：101"></div>
      <div><label for="to">転居先住所</label><input id="to"></div></form>`);
    expect(keyOf(fields, '#b')).toBe('oldAddress.buildingName');
    expect(keyOf(fields, '#r')).toBe('oldAddress.room');
    expect(keyOf(fields, '#to')).toBe('newAddress.full');
  });

  it('住所 under the heading 引越し元, with a hint between caption and box, is the whole old address', () => {
    const fields = classify(`<form>
      <h3>引越し元</h3><div><label>住所</label><p>都道府県、市区町村まででも可</p><input id="from"></div>
      <h3>引越し先</h3><div><label>住所</label><p>都道府県、市区町村まででも可</p><input id="to"></div></form>`);
    expect(keyOf(fields, '#from')).toBe('oldAddress.full');
    expect(keyOf(fields, '#to')).toBe('newAddress.full');
  });
});

describe('a field\'s own caption beats a repeated hint or a neighbour\'s', () => {
  it('a hint repeated under every row (※…建物名をご入力ください) describes none of them', () => {
    const hint = '<p class="note">※ご契約書に記載されている建物名をご入力ください。</p>';
    const fields = classify(`<form>
      <div><label for="n">契約者氏名</label><input id="n">${hint}</div>
      <div><label for="w">ご希望の設備はございましたか。</label><input id="w">${hint}</div>
      <div><label for="o">その他</label><input id="o">${hint}</div>
      <div><label for="b">建物名</label><input id="b">${hint}</div></form>`);
    expect(keyOf(fields, '#n')).toBe('name.full');
    expect(keyOf(fields, '#w')).toBeNull();
    expect(keyOf(fields, '#o')).toBeNull();
    expect(keyOf(fields, '#b')).toBe('oldAddress.building');
  });

  it('氏名（名）<br> above its box in a dd beats the dt beside it that holds the family-name box', () => {
    const fields = classify(`<form><dl>
      <dt>氏名（姓）<br><input id="f"></dt><dd>氏名（名）<br><input id="g"></dd></dl></form>`);
    expect(keyOf(fields, '#f')).toBe('name.family');
    expect(keyOf(fields, '#g')).toBe('name.given');
  });

  it('a building example with a room number (〇〇ハイム 101号室) keeps the box to the building', () => {
    const fields = classify(`<form>
      <div class="row"><div class="cap">都道府県</div><input id="p"></div>
      <div class="row"><div class="cap">市区郡名</div><input id="c"></div>
      <div class="row"><div class="cap">丁目・番地</div><input id="bl"></div>
      <div class="row"><div class="cap">建物名など</div><input id="bu" placeholder="例）〇〇ハイム 101号室"></div></form>`);
    expect(keyOf(fields, '#bu')).toBe('oldAddress.building');
    // No 町名 box: the town is written with the 丁目・番地 (address.gap).
    expect(keyOf(fields, '#bl')).toBe('oldAddress.townBlock');
  });
});

describe('numbers under other names', () => {
  it('加盟店番号 is the contract number; 駐車場番号 takes nothing', () => {
    const fields = classify(`<form><table>
      <tr><th>加盟店番号</th><td><input id="no"></td></tr>
      <tr><th>駐車場・No.</th><td><input id="park"></td></tr></table></form>`);
    expect(keyOf(fields, '#no')).toBe('provider.customerNumber');
    expect(keyOf(fields, '#park')).toBeNull();
  });
});
