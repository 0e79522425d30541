// @vitest-environment happy-dom
// Where a section ends (a heading of the same look), whose a block is (a pupil's own name, the one a
// guardian signs up, a business's premises, a recipient offered against the customer's details), what
// a sample or a box's markup says of its parts (a town in a city box's sample, a postal lookup's
// classes, a short list of prefectures), and words that look like something they are not (hotel, オス/メス, 引越前後).
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

const HEADING = 'border-left: 4px solid #00B900; padding-left: 10px;';

describe('sections and people', () => {
  it('a line styled like the heading above ends that heading\'s person (2人目の情報 … 連絡先・その他)', () => {
    const page = (nextStyle: string) =>
      classify(`<form><div style="${HEADING}">基本情報（1人目）</div>
        <label>お名前:<input id="n1" name="name"></label>
        <div style="${HEADING}">2人目の情報（任意）</div>
        <label>お名前（2人目）:<input id="n2" name="name2"></label>
        <div style="${nextStyle}">連絡先・その他</div>
        <label>メールアドレス:<input id="e" name="email" type="email"></label>
        <label>電話番号:<input id="t" name="phone" type="tel"></label></form>`);
    const fields = page(HEADING);
    expect(keyOf(fields, '#e')).toBe('email');
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(keyOf(fields, '#n2')).toMatch(/^household\[0\]/);
    // Control: a line of another look is no heading of that rank; the second person's section goes on.
    expect(keyOf(page('font-size: 12px;'), '#e')).toBeNull();
  });

  it('生徒ご本人の氏名 names the pupil, not the user; the guardian asked after is the user', () => {
    const page = (caption: string) =>
      classify(`<form><p>${caption}<input id="s1" name="studentLastName" placeholder="姓"><input id="s2" name="studentFirstName" placeholder="名"></p>
        <p>保護者様の氏名<input id="p1" name="parentLastName" placeholder="姓"><input id="p2" name="parentFirstName" placeholder="名"></p></form>`);
    const pupil = page('生徒ご本人の氏名');
    expect(keyOf(pupil, '#s1')).toBeNull();
    expect(keyOf(pupil, '#p1')).toBe('name.family');
    expect(keyOf(pupil, '#p2')).toBe('name.given');
    // Control: ご本人の氏名 alone is the user's own name.
    expect(keyOf(page('ご本人の氏名'), '#s1')).toBe('name.family');
  });

  it('after a guardian\'s block, a block headed by the one taking part (参加者基本情報) is the child\'s', () => {
    const page = (second: string) =>
      classify(`<form><h3>保護者情報</h3><p>氏名<input id="g" name="parentName"></p><p>メールアドレス<input id="e" name="parentEmail" type="email"></p>
        <h3>${second}</h3><p>氏名<input id="c" name="name"></p><p>生年月日<input id="b" name="birthdate" type="date"></p></form>`);
    const child = page('参加者基本情報');
    expect(keyOf(child, '#g')).toBe('name.full');
    expect(keyOf(child, '#c')).toBeNull();
    expect(keyOf(child, '#b')).toBeNull();
    // Control: a second block headed by nobody in particular is not set apart.
    expect(keyOf(page('その他の情報'), '#b')).toBe('birthDate');
  });

  it('家族構成 over a name, its reading and a relation asked again and again: one household member per name', () => {
    const row = (n: number) => `<div><label for="n${n}">氏名：</label><input id="n${n}" name="member_name${n}"></div>
      <div><label for="k${n}">フリガナ：</label><input id="k${n}" name="member_kana${n}"></div>
      <div><label for="r${n}">続柄：</label><input id="r${n}" name="member_relation${n}"></div>`;
    const page = (heading: string) => classify(`<form><div><label>氏名</label><input id="me" name="name"></div><h2>${heading}</h2>${row(1)}${row(2)}${row(3)}</form>`);
    const family = page('家族構成');
    expect(keyOf(family, '#me')).toBe('name.full');
    expect(keyOf(family, '#n1')).toBe('household[0].name.full');
    expect(keyOf(family, '#k2')).toBe('household[1].name.fullKana');
    expect(keyOf(family, '#r3')).toBe('household[2].relationship');
    // Control: a heading of nobody's leaves the rows without a person.
    expect(keyOf(page('その他'), '#n2')).not.toMatch(/^household/);
    // Control: 我が家の家族構成 over the whole form, the user's own name included, is a title.
    const titled = classify(`<form><h2>我が家の家族構成その1</h2><div><label for="me">お名前</label><input id="me" name="q1"></div>
      <div><label for="b">生年月日</label><input id="b" name="q2" type="date"></div></form>`);
    expect(keyOf(titled, '#me')).toBe('name.full');
    expect(keyOf(titled, '#b')).toBe('birthDate');
  });

  it('a select of a household\'s make-up (配偶者あり・子供あり) names no relation', () => {
    const page = (options: string[]) =>
      classify(`<form><h3>同居家族</h3><p>氏名<input id="n" name="q1"></p><p>家族構成<select id="f" name="family_code"><option>=選択して下さい=</option>${options.map((o) => `<option>${o}</option>`).join('')}</select></p></form>`);
    expect(keyOf(page(['配偶者あり・子供あり', '配偶者あり・子供なし', '配偶者なし・子供あり', '配偶者なし・子供なし']), '#f')).toBeNull();
    // Control: a select of relations is one.
    expect(keyOf(page(['配偶者', '子', '父', '母']), '#f')).toBe('household[0].relationship');
  });

  it('申込代表者名 is the applicant as the group\'s representative: the user', () => {
    const page = (caption: string) => classify(`<form><dl><dt>${caption}</dt><dd><input id="k" name="apply[kana_name]"></dd></dl></form>`);
    expect(keyOf(page('申込代表者名（カナ氏名）'), '#k')).toBe('name.fullKana');
    // Control: a bare 代表者 is someone else (a company's head, a group's representative).
    expect(keyOf(page('代表者名（カナ氏名）'), '#k')).toBeNull();
  });

  it('a block offered against お客様情報と同じ is a recipient\'s, not the customer\'s', () => {
    const page = (same: string) =>
      classify(`<style>.optionDetail { display: none; }</style><form>
        <dl><dt>【送付先】</dt><dd><label><input type="radio" name="delivery" value="1">別住所</label><label><input type="radio" name="delivery" value="2" checked>${same}</label></dd></dl>
        <div id="delivery" class="optionDetail"><dl><dt>（送付先）お名前</dt><dd><input id="dn" name="delivery_name"></dd></dl>
        <dl><dt>（送付先）お電話番号</dt><dd><input id="dt" name="delivery_phone"></dd></dl></div>
        <h3>お客様情報</h3><dl><dt>お名前</dt><dd><input id="n" name="name"></dd></dl><dl><dt>お電話番号</dt><dd><input id="t" name="phone"></dd></dl></form>`);
    const fields = page('お客様情報と同じ');
    expect(keyOf(fields, '#dn')).toBeNull();
    expect(keyOf(fields, '#dt')).toBeNull();
    expect(keyOf(fields, '#n')).toBe('name.full');
    // Control: a switch that sets nobody apart leaves the opened block to its own words.
    expect(keyOf(page('指定しない'), '#dn')).toBe('name.full');
  });

  it('a heading over a grid of labelled boxes heads them all: 会社名・屋号 after the buyer\'s name opens no company block', () => {
    const page = (first: string, second: string) =>
      classify(`<form><h2>ご購入者情報</h2><div class="form-grid"><label>${first}</label><label>${second}</label>
        <label>郵便番号<input id="z" name="customer_zip"></label><label>TEL<input id="t" name="customer_tel"></label></div></form>`);
    const buyer = page('お名前<input id="n" name="customer_name">', '会社名・屋号<input id="o" name="customer_shop">');
    expect(keyOf(buyer, '#n')).toBe('name.full');
    expect(keyOf(buyer, '#z')).toMatch(/Address\.postalCode$/);
    // Control: with the company's name first, the address that follows is the company's.
    expect(keyOf(page('会社名<input id="o" name="customer_shop" required>', 'お名前<input id="n" name="customer_name">'), '#z')).toBeNull();
  });

  it('所在地 right after an organisation\'s name (会社名・学校名) is where the organisation is', () => {
    const page = (caption: string) =>
      classify(`<form><table><tr><th>氏名</th><td><input id="n" name="q1"></td></tr><tr><th>会社名・学校名</th><td><input id="o" name="q2"></td></tr>
        <tr><th>${caption}</th><td>〒<input id="z" name="q3"></td></tr><tr><th>電話番号</th><td><input id="t" name="q4"></td></tr></table></form>`);
    expect(keyOf(page('所在地'), '#z')).toBeNull();
    expect(keyOf(page('所在地'), '#n')).toBe('name.full');
    // Control: ご住所 after the same box is the writer's own.
    expect(keyOf(page('ご住所'), '#z')).toMatch(/Address\.postalCode$/);
  });

  it('a business\'s premises (事業所等) are no home of the user\'s', () => {
    const page = (heading: string) =>
      classify(`<form><h3>住所（自宅）</h3><p>郵便番号<input id="z1" name="jitakuZip"></p><p>住所<input id="a1" name="jitakuAddress"></p>
        <h3>${heading}</h3><p>郵便番号<input id="z2" name="jigyosyoZip"></p><p>住所<input id="a2" name="jigyosyoAddress"></p></form>`);
    expect(keyOf(page('事業所等'), '#z2')).toBeNull();
    expect(keyOf(page('事業所等'), '#a2')).toBeNull();
    // Control: a heading of no one in particular leaves the second block an address.
    expect(keyOf(page('その他の住所'), '#z2')).toMatch(/Address\.postalCode$/);
  });

  it('a home phone that is the form\'s only number is the phone number', () => {
    const page = (mobile: string) =>
      classify(`<form><p>電話番号<input id="t1" name="jitakuTel1" size="4">-<input id="t2" name="jitakuTel2" size="4">-<input id="t3" name="jitakuTel3" size="4"></p>${mobile}</form>`);
    expect(keyOf(page(''), '#t1')).toBe('phone#1');
    expect(keyOf(page(''), '#t3')).toBe('phone#3');
    // Control: beside a mobile number, the home line is the other one.
    expect(keyOf(page('<p>携帯電話番号<input id="m" name="mobile"></p>'), '#t1')).toBe('phoneAlt#1');
  });
});

