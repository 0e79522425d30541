// @vitest-environment happy-dom
// One test per failure class seen on pages the classifier was not tuned on (issue 16), plus the
// caption rules of 「…を除く」 and 丁目・番地. Each states its rule on small markup and has a control
// that the rule does not swallow.
import { describe, expect, it } from 'vitest';
import { classify, fieldOf, keyOf } from './classify-markup';

describe('1. household rows under a heading that excludes the applicant', () => {
  it('rows under 「届出人以外の転出する方」 are household[0], household[1]', () => {
    const fields = classify(`<form>
      <h2>届出人</h2>
      <label for="n0">氏名</label><input id="n0">
      <h2>届出人以外の転出する方</h2>
      <table>
        <tr><th></th><th>氏名</th><th>生年月日</th></tr>
        <tr><th>1</th><td><input id="n1" aria-label="氏名1"></td><td><input id="b1" type="date" aria-label="生年月日1"></td></tr>
        <tr><th>2</th><td><input id="n2" aria-label="氏名2"></td><td><input id="b2" type="date" aria-label="生年月日2"></td></tr>
      </table></form>`);
    expect(keyOf(fields, '#n0')).toBe('name.full');
    expect(keyOf(fields, '#n1')).toBe('household[0].name.full');
    expect(keyOf(fields, '#b1')).toBe('household[0].birthDate');
    expect(keyOf(fields, '#n2')).toBe('household[1].name.full');
    expect(fieldOf(fields, '#n1').rules).toContain('person.excluding-heading');
  });

  it('「一緒に転出する方（届出人ご本人の記入は不要です）」 starts the household at 0', () => {
    const fields = classify(`<form>
      <fieldset><legend>届出人</legend><label for="me">お名前</label><input id="me"></fieldset>
      <fieldset><legend>一緒に転出する方（届出人ご本人の記入は不要です）</legend>
        <label for="m1">お名前</label><input id="m1">
      </fieldset></form>`);
    expect(keyOf(fields, '#me')).toBe('name.full');
    expect(keyOf(fields, '#m1')).toBe('household[0].name.full');
  });
});

describe('2. the side of an address block from the page and its steps', () => {
  const block = `<form>
    <label for="zip">郵便番号</label><input id="zip">
    <label for="pref">都道府県</label><input id="pref">
    <label for="addr">住所</label><input id="addr"></form>`;

  it('a page headed 新しいご住所の入力 makes an uncaptioned block the new address, not held back as side unknown', () => {
    const fields = classify(`<h1>STEP2 新しいご住所の入力</h1>${block}`);
    expect(keyOf(fields, '#zip')).toBe('newAddress.postalCode');
    expect(keyOf(fields, '#pref')).toBe('newAddress.prefecture');
    expect(fieldOf(fields, '#zip').rules).toContain('side.page-heading');
    expect(fieldOf(fields, '#zip').review).not.toBe('side-unknown');
  });

  it('the current step of a step list names the side, the other steps do not', () => {
    const fields = classify(`<ol class="steps"><li>現在のご住所</li><li class="current" aria-current="step">新しいご住所</li><li>確認</li></ol>${block}`);
    expect(keyOf(fields, '#zip')).toBe('newAddress.postalCode');
  });

  it('a change page showing the current address as text: the one input block is the new address', () => {
    const fields = classify(`<h1>登録情報の変更</h1>
      <dl><dt>現在のご住所</dt><dd>〒100-0001 東京都千代田区千代田1-1</dd></dl>${block}`);
    expect(keyOf(fields, '#addr')).toBe('newAddress.afterPrefecture');
    expect(fieldOf(fields, '#addr').rules).toContain('side.shown-current');
  });

  it('a heading 使用開始場所 sets the side of the block under it', () => {
    const fields = classify(`<h2>使用開始場所</h2>${block}`);
    expect(keyOf(fields, '#zip')).toBe('newAddress.postalCode');
  });

  it('with nothing that names a side the block is listed, unticked, as side unknown', () => {
    const fields = classify(`<h1>お問い合わせ</h1>${block}`);
    const zip = fieldOf(fields, '#zip');
    expect(zip.key).toMatch(/Address\.postalCode$/);
    expect(zip.preselect).toBe(false);
    expect(zip.review).toBe('side-unknown');
    expect(zip.confidence).toBeLessThanOrEqual(0.2);
  });
});

