// @vitest-environment happy-dom
// Markup copied from box to box (one autocomplete value on every box, a model's name before every
// attribute), pieces that end where a value ends, and people a form names apart from the user: a
// guardian asked only for a minor, rows of trainees, a pet, the member of staff the user asks for,
// and a delivery block whose page offers to send to the address above it; samples and prompts that
// say what a box takes (a town with its 丁目, a name in capitals, two ways of writing one value, a
// select's first choice).
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('markup copied from one box to the next', () => {
  it('a form plugin\'s or a validator\'s class (wpcf7-email, custom[phone], custom[katakana]) names the kind of value', () => {
    const page = (kanaClass: string) =>
      classify(`<form><p>お名前 <input id="n" name="f1" class="${kanaClass}"></p><p><input id="e" name="f2" class="wpcf7-form-control wpcf7-email"></p>
        <p><input id="t" name="f3" class="validate[required,custom[phone]]"></p><p><input id="z" name="f4" class="validate[custom[zip]]"></p></form>`);
    const fields = page('validate[required,custom[katakana]]');
    expect(keyOf(fields, '#n')).toBe('name.fullKana');
    expect(keyOf(fields, '#e')).toBe('email');
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(keyOf(fields, '#z')).toMatch(/Address\.postalCode$/);
    // Control: a class that only styles the box says nothing.
    expect(keyOf(page('text-input wide'), '#n')).toBe('name.full');
  });

  it('the characters a box accepts (pattern) say it takes a reading, a postal code or an e-mail address', () => {
    const page = (pattern: string) =>
      classify(`<form><p>お名前 <input id="n" name="f1"${pattern ? ` pattern="${pattern}"` : ''}></p><p><input id="z" name="f2" pattern="\\d{3}-?\\d{4}"></p>
        <p><input id="e" name="f3" pattern="[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,3}$"></p></form>`);
    expect(keyOf(page('[\\u30A1-\\u30F6]*'), '#n')).toBe('name.fullKana');
    expect(keyOf(page('^[ァ-ヶー]+$'), '#n')).toBe('name.fullKana');
    expect(keyOf(page('[\\u3041-\\u3096]*'), '#n')).toBe('name.fullKana');
    expect(keyOf(page(''), '#z')).toMatch(/Address\.postalCode$/);
    expect(keyOf(page(''), '#e')).toBe('email');
    // Control: a pattern that lets kanji in asks for the name as written.
    expect(keyOf(page('[\\u4E00-\\u9FFF\\u3040-\\u309Fー]*'), '#n')).toBe('name.full');
    expect(keyOf(page(''), '#n')).toBe('name.full');
  });

  it('an autocomplete value copied onto three or more boxes yields to what each box says of itself', () => {
    const page = (auto: string[]) =>
      classify(`<form>
        <label for="n">お名前</label><input id="n" name="fullname" autocomplete="${auto[0]}">
        <label for="z">住所(郵便番号)</label><input id="z" name="addressCode" autocomplete="${auto[1]}">
        <label for="c">住所(市区町村)</label><input id="c" name="addressCity" autocomplete="${auto[2]}">
        <label for="k">経験社数</label><input id="k" name="experienceNumber" autocomplete="${auto[3]}">
        <label for="t">電話番号</label><input id="t" name="phone_number" autocomplete="${auto[4]}"></form>`);
    const copied = page(['name', 'tel', 'tel', 'tel', 'tel']);
    expect(keyOf(copied, '#z')).toMatch(/Address\.postalCode$/);
    expect(keyOf(copied, '#c')).toMatch(/Address\.city/);
    expect(keyOf(copied, '#k')).toBeNull();
    expect(keyOf(copied, '#t')).toBe('phone');
    // Control: each box with its own value keeps what that value says.
    const own = page(['name', 'postal-code', 'address-level2', 'off', 'tel']);
    expect(keyOf(own, '#z')).toMatch(/Address\.postalCode$/);
    expect(keyOf(own, '#t')).toBe('phone');
    expect(keyOf(own, '#n')).toBe('name.full');
  });

  it('a namespace naming the record (inquiry[name], job_entry[birth_date(2i)]) does not veto the attribute', () => {
    const page = (model: string) =>
      classify(`<form><label for="b">生年月日</label>
        <select id="y" name="${model}[birth_date(1i)]"><option value="">---</option><option>1990</option><option>1991</option></select> 年
        <select id="m" name="${model}[birth_date(2i)]"><option value="">---</option>${Array.from({ length: 12 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select> 月
        <select id="d" name="${model}[birth_date(3i)]"><option value="">---</option>${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}</select> 日
        <input id="n" name="${model}[name]"></form>`);
    const entry = page('job_entry');
    expect(keyOf(entry, '#m')).toBe('birthDate#month');
    expect(keyOf(entry, '#d')).toBe('birthDate#day');
    expect(keyOf(entry, '#n')).toBe('name.full');
    expect(keyOf(page('inquiry'), '#n')).toBe('name.full');
    // Control: a company's or a thing's own record still takes no profile value.
    expect(keyOf(page('company'), '#n')).toBeNull();
    expect(keyOf(page('event'), '#n')).toBeNull();
  });

  it('セイ then a box captioned カナ whose name says last_name_kana: the pair is family then given', () => {
    const page = (second: string) =>
      classify(`<form><p>フリガナ</p>
        <span>セイ：<input id="a" name="first_name_kana" placeholder="ヤマダ"></span>
        <span>${second}：<input id="b" name="last_name_kana" placeholder="タロウ"></span></form>`);
    expect(keyOf(page('カナ'), '#a')).toBe('name.familyKana');
    expect(keyOf(page('カナ'), '#b')).toBe('name.givenKana');
    // Control: a visible メイ says the same.
    expect(keyOf(page('メイ'), '#b')).toBe('name.givenKana');
  });

  it('a caption written in kana (しめい) asks for the reading of the name', () => {
    const page = (caption: string) => classify(`<form><p>氏名:<input id="n" name="name"></p><p>${caption}:<input id="k" name="name_jp"></p></form>`);
    expect(keyOf(page('しめい'), '#k')).toBe('name.fullKana');
    expect(keyOf(page('しめい'), '#n')).toBe('name.full');
    // Control: a caption in kanji asks for nothing new.
    expect(keyOf(page('勤務先'), '#k')).toBeNull();
  });
});