describe('what samples and markup say of the parts', () => {
  it('a city box whose sample shows the town takes the town, whatever its autocomplete says', () => {
    const page = (sample: string) =>
      classify(`<form><p>郵便番号<input id="z" name="zip"></p><p><label for="c">お住まいの市区町村</label><input id="c" name="city" autocomplete="address-level2" placeholder="${sample}"></p>
        <p>メールアドレス<input id="e" name="email" type="email"></p></form>`);
    expect(keyOf(page('例：渋谷区道玄坂'), '#c')).toBe('oldAddress.cityTown');
    // Control: a sample that stops at the city leaves the city.
    expect(keyOf(page('例：渋谷区'), '#c')).toBe('oldAddress.city');
  });

  it('yubinbango classes on one box after the postal code: the whole address, though the sample stops at the town', () => {
    const page = (classes: string) =>
      classify(`<form><p>ご住所 〒<input id="z" name="user_postcode" class="p-postal-code" placeholder="321-0345"></p>
        <p><input id="a" name="user_address" class="${classes}" placeholder="栃木県宇都宮市大谷町"></p></form>`);
    expect(keyOf(page('p-region p-locality p-street-address p-extended-address'), '#a')).toBe('oldAddress.full');
    // Control: without the classes, a sample that stops at the town names no run of the profile.
    expect(keyOf(page('wide'), '#a')).toBeNull();
  });

  it('a short list of nothing but prefectures under 住所 is the prefecture', () => {
    const page = (options: string) =>
      classify(`<form><table><tr><th>住所</th><td><select id="p" name="where"><option value="select">都道県を選択</option>${options}</select><br>
        <input id="c" name="city" placeholder="市区町村名"><br><input id="b" name="address" placeholder="番地"></td></tr></table></form>`);
    expect(keyOf(page('<option>北海道</option><option>青森県</option><option>秋田県</option>'), '#p')).toBe('oldAddress.prefecture');
    // Control: a list of other things under 住所 is not.
    expect(keyOf(page('<option>一戸建て</option><option>マンション</option><option>アパート</option>'), '#p')).not.toBe('oldAddress.prefecture');
  });

  it('where names and ids say nothing, a class of the box\'s own (fc_form_zip1, Prefectures, Municipality) names the part', () => {
    const page = (classes: string[]) =>
      classify(`<form><div class="itemRow"><div class="itemTitle">住所</div><div class="itemContent">
        <input id="a" name="q21" class="${classes[0]}">-<input id="b" name="q22" class="${classes[1]}"><br>
        <input id="c" name="q23" class="${classes[2]}"> <input id="d" name="q24" class="${classes[3]}"><br><input id="e" name="q25" class="form-control"></div></div></form>`);
    const named = page(['fc_form_zip1', 'fc_form_zip2', 'Prefectures', 'Municipality']);
    expect(keyOf(named, '#a')).toBe('oldAddress.postalCode#1');
    expect(keyOf(named, '#c')).toBe('oldAddress.prefecture');
    expect(keyOf(named, '#d')).toMatch(/^oldAddress\.city/);
    // Control: a framework's classes on every box name nothing.
    expect(keyOf(page(['form-control', 'form-control', 'form-control', 'form-control']), '#c')).not.toBe('oldAddress.prefecture');
  });

  it('a sample written <例>080-1234-5678 shows a phone number', () => {
    const page = (sample: string) => classify(`<form><p><input id="t" name="pho" placeholder="${sample}"></p></form>`);
    expect(keyOf(page('&lt;例&gt;080-1234-5678'), '#t')).toBe('phone');
    // Control: a placeholder of words says nothing of a phone.
    expect(keyOf(page('&lt;例&gt;ご自由にどうぞ'), '#t')).toBeNull();
  });
});