describe('3. a caption does not leak into the following rows', () => {
  it('in a table, 番地 applies to its row only; the next rows keep their own captions', () => {
    const fields = classify(`<form><table>
      <tr><th>住所</th><td><input id="a1" placeholder="市区町村"></td></tr>
      <tr><th>番地</th><td><input id="a2"></td></tr>
      <tr><td><input id="bld" placeholder="建物名・部屋番号"></td></tr>
      <tr><td><input id="tel" name="tel" type="tel"></td></tr>
      <tr><td><input id="zip2" name="zipcode"></td></tr>
    </table></form>`);
    // 番地 with no town box takes the town too (address.gap); what matters here is that it stays an address part.
    expect(keyOf(fields, '#a2')).toMatch(/\.(?:block|townBlock)$/);
    expect(keyOf(fields, '#bld')).toMatch(/\.building$/);
    expect(keyOf(fields, '#tel')).toBe('phone');
  });

  it('in a definition list, a dd without its own dt keeps its input name over the previous caption', () => {
    const fields = classify(`<form><dl>
      <dt>番地</dt><dd><input id="blk"></dd>
      <dd><input id="tel" name="tel"></dd>
    </dl></form>`);
    expect(keyOf(fields, '#blk')).toMatch(/\.block$/);
    expect(keyOf(fields, '#tel')).toBe('phone');
    expect(fieldOf(fields, '#tel').rules).toContain('caption.own-first');
  });
});

describe('4. selects whose options contradict the guess', () => {
  it('a select of prices under a 住所 heading is no address part; one of prefectures is', () => {
    const prefs = ['北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県'];
    const fields = classify(`<form>
      <label for="pref">都道府県</label><select id="pref"><option value="">選択</option>${prefs.map((p) => `<option>${p}</option>`).join('')}</select>
      <label for="area">都道府県</label><select id="area"><option>関東エリア</option><option>関西エリア</option><option>九州エリア</option></select>
      <label for="bld">建物</label><select id="bld"><option>1,000円</option><option>2,000円</option><option>3,000円</option></select>
      </form>`);
    expect(keyOf(fields, '#pref')).toMatch(/\.prefecture$/);
    expect(keyOf(fields, '#area')).toBeNull();
    expect(keyOf(fields, '#bld')).toBeNull();
    expect(fieldOf(fields, '#area').rules).toContain('options.contradict');
  });

  it('a select of time slots captioned as the move date is not the move date; a select of months is', () => {
    const fields = classify(`<form>
      <label for="slot">お引越し予定日</label><select id="slot"><option>9:00〜12:00</option><option>12:00〜15:00</option><option>15:00〜18:00</option></select>
      <label for="m">お引越し予定日（月）</label><select id="m">${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select>
      </form>`);
    expect(keyOf(fields, '#slot')).toBeNull();
    expect(keyOf(fields, '#m')).toBe('move.date#month');
  });

  it('a select of phone kinds (自宅/携帯) is not a phone; the box beside it is', () => {
    const fields = classify(`<form><label for="kind">電話番号</label>
      <select id="kind"><option>自宅</option><option>携帯</option><option>勤務先</option></select>
      <input id="tel" type="tel" aria-label="電話番号"></form>`);
    expect(keyOf(fields, '#kind')).toBeNull();
    expect(keyOf(fields, '#tel')).toBe('phone');
  });
});