describe('pieces that end where the value ends', () => {
  const page = (attrs: string, second = '<input type="text" name="address_2" size="30">') =>
    classify(`<form><table><tr><th>郵送で連絡<br>（送付先）</th><td>〒 <input type="text" name="addr_cd_1" size="3"> - <input type="text" name="addr_cd_2" size="4"><br>
      <input type="text" id="a1" name="address_1" ${attrs}> <span>（例：東京都○○区○○1-1）</span><br>${second}</td></tr></table></form>`);

  it('a postal code has two pieces: a third box, or one sized for a line, is no piece of it', () => {
    const fields = page('size="30"');
    expect(keyOf(fields, 'input[name="addr_cd_2"]')).toMatch(/Address\.postalCode#2$/);
    expect(keyOf(fields, '#a1')).not.toMatch(/postalCode/);
    expect(keyOf(fields, 'input[name="address_2"]')).not.toMatch(/postalCode/);
  });

  it('an address box whose sample follows it, and the box named next after it, are the address and its second line', () => {
    const fields = page('size="30"');
    expect(keyOf(fields, '#a1')).toMatch(/Address\.fullWithoutBuilding$/);
    expect(keyOf(fields, 'input[name="address_2"]')).toMatch(/Address\.building$/);
    // Control: a box named for something else after it is no second line.
    expect(keyOf(page('size="30"', '<input type="text" name="memo_2" size="30">'), 'input[name="memo_2"]')).toBeNull();
  });
});

describe('people the form sets apart from the user', () => {
  it('a guardian asked only for a minor (未成年の方は) is someone else; the applicant first is the user', () => {
    const page = (hint: string) =>
      classify(`<form><h2>お申し込み者情報</h2>
        <label for="n">氏名</label><input id="n" name="name">
        <label for="b">生年月日</label><input id="b" name="birthday" type="date">
        <label for="g">保護者氏名</label><input id="g" name="guardian" placeholder="${hint}"></form>`);
    const minors = page('未成年の方はご記入ください');
    expect(keyOf(minors, '#n')).toBe('name.full');
    expect(keyOf(minors, '#b')).toBe('birthDate');
    expect(keyOf(minors, '#g')).toBeNull();
    // Control: a guardian asked as such is the user, the child's name before it someone else.
    const guardian = page('');
    expect(keyOf(guardian, '#g')).toBe('name.full');
    expect(keyOf(guardian, '#n')).toBeNull();
  });

  it('a guardian left optional after a required name is someone else', () => {
    const page = (mark: string) =>
      classify(`<form><label for="n">氏名 *</label><input id="n" name="name" required>
        <label for="g">保護者氏名${mark}</label><input id="g" name="guardian_name"></form>`);
    expect(keyOf(page(''), '#n')).toBe('name.full');
    expect(keyOf(page(''), '#g')).toBeNull();
    // Control: a guardian required as well is the user.
    expect(keyOf(page(' *'), '#g')).toBe('name.full');
  });

  it('a table row whose name column is a trainee\'s holds that trainee\'s birth date, phone and address', () => {
    const page = (who: string) =>
      classify(`<form><table><tr><td>申込者氏名</td><td><input id="me" name="app_name"></td></tr>
        <tr><td>電話番号</td><td><input id="mt" name="tel"></td></tr></table>
        <table><tr><th>${who}</th><th>生年月日</th><th>携帯番号</th><th>住所</th></tr>
        <tr><td><input id="s" name="students0"></td><td><input id="b" name="birthday0"></td><td><input id="t" name="phone_tel0"></td><td><input id="a" name="address0"></td></tr>
        </table></form>`);
    const trainees = page('受講者氏名');
    expect(keyOf(trainees, '#me')).toBe('name.full');
    expect(keyOf(trainees, '#mt')).toBe('phone');
    for (const id of ['#s', '#b', '#t', '#a']) expect(keyOf(trainees, id)).toBeNull();
    // Control: a row of the user's own (氏名) keeps its values.
    expect(keyOf(page('氏名'), '#b')).toBe('birthDate');
  });

  it('a block headed わんちゃん情報 is the pet\'s; a title naming owner and pet together sets nobody apart', () => {
    const page = (heading: string) =>
      classify(`<form><h2>飼い主様とわんちゃんの情報を登録</h2><h3>飼い主様情報</h3>
        <label>名前<input id="o" name="ownerName"></label><label>住所<input id="a" name="address"></label>
        <h3>${heading}</h3><label>名前<input id="d" name="dogName"></label><label>生年月日<input id="b" name="dogBirth" type="date"></label></form>`);
    const pet = page('わんちゃん情報');
    expect(keyOf(pet, '#o')).toBe('name.full');
    expect(keyOf(pet, '#a')).toMatch(/Address\.full$/);
    expect(keyOf(pet, '#d')).toBeNull();
    expect(keyOf(pet, '#b')).toBeNull();
    // Control: a second block headed for the owner's contact keeps its values.
    expect(keyOf(page('ご連絡先'), '#b')).toBe('birthDate');
  });

  it('指名 asks for a member of staff, not the user', () => {
    const page = (caption: string) => classify(`<form><label>お名前<input id="n" name="customer"></label><label>${caption}<input id="s" name="reservation[person_name]"></label></form>`);
    expect(keyOf(page('指名'), '#s')).toBeNull();
    expect(keyOf(page('指名'), '#n')).toBe('name.full');
    // Control: a caption naming the user's own name is theirs.
    expect(keyOf(page('フリガナ'), '#s')).toBe('name.fullKana');
  });

  it('お届け先の指定 over a block, then お届け先 [上記の住所▾]: the block above is the orderer\'s own', () => {
    const page = (option: string) =>
      classify(`<h2>お届け先の指定</h2><form><table>
        <tr><th>メールアドレス</th><td><input id="e" name="order_email"></td></tr>
        <tr><th>お名前</th><td>姓 <input id="f" name="order_name01"> 名 <input id="g" name="order_name02"></td></tr>
        <tr><th>住所</th><td><input id="a" name="order_addr01"></td></tr>
        <tr><th>お届け先</th><td><select id="d" name="deliv"><option value="0">${option}</option></select></td></tr></table></form>`);
    const above = page('上記の住所');
    expect(keyOf(above, '#f')).toBe('name.family');
    expect(keyOf(above, '#e')).toBe('email');
    expect(keyOf(above, '#a')).toMatch(/Address\./);
    // Control: a choice of stored recipients leaves the block the recipient's.
    const stored = page('登録済みのお届け先1');
    expect(keyOf(stored, '#f')).toBeNull();
  });

  it('郵便番号（会社または個人） after 会社名または個人名 is the user\'s when the user is a private person', () => {
    const page = (first: string) =>
      classify(`<form><table>
        <tr><td>${first}</td><td><input id="c" name="inc_name" required></td></tr>
        <tr><td>申込者氏名</td><td><input id="n" name="app_name"></td></tr>
        <tr><td>郵便番号(会社または個人)</td><td><input id="z" name="post_no"></td></tr>
        <tr><td>住所</td><td><input id="a" name="address1"></td></tr></table></form>`);
    const either = page('会社名または個人名 ※必須');
    expect(keyOf(either, '#z')).toMatch(/Address\.postalCode$/);
    expect(keyOf(either, '#a')).toMatch(/Address\./);
    // Control: a company's name, required, makes the address the company's.
    expect(keyOf(page('会社名 ※必須'), '#a')).toBeNull();
  });
});

describe('samples and prompts that say what a box takes', () => {
  it('a sample of a town with its 丁目 (例：芝浦４丁目) shows the town; a whole address ending so is still whole', () => {
    const page = (sample: string) =>
      classify(`<form><p>都道府県 <select id="p" name="pref"><option>東京都</option><option>大阪府</option></select></p>
        <p>市区郡（例：港区）<input id="c" name="city" placeholder="例：港区"></p>
        <p>町村丁目（${sample}）<input id="t" name="district" placeholder="${sample}"></p>
        <p>丁目以下・建物名・部屋番号 <input id="r" name="other" placeholder="例：12-38 キャナルゲート芝浦605号室"></p></form>`);
    expect(keyOf(page('例：芝浦４丁目'), '#t')).toMatch(/Address\.town$/);
    const whole = classify(`<form><table><tr><th>住所</th><td><input id="a" name="user[address]"><br>例：東京都新宿区歌舞伎町1丁目</td></tr></table></form>`);
    expect(keyOf(whole, '#a')).toMatch(/Address\.(?:full|fullWithoutBuilding)$/);
  });

  it('a sample in Latin letters after 例 (例：YAMADA) asks for the name in romaji', () => {
    const page = (sample: string) =>
      classify(`<form><table><tr><th>姓</th><td><input id="f" name="lastname"><p>${sample}</p></td></tr>
        <tr><th>名</th><td><input id="g" name="firstname"><p>例：TARO</p></td></tr></table></form>`);
    expect(keyOf(page('例：YAMADA'), '#f')).toBe('name.familyRomaji');
    expect(keyOf(page('例：YAMADA'), '#g')).toBe('name.givenRomaji');
    // Control: a sample in kanji asks for the name as written.
    expect(keyOf(page('例：山田'), '#f')).toBe('name.family');
  });

  it('two ways of writing one value (例：tokyoまたは東京都) each show the part the box takes', () => {
    const fields = classify(`<form><table><tr><th>都道府県（例：tokyoまたは東京都）</th><td><input id="s" name="billing_state"></td></tr>
      <tr><th>市区町村（例：shibuyaまたは渋谷区）</th><td><input id="c" name="billing_city"></td></tr>
      <tr><th>番地（例：XX町1-2）</th><td><input id="a" name="billing_address1"></td></tr></table></form>`);
    expect(keyOf(fields, '#s')).toMatch(/Address\.prefecture$/);
    expect(keyOf(fields, '#c')).toMatch(/Address\.city$/);
  });

  it('a select\'s first choice naming what is picked (勤務地を選択) is its caption; in an empty select it is an instruction', () => {
    for (const prompt of ['<option value="">勤務地を選択</option>', '<option>勤務地を選択してください</option>']) {
      const filled = classify(`<form><label>氏名<input id="n" name="name"></label><label>住所<input id="a" name="address"></label>
        <span>第一希望</span><select id="l" name="desired[location]">${prompt}<option>東京</option><option>神奈川</option><option>千葉</option><option>埼玉</option><option>大阪</option></select></form>`);
      expect(keyOf(filled, '#l')).toBeNull();
    }
    // Control: the same choices under a caption of the user's own prefecture are the prefecture.
    const own = classify(`<form><label>氏名<input id="n" name="name"></label>
      <label>お住まいの都道府県<select id="l" name="pref"><option value="">選択してください</option><option>東京</option><option>神奈川</option><option>千葉</option><option>埼玉</option><option>大阪</option></select></label></form>`);
    expect(keyOf(own, '#l')).toMatch(/Address\.prefecture$/);
    const empty = classify(`<form><table><tr><td>都道府県</td><td><select id="p" name="pref"><option>東京都</option><option>大阪府</option></select></td></tr>
      <tr><td>市区町村</td><td><select id="c" name="cities"><option value="">都道府県を選択してください</option></select></td></tr></table></form>`);
    expect(keyOf(empty, '#c')).toMatch(/Address\.city$/);
  });

  it('お住まいのタイプ asks what kind of home, not where it is', () => {
    const page = (caption: string) =>
      classify(`<form><p>住所 <input id="a" name="address"></p><p>${caption} <select id="t" name="house-type"><option>戸建</option><option>マンション</option></select></p></form>`);
    expect(keyOf(page('お住まいのタイプ'), '#t')).toBeNull();
    expect(keyOf(page('お住まいのタイプ'), '#a')).toMatch(/Address\.full$/);
  });

  it('a sample from a prefecture to a town that is a municipality (例：大阪府島本町...) shows a whole address', () => {
    const page = (sample: string) => classify(`<form><label for="a">ご住所</label><input id="a" name="your-address" placeholder="${sample}"></form>`);
    expect(keyOf(page('例：大阪府島本町...'), '#a')).toMatch(/Address\.full$/);
    expect(keyOf(page('例：大阪府大阪市...'), '#a')).toMatch(/Address\.full$/);
    // Control: a town with no prefecture before it is a town, not the municipality.
    expect(keyOf(page('例：島本町山崎1-2'), '#a')).not.toMatch(/Address\.full$/);
  });

  it('個人／法人 and 会社名（個人の方は不要） serve private persons too: the address that follows is the user\'s', () => {
    const page = (company: string) =>
      classify(`<form><table><tr><th>${company} [必須]</th><td><input type="text" id="c" name="company" required></td></tr>
        <tr><th>氏名 [必須]</th><td><input id="n" name="name"></td></tr>
        <tr><th>郵便番号</th><td><input id="z" name="user_zip"></td></tr>
        <tr><th>住所</th><td><input id="a" name="user_address1"></td></tr></table></form>`);
    expect(keyOf(page('会社名（個人の方は不要）'), '#z')).toMatch(/Address\.postalCode$/);
    // Control: a company's name the form requires makes the address the company's.
    expect(keyOf(page('会社名'), '#z')).toBeNull();
  });
});

describe('parts a postal lookup declared in the markup writes', () => {
  const rows = (zip: string) => `<form><p>郵便番号 ${zip}</p>
    <p>都道府県 <select name="都道府県"><option>東京都</option><option>大阪府</option></select></p>
    <p><span>市区町村</span> <input id="c" type="text" name="市区町村"></p>
    <p><span>丁目番地</span> <input id="b" type="text" name="丁目番地"></p></form>`;

  it('data-address="都道府県,市区町村,市区町村": the lookup writes the city and the town into 市区町村', () => {
    const fields = classify(rows('<input type="text" name="郵便番号" data-address="都道府県,市区町村,市区町村">'));
    expect(keyOf(fields, '#c')).toMatch(/Address\.cityTown$/);
    expect(keyOf(fields, '#b')).toMatch(/Address\.block$/);
    // Control: with the town its own box in the lookup, 市区町村 is the city.
    const apart = classify(rows('<input type="text" name="郵便番号" data-address="都道府県,市区町村,丁目番地">'));
    expect(keyOf(apart, '#c')).toMatch(/Address\.city$/);
  });

  it('AjaxZip3.zip2addr(zip, \'\', pref, addr) and AjaxZip2.zip2addr(zip, pref, addr, null, addr) write the city and the town into addr', () => {
    const page = (handler: string) =>
      classify(`<form><p>〒 <input name="zip" onkeyup="${handler}"></p><p>都道府県 <input id="p" name="pref"></p>
        <p>住所1 <input id="a" name="addr"></p><p>住所2 <input id="s" name="addr2"></p></form>`);
    for (const handler of ["AjaxZip3.zip2addr(this,'','pref','addr')", "AjaxZip2.zip2addr(this,'pref','addr',null,'addr')"]) {
      const fields = page(handler);
      expect(keyOf(fields, '#p')).toMatch(/Address\.prefecture$/);
      expect(keyOf(fields, '#a')).toMatch(/Address\.cityTown$/);
    }
    // Control: a street box of its own takes the town, and addr the city alone.
    const street = page("AjaxZip3.zip2addr(this,'','pref','addr','addr2')");
    expect(keyOf(street, '#a')).toMatch(/Address\.city$/);
    // …and, with no box after it, the rest the user types on.
    expect(keyOf(street, '#s')).toMatch(/Address\.afterCity$/);
  });

  it('a lookup called from an inline script (AjaxZip3, jpostal) declares the same', () => {
    const page = (script: string) =>
      classify(`<form><p>〒 <input id="zip" name="zip"></p><p>都道府県 <input id="pref" name="pref"></p>
        <p>市区町村 <input id="city" name="city"></p><p>町名・番地 <input id="street" name="street"></p></form><script>${script}</script>`);
    for (const script of ["$('#zip').keyup(function(){ AjaxZip3.zip2addr(this,'','pref','city'); });", "$('#zip').jpostal({ postcode: ['#zip'], address: { '#pref': '%3', '#city': '%4%5' } });"]) {
      expect(keyOf(page(script), '#city')).toMatch(/Address\.cityTown$/);
    }
    const link = classify(`<form><p>〒 <input id="zip" name="zip"> <a href="javascript:AjaxZip3.zip2addr('zip','','pref','city');">住所検索</a></p>
      <p>都道府県 <input id="pref" name="pref"></p><p>市区町村 <input id="city" name="city"></p><p>町名・番地 <input id="street" name="street"></p></form>`);
    expect(keyOf(link, '#city')).toMatch(/Address\.cityTown$/);
    // Control: a lookup that writes the town into a box of its own leaves 市区町村 the city.
    expect(keyOf(page("$('#zip').jpostal({ address: { '#pref': '%3', '#city': '%4', '#street': '%5' } });"), '#city')).toMatch(/Address\.city$/);
  });
});

describe('boxes that show a value or name someone else\'s', () => {
  it('a disabled box the page filled (the verified e-mail) asks for nothing', () => {
    const page = (attrs: string) => classify(`<form><label>お名前<input id="n" name="name"></label><label>メールアドレス<input id="e" type="email" ${attrs}></label></form>`);
    expect(keyOf(page('value="taro@example.jp" disabled'), '#e')).toBeNull();
    // Control: an empty disabled box (the postal lookup fills it later) and an open box still take the e-mail.
    expect(keyOf(page('disabled'), '#e')).toBe('email');
    expect(keyOf(page('value=""'), '#e')).toBe('email');
  });

  it('a funeral\'s details (葬儀情報, 御家名), a transfer\'s name (振込名義人) and a placard\'s name (お名札) are no profile values', () => {
    const page = (heading: string) =>
      classify(`<form><section><h2>${heading}</h2><label>御家名（例：山田）<input id="f" name="familyName"></label></section>
        <section><h2>ご注文者情報</h2><label>お名前<input id="n" name="contactName"></label>
        <label>振込名義人（カタカナ）<input id="t" name="transferName"></label>
        <label>お名札に記載するお名前をご記入ください。<textarea id="p" name="placardName"></textarea></label></section></form>`);
    const funeral = page('葬儀情報');
    expect(keyOf(funeral, '#f')).toBeNull();
    expect(keyOf(funeral, '#t')).toBeNull();
    expect(keyOf(funeral, '#p')).toBeNull();
    expect(keyOf(funeral, '#n')).toBe('name.full');
  });
});