describe('captions that belong elsewhere', () => {
  it('a dialog opened from a table row is a form of its own: the row\'s 〒 cell captions none of its boxes', () => {
    const page = (wrapper: string) =>
      classify(`<table><tr><td>住所</td><td>〒</td><td><a href="#">編集</a>
        <div ${wrapper}><h6>住所</h6><form><input id="z" name="zip01" maxlength="8"><input id="p" name="pref01"><input id="a" name="addr01" size="60"></form></div>
        </td></tr></table>`);
    const dialog = page('class="modal" role="dialog"');
    expect(keyOf(dialog, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(dialog, '#a')).not.toBe('oldAddress.postalCode');
    // Control: the same boxes right in the row take the row's caption.
    expect(keyOf(page('class="inline"'), '#p')).toBe('oldAddress.postalCode');
  });

  it('a term list inside a table cell captions each of its boxes; the row\'s header heads the list', () => {
    const page = (list: boolean) =>
      classify(`<form><table><tr><th>住所 [必須]</th><td>${list
        ? '<dl><dt>郵便番号</dt><dd>〒<input id="z" name="q1"></dd><dt>都道府県</dt><dd><select id="p" name="q5"><option>都道府県を選択してください</option><option>北海道</option><option>青森県</option></select></dd><dt>市区町村</dt><dd><input id="c" name="q2"></dd><dt>以降住所</dt><dd><input id="r" name="q3"></dd><dt>マンション等</dt><dd><input id="b" name="q4"></dd></dl>'
        : '〒<input id="z" name="q1"><br><input id="c" name="q2"><br><input id="r" name="q3"><br><input id="b" name="q4">'}</td></tr></table></form>`);
    const fields = page(true);
    expect(keyOf(fields, '#c')).toBe('oldAddress.city');
    expect(keyOf(fields, '#r')).toBe('oldAddress.townBlock');
    expect(keyOf(fields, '#b')).toBe('oldAddress.building');
    // Control: without the terms the boxes have only the row's 住所, which names no part.
    expect(keyOf(page(false), '#c')).not.toBe('oldAddress.city');
  });

  it('〒[000]-[0000] followed on the same line by the address box: the pair is the postal code', () => {
    const page = (after: string) =>
      classify(`<form><table><tr><th>住所</th><td>〒 <input id="a" name="q1" size="3" maxlength="3"> - <input id="b" name="q2" size="5" maxlength="4">${after}</td></tr></table></form>`);
    const fields = page('<input id="c" name="q3" placeholder="例）東京都中央区銀座１丁目１−１" size="75">');
    expect(keyOf(fields, '#a')).toBe('oldAddress.postalCode#1');
    expect(keyOf(fields, '#b')).toBe('oldAddress.postalCode#2');
    expect(keyOf(fields, '#c')).toBe('oldAddress.full');
    // Control: a third short box on the line makes three pieces of something else.
    expect(keyOf(page('<input id="c" name="q3" size="4" maxlength="4">'), '#b')).not.toBe('oldAddress.postalCode#2');
  });

  it('郵便番号が入力されると住所が自動表示されます under a box: the box shows the address', () => {
    const page = (note: string) =>
      classify(`<form><p>ご住所</p><p>〒<input id="z" name="zip" placeholder="郵便番号7桁"></p><p><input id="a" name="address"><br>${note}</p></form>`);
    expect(keyOf(page('郵便番号が入力されると住所が自動表示されます。'), '#a')).not.toMatch(/postalCode/);
    expect(keyOf(page('郵便番号が入力されると住所が自動表示されます。'), '#z')).toBe('oldAddress.postalCode');
    // Control: a note asking for the postal code makes the box one.
    expect(keyOf(page('郵便番号をご入力ください'), '#a')).toMatch(/postalCode/);
  });

  it('最寄駅, お住まいの国・地域 and バッジネーム take no profile value', () => {
    const page = (caption: string, name: string, sample = '') =>
      classify(`<form><p>お名前<input id="n" name="name"></p><p>${caption}<input id="x" name="${name}" placeholder="${sample}"></p></form>`);
    expect(keyOf(page('最寄駅もしくは希望のエリア', 'station', '例：恵比寿駅、渋谷区周辺'), '#x')).toBeNull();
    expect(keyOf(page('お住まいの国・地域', 'residence'), '#x')).toBeNull();
    expect(keyOf(page('', 'badge_name', 'バッジネーム'), '#x')).toBeNull();
    // Control: the same kind of box asking where the user lives, or a reading, keeps its key.
    expect(keyOf(page('お住まいの市区町村', 'residence', '例：渋谷区'), '#x')).toMatch(/Address\.city$/);
    expect(keyOf(page('', 'reading', 'ヤマダ タロウ'), '#x')).toBe('name.fullKana');
  });
});

describe('words that look like something else', () => {
  it('hotel_name holds no telephone', () => {
    const page = (name: string) => classify(`<form><p><label for="h">ご宿泊先</label><input id="h" name="${name}" placeholder="○○リゾート＆スパ"></p></form>`);
    expect(keyOf(page('hotel_name'), '#h')).toBeNull();
    // Control: a name with tel in it is a phone.
    expect(keyOf(page('stay_tel'), '#h')).toBe('phone');
  });

  it('オス / メス is an animal\'s sex', () => {
    const page = (a: string, b: string) =>
      classify(`<form><p>性別 <label><input type="radio" id="s1" name="sex" value="${a}">${a}</label><label><input type="radio" name="sex" value="${b}">${b}</label></p></form>`);
    expect(keyOf(page('オス', 'メス'), '#s1')).toBeNull();
    // Control: 男性 / 女性 is the person's gender.
    expect(keyOf(page('男性', '女性'), '#s1')).toBe('gender');
  });

  it('引越前後 names neither home: a service date under it is no move date', () => {
    const page = (heading: string) =>
      classify(`<form><h3>${heading}</h3><p><label><input type="checkbox" name="c1">エアコン清掃</label></p>
        <p>ご希望の日程(第一希望)<input id="d" name="date1" type="date"></p></form>`);
    expect(keyOf(page('内容（マンション引越前後）'), '#d')).toBeNull();
    // Control: a heading naming the home moved out of makes the date the stop.
    expect(keyOf(page('引越し前のお住まい'), '#d')).toBe('move.stopDate');
  });

  it('連絡可能な電話番号 asks for the number; 連絡可能な時間帯 asks when to call', () => {
    const page = (caption: string) => classify(`<form><p>お名前<input id="n" name="q1"></p><p>${caption}<input id="t" name="q2"></p></form>`);
    expect(keyOf(page('お届け時に連絡可能な電話番号'), '#t')).toBe('phone');
    // Control: the time to call is no profile value.
    expect(keyOf(page('連絡可能な時間帯'), '#t')).toBeNull();
  });

  it('苗字と名前の間にスペース under a name box asks for the whole name', () => {
    const page = (note: string) => classify(`<form><label>氏名</label><input id="n" name="applicantName"><p>${note}</p></form>`);
    expect(keyOf(page('※苗字と名前の間にスペースを入れてください'), '#n')).toBe('name.full');
    // Control: a note naming the family name alone asks for it.
    expect(keyOf(page('※苗字のみご記入ください'), '#n')).toBe('name.family');
  });
});