describe('5. dates that are not the move', () => {
  it('visit, pick-up and delivery dates get no key; 開通希望日 / 使用開始日 start and 解約日 / 使用停止日 stop', () => {
    const fields = classify(`<form>
      <label for="a">訪問見積り希望日</label><input id="a" type="date">
      <label for="b">集荷希望日</label><input id="b" type="date">
      <label for="c">お引取り日</label><input id="c" type="date">
      <label for="d">配達希望日</label><input id="d" type="date">
      <label for="e">開通希望日</label><input id="e" type="date">
      <label for="f">使用開始日</label><input id="f" type="date">
      <label for="g">解約日</label><input id="g" type="date">
      <label for="h">使用停止日</label><input id="h" type="date">
      <label for="i">お引越し予定日</label><input id="i" type="date">
      </form>`);
    for (const id of ['a', 'b', 'c', 'd']) expect(keyOf(fields, `#${id}`), id).toBeNull();
    expect(keyOf(fields, '#e')).toBe('move.startDate');
    expect(keyOf(fields, '#f')).toBe('move.startDate');
    expect(keyOf(fields, '#g')).toBe('move.stopDate');
    expect(keyOf(fields, '#h')).toBe('move.stopDate');
    expect(keyOf(fields, '#i')).toBe('move.date');
    expect(fieldOf(fields, '#a').rules).toContain('caption.not-move-date');
  });
});

describe('6. whole versus split inputs', () => {
  it('tel1 with a maxlength that holds a whole number is the whole phone; contactTel2 beside it the second', () => {
    const fields = classify(`<form><div><label>電話番号</label>
      <input id="t1" name="tel1" maxlength="13"> <input id="t2" name="contactTel2" maxlength="13"></div></form>`);
    expect(keyOf(fields, '#t1')).toBe('phone');
    expect(keyOf(fields, '#t2')).toBe('phoneAlt');
  });

  it('three short boxes in a row stay the parts of one number', () => {
    const fields = classify(`<form><div><label>電話番号</label>
      <input id="p1" name="tel1" maxlength="5">-<input id="p2" name="tel2" maxlength="4">-<input id="p3" name="tel3" maxlength="4"></div></form>`);
    expect(keyOf(fields, '#p1')).toBe('phone#1');
    expect(keyOf(fields, '#p3')).toBe('phone#3');
  });
});

describe('7. blocks of someone else, shown on demand, 設置先, bracketed qualifiers, separate numbers', () => {
  it('a 勤務先 address and phone get no key', () => {
    const fields = classify(`<form>
      <fieldset><legend>ご自宅</legend><label for="h">ご住所</label><input id="h"></fieldset>
      <fieldset><legend>勤務先</legend><label for="w">住所</label><input id="w"><label for="wt">電話番号</label><input id="wt"></fieldset>
      </form>`);
    expect(keyOf(fields, '#w')).toBeNull();
    expect(keyOf(fields, '#wt')).toBeNull();
    expect(keyOf(fields, '#h')).toMatch(/Address\.full$/);
  });

  it('a block hidden until a visible switch opens it is classified; a hidden honeypot is not', () => {
    const fields = classify(`<form>
      <label><input type="checkbox" id="sw" aria-controls="other"> 別住所に送る</label>
      <div id="other" style="display:none"><label for="o">お引越し先ご住所</label><input id="o"></div>
      <div style="display:none"><label for="trap">住所</label><input id="trap" name="website_address"></div>
      </form>`);
    expect(keyOf(fields, '#o')).toBe('newAddress.full');
    expect(fieldOf(fields, '#o').rules).toContain('shown-on-demand');
    expect(keyOf(fields, '#trap')).toBeNull();
  });

  it('設置先 is the new home', () => {
    const fields = classify(`<form><fieldset><legend>設置先住所</legend>
      <label for="z">郵便番号</label><input id="z"><label for="a">住所</label><input id="a"></fieldset></form>`);
    expect(keyOf(fields, '#z')).toBe('newAddress.postalCode');
  });

  it('氏名（名） is the given name and フリガナ（メイ） the given kana', () => {
    const fields = classify(`<form>
      <label for="a">氏名（姓）</label><input id="a"><label for="b">氏名（名）</label><input id="b">
      <label for="c">フリガナ（セイ）</label><input id="c"><label for="d">フリガナ（メイ）</label><input id="d">
      </form>`);
    expect(keyOf(fields, '#b')).toBe('name.given');
    expect(keyOf(fields, '#d')).toBe('name.givenKana');
  });

  it('separate TEL / 携帯 / FAX boxes, each captioned, are whole numbers', () => {
    const fields = classify(`<form><div>
      <label for="t">TEL</label><input id="t" type="tel">
      <label for="m">携帯</label><input id="m" type="tel">
      <label for="f">FAX</label><input id="f" type="tel"></div></form>`);
    expect(fieldOf(fields, '#t').part).toBeUndefined();
    expect(fieldOf(fields, '#m').part).toBeUndefined();
    expect(new Set([keyOf(fields, '#t'), keyOf(fields, '#m')])).toEqual(new Set(['phone', 'phoneAlt']));
    expect(keyOf(fields, '#f')).toBeNull();
  });
});

describe('8. the contract number under other names, and numbers nobody knows yet', () => {
  it('証券番号, 契約番号, 読者番号, お客様番号 are the customer number', () => {
    for (const caption of ['証券番号', '契約番号', '読者番号', 'お客様番号']) {
      const fields = classify(`<form><label for="n">${caption}</label><input id="n"></form>`);
      expect(keyOf(fields, '#n'), caption).toBe('provider.customerNumber');
    }
  });

  it("the new home's 供給地点特定番号 gets no key; the current one does", () => {
    const fields = classify(`<form>
      <fieldset><legend>現在のお住まい</legend><label for="o">供給地点特定番号</label><input id="o"></fieldset>
      <fieldset><legend>お引越し先</legend><label for="n">供給地点特定番号</label><input id="n"></fieldset></form>`);
    expect(keyOf(fields, '#o')).toBe('provider.supplyPointId');
    expect(keyOf(fields, '#n')).toBeNull();
    expect(fieldOf(fields, '#n').rules).toContain('number.not-known-yet');
  });

  it('a 立会いの方 or 緊急連絡先 phone belongs to someone else', () => {
    const fields = classify(`<form>
      <label for="me">電話番号</label><input id="me">
      <label for="w">立会いの方の電話番号</label><input id="w">
      <label for="e">緊急連絡先電話番号</label><input id="e"></form>`);
    expect(keyOf(fields, '#me')).toBe('phone');
    expect(keyOf(fields, '#w')).toBeNull();
    expect(keyOf(fields, '#e')).toBeNull();
  });
});

describe('address caption rules (issue 15)', () => {
  it('「ご住所（都道府県を除く）」 is everything after the prefecture', () => {
    const fields = classify(`<form><fieldset><legend>新住所</legend>
      <label for="p">都道府県</label><input id="p"><label for="r">ご住所（都道府県を除く）</label><input id="r"></fieldset></form>`);
    expect(keyOf(fields, '#r')).toBe('newAddress.afterPrefecture');
    expect(fieldOf(fields, '#r').rules).toContain('caption.exclusion');
  });

  it('「住所（都道府県以外）」 and 「住所（都道府県は不要）」 read the same way', () => {
    for (const caption of ['住所（都道府県以外）', '住所（都道府県は不要）']) {
      const fields = classify(`<form><fieldset><legend>新住所</legend><label for="r">${caption}</label><input id="r"></fieldset></form>`);
      expect(keyOf(fields, '#r'), caption).toBe('newAddress.afterPrefecture');
    }
  });

  it('a 丁目・番地 box beside a 町名 box is the block with its 丁目, not the town again', () => {
    const fields = classify(`<form><fieldset><legend>新住所</legend>
      <label for="c">市区町村</label><input id="c">
      <label for="t">町名（丁目は含めず）</label><input id="t">
      <label for="b">丁目・番地</label><input id="b"></fieldset></form>`);
    expect(keyOf(fields, '#t')).toBe('newAddress.town');
    expect(keyOf(fields, '#b')).toBe('newAddress.block');
    expect(fieldOf(fields, '#b').rules).toContain('caption.chome-block');
  });
});

describe('7b. an address that follows a company name is the company\'s', () => {
  it('企業名 then 住所: no key; 住所 after the person\'s name keeps its key', () => {
    const fields = classify(`<form>
      <label for="co">企業名</label><input id="co">
      <label for="ca">住所</label><input id="ca">
      <label for="nm">氏名</label><input id="nm">
      <label for="pa">住所</label><input id="pa"></form>`);
    expect(keyOf(fields, '#ca')).toBeNull();
    expect(fieldOf(fields, '#ca').rules).toContain('person.other-party');
    expect(keyOf(fields, '#pa')).toMatch(/Address\.full$/);
  });
});

describe('3b. hints and examples stay with their own field', () => {
  it('an example opening the next line (例) 東京都) belongs to the field above, not to the next caption', () => {
    const fields = classify(`<form><div>
      <p>都道府県 <input id="p" name="a1"></p>
      <p><span>例) 東京都</span> <span>市区町村</span> <input id="c" name="a2"></p>
      <p><span>例) 新宿区西新宿</span> <span>番地・建物名</span> <input id="b" name="a3"></p></div></form>`);
    expect(keyOf(fields, '#c')).toMatch(/Address\.city(?:Town)?$/);
    expect(keyOf(fields, '#b')).toMatch(/Address\.blockBuilding$/);
  });

  it('a hint below an e-mail box about 携帯 addresses does not make it the second e-mail', () => {
    const fields = classify(`<form><div><label for="m">メールアドレス</label><input id="m" name="email">
      <p>※携帯電話のメールアドレスをご使用の場合、受信設定をご確認ください。</p></div></form>`);
    expect(keyOf(fields, '#m')).toBe('email');
  });
});

describe('1b. ordinals under a heading that excludes the applicant', () => {
  it('「1人目」「2人目」 under 「届出人以外の転出する方」 are household[0] and household[1]; 転出先 is the new home', () => {
    const fields = classify(`<form>
      <h2>届出人</h2><label for="me">氏名</label><input id="me">
      <label for="from">現住所</label><input id="from"><label for="to">転出先の住所</label><input id="to">
      <h2>届出人以外の転出する方</h2>
      <div><input id="a" aria-label="1人目の氏名"><input id="ar" aria-label="1人目の続柄"></div>
      <div><input id="b" aria-label="2人目の氏名"></div></form>`);
    expect(keyOf(fields, '#me')).toBe('name.full');
    expect(keyOf(fields, '#to')).toBe('newAddress.full');
    expect(keyOf(fields, '#a')).toBe('household[0].name.full');
    expect(keyOf(fields, '#ar')).toBe('household[0].relationship');
    expect(keyOf(fields, '#b')).toBe('household[1].name.full');
  });
});

describe('7c. a parent writes for a pupil; a planned place of use is the new home', () => {
  it('保護者 is the user; the お子様 / 生徒 block is someone else', () => {
    const fields = classify(`<form>
      <fieldset><legend>保護者さま</legend><label for="p">お名前</label><input id="p"></fieldset>
      <fieldset><legend>お子様</legend><label for="c">お名前</label><input id="c"></fieldset>
      <fieldset><legend>生徒情報</legend><label for="s">氏名</label><input id="s"></fieldset></form>`);
    expect(keyOf(fields, '#p')).toBe('name.full');
    expect(keyOf(fields, '#c')).toBeNull();
    expect(keyOf(fields, '#s')).toBeNull();
  });

  it('ご利用予定の住所 names the new home', () => {
    const fields = classify(`<form><fieldset><legend>ご利用予定の住所</legend>
      <label for="z">郵便番号</label><input id="z"></fieldset></form>`);
    expect(keyOf(fields, '#z')).toBe('newAddress.postalCode');
  });
});
