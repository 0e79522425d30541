// @vitest-environment happy-dom
// Words that say something else than they seem to: a note asking the reader to check a setting, a
// sample's bracketed note, a number plate written like a place, a free-text box mentioning a phone,
// an insurance period's start, and a page registering an addressee.
import { describe, expect, it } from 'vitest';
import { classifyByHand as classify, keyOf } from './classify-markup';

describe('notes and samples', () => {
  it('…着信拒否設定になっていないかご確認下さい under メールアドレス asks to check a setting, not to type the address again', () => {
    const page = (note: string) =>
      classify(`<form><p>※お名前<br><input name="name"></p>
        <p>※メールアドレス<br><span>・PCメールを推奨致します。<br>・${note}</span><br><input id="e" type="text" name="email"></p></form>`);
    expect(keyOf(page('PCからのメールが着信拒否設定になっていないかご確認下さい'), '#e')).toBe('email');
    // Control: 確認のため再度入力 is the address typed again.
    expect(keyOf(page('確認のため再度入力してください'), '#e')).toBe('emailConfirm');
  });

  it('a sample\'s bracketed note on what may be left out (市区町村まででも可) is no part of the address', () => {
    const page = (sample: string) =>
      classify(`<form><div><label>お名前</label><input name="n"></div>
        <div><label>ご住所<span>必須</span></label><input id="a" type="text" placeholder="${sample}"></div>
        <div><label>電話番号</label><input name="t" type="tel"></div></form>`);
    expect(keyOf(page('東京都渋谷区（市区町村まででも可）'), '#a')).toBe('oldAddress.full');
    // Control: words in brackets that are a place stay part of the sample (a town after the city).
    expect(keyOf(page('東京都渋谷区（神南）'), '#a')).not.toBe('oldAddress.full');
  });

  it('a number plate (品川300あ12-34) is no address, whatever the box is called', () => {
    const page = (sample: string) =>
      classify(`<form><p>お名前<input name="name"></p><p>ご住所<input name="address"></p>
        <p>ナンバー<input id="p" name="plate" placeholder="例: ${sample}"></p></form>`);
    expect(keyOf(page('静岡 300 あ 12-34'), '#p')).toBeNull();
    // Control: a sample address under the same caption is read as one.
    expect(keyOf(page('静岡市葵区追手町9-6'), '#p')).not.toBeNull();
  });
});

describe('free text and dates of something else', () => {
  it('a free-text box whose hint mentions a phone (電話予約や店頭受付時の補足) takes no phone', () => {
    const page = (box: string) => classify(`<form><label>お名前<input name="name"></label><label>メモ${box}</label></form>`);
    expect(keyOf(page('<textarea id="m" name="memo" placeholder="電話予約や店頭受付時の補足を記録できます。"></textarea>'), '#m')).toBeNull();
    // Control: a one-line box with the same hint is read as a phone.
    expect(keyOf(page('<input id="m" name="memo" placeholder="電話予約や店頭受付時の補足を記録できます。">'), '#m')).toBe('phone');
  });

  it('保険期間開始日 and 始期日 are an insurance\'s dates, not the start of a service at the new home', () => {
    const page = (caption: string) => classify(`<form><p>お名前<input name="name"></p><p>${caption}<input id="d" name="startDate" type="date"></p></form>`);
    expect(keyOf(page('保険期間開始日'), '#d')).toBeNull();
    expect(keyOf(page('保険始期日'), '#d')).toBeNull();
    // Control: 使用開始日 is the start of the service.
    expect(keyOf(page('使用開始日'), '#d')).toBe('move.startDate');
  });
});

describe('addressees', () => {
  it('a page titled 宛先情報登録 registers an addressee: its name, phone and address are not the user\'s', () => {
    const body = `<form><span>姓</span><input id="f" name="familyName"><span>名</span><input name="firstName">
      <span>電話番号</span><input id="t" name="telNumber"><span>住所</span><input id="a" name="userAddress"></form>`;
    const addressee = classify(body, '宛先情報登録');
    expect(keyOf(addressee, '#f')).toBeNull();
    expect(keyOf(addressee, '#t')).toBeNull();
    expect(keyOf(addressee, '#a')).toBeNull();
    // Control: a page titled 会員情報登録 asks the member's own.
    const own = classify(body, '会員情報登録');
    expect(keyOf(own, '#f')).toBe('name.family');
    expect(keyOf(own, '#a')).toMatch(/^oldAddress\./);
    // Control: お問い合わせ宛先 over a block is where a message goes, not an addressee.
    const enquiry = classify(`<form><h2>お問い合わせ宛先</h2><p>お名前<input id="n" name="name"></p><p>住所<input name="address"></p></form>`);
    expect(keyOf(enquiry, '#n')).toBe('name.full');
  });
});

describe('the other party', () => {
  it('相手方情報 (spaced out or not) heads the other party of an accident or a contract, not the user', () => {
    const page = (heading: string) =>
      classify(`<form><div><p><span>保険加入者情報</span></p><div><label for="a">担当者氏名</label><input id="a" name="a"></div>
        <div><label for="p">電話番号</label><input id="p" name="p" type="tel"></div></div>
        <div><p><span>${heading}</span></p><div><label for="u">氏名</label><input id="u" name="user"></div>
        <div><label for="p2">電話番号</label><input id="p2" name="p2" type="tel"></div></div></form>`);
    for (const heading of ['相手方情報', '相 手 方 情 報']) {
      const fields = page(heading);
      expect(keyOf(fields, '#a')).toBe('name.full');
      expect(keyOf(fields, '#u')).toBeNull();
      expect(keyOf(fields, '#p2')).toBeNull();
    }
    // Control: a heading of nobody's leaves the second name and phone keyed (as asked twice).
    expect(keyOf(page('詳細情報'), '#p2')).not.toBeNull();
  });
});

describe('areas served', () => {
  it('案内可能エリア over a list of prefectures asks where one can work, not where one lives', () => {
    const prefs = ['北海道', '青森県', '岩手県', '東京都', '大阪府', '沖縄県'].map((p) => `<option>${p}</option>`).join('');
    const page = (caption: string) =>
      classify(`<form><table><tr><th>お名前</th><td><input name="name"></td></tr>
        <tr><th>${caption}</th><td><select id="s" name="s4lu"><option value="">----</option>${prefs}</select></td></tr></table></form>`);
    expect(keyOf(page('案内可能エリア'), '#s')).toBeNull();
    expect(keyOf(page('対応可能な地域'), '#s')).toBeNull();
    // Control: お住まいの都道府県 is the user's prefecture.
    expect(keyOf(page('お住まいの都道府県'), '#s')).toBe('oldAddress.prefecture');
  });
});

describe('words of a kind', () => {
  it('自宅番号 is the home phone, beside a mobile', () => {
    const page = (caption: string) =>
      classify(`<form><table><tr><th>お名前</th><td><input name="your-name"></td></tr><tr><th>携帯電話</th><td><input id="m" name="tel-1"></td></tr>
        <tr><th>${caption}</th><td><input id="h" name="text_30511"><br>※ハイフンは不要です。</td></tr></table></form>`);
    expect(keyOf(page('自宅番号'), '#h')).toBe('phoneAlt');
    expect(keyOf(page('自宅番号'), '#m')).toBe('phone');
    // Control: FAX番号 is no phone of the user's.
    expect(keyOf(page('FAX番号'), '#h')).toBeNull();
  });

  it('ご利用のメールアプリ names the program that reads the mail, not the address', () => {
    const page = (caption: string, sample: string) =>
      classify(`<form><label>ご登録のメールアドレス</label><input id="e" name="email" type="email"><label>${caption}</label><input id="d" name="deviceInfo" placeholder="${sample}"></form>`);
    expect(keyOf(page('ご利用のメールアプリ', 'iPhoneのメールアプリ、Gmailなど'), '#d')).toBeNull();
    expect(keyOf(page('ご利用のメールアプリ', 'iPhoneのメールアプリ、Gmailなど'), '#e')).toBe('email');
    // Control: a second メールアドレス box asks the address again.
    expect(keyOf(page('メールアドレス（確認用）', 'example@gmail.com'), '#d')).toBe('emailConfirm');
  });

  it('[@以前を入力] @ [@以降を入力] under メールアドレス: two halves the profile keeps whole, whatever the boxes are named', () => {
    const page = (between: string) =>
      classify(`<form><p><label for="n">お名前</label><input id="n" name="f2" type="text"></p>
        <p><label for="f14">メールアドレス</label><input id="f14" name="f14" type="text" placeholder="@以前を入力"> ${between} <input id="f15" name="f15" type="text" placeholder="@以降を入力"></p></form>`);
    expect(keyOf(page('@'), '#f14')).toBeNull();
    // Control: the same boxes apart, with other words between, leave the first the address.
    expect(keyOf(page('または'), '#f14')).toBe('email');
  });

  it('性 [山田] beside 名 [太郎] is 姓 mistyped; 性 over radios of 男/女 is the sex', () => {
    const fields = classify(`<form><label for="a">性</label><input id="a" name="q1" placeholder="山田"><label for="b">名</label><input id="b" name="q2" placeholder="太郎">
      <p>性 <label><input type="radio" name="q3" id="m" value="1">男</label><label><input type="radio" name="q3" value="2">女</label></p></form>`);
    expect(keyOf(fields, '#a')).toBe('name.family');
    expect(keyOf(fields, '#b')).toBe('name.given');
    // Control: the radios under the same word ask the sex.
    expect(keyOf(fields, '#m')).toBe('gender');
  });

  it('エリア・店舗 [region ▾] picks a shop of the firm, not the user\'s prefecture', () => {
    const prefs = ['北海道', '青森県', '東京都', '大阪府'].map((p) => `<option>${p}</option>`).join('');
    const page = (caption: string) =>
      classify(`<form><div><label for="n">氏名</label><input id="n" name="name"></div><div><label for="regionSelect">${caption}</label><select id="regionSelect" name="region"><option value="">選択</option>${prefs}</select></div></form>`);
    expect(keyOf(page('エリア・店舗'), '#regionSelect')).toBeNull();
    // Control: under 都道府県 the same list is the prefecture.
    expect(keyOf(page('都道府県'), '#regionSelect')).toBe('oldAddress.prefecture');
  });

  it('partner_name_one, companion_name: a companion\'s boxes by their names alone', () => {
    const page = (name: string) =>
      classify(`<form><div><label for="n">お名前</label><input id="n" name="name"></div><div><input id="p" name="${name}" placeholder="佐藤太郎"></div></form>`);
    expect(keyOf(page('partner_name_one'), '#p')).toBeNull();
    expect(keyOf(page('companion_name'), '#p')).toBeNull();
    // Control: the guest's own name box by name alone is a name.
    expect(keyOf(page('guest_name'), '#p')).not.toBeNull();
  });

  it('a placeholder メーカー (a loanword ending in ー) is no name\'s reading', () => {
    const page = (sample: string) =>
      classify(`<form><p>お名前<input name="name"></p><p>電話番号<input name="tel" type="tel"></p>
        <div class="u-font--20">車両情報</div><div><div class="l-grid--col2"><div><input id="m" name="q9" placeholder="${sample}"></div><div><input name="q10" placeholder="車種"></div></div></div></form>`);
    expect(keyOf(page('メーカー'), '#m')).toBeNull();
    // Control: ヤマダ タロウ is a reading.
    expect(keyOf(page('ヤマダ タロウ'), '#m')).not.toBeNull();
  });

  it('他業者名 and 事業者名 name a firm, not a person', () => {
    const page = (caption: string) =>
      classify(`<form><table><tr><th>お名前</th><td><input id="n" name="your-name"></td></tr><tr><th>${caption}</th><td><input id="o" name="other"></td></tr></table></form>`);
    expect(keyOf(page('現在利用中の他業者名'), '#o')).toBeNull();
    expect(keyOf(page('事業者名'), '#o')).toBeNull();
    expect(keyOf(page('事業者名'), '#n')).toBe('name.full');
    // Control: a second お名前 is still a name (asked twice).
    expect(keyOf(page('お名前（確認）'), '#o')).not.toBeNull();
  });

  it('※部屋番号が記入されているかご確認ください under 番地・マンション名 asks for the room in that box, not for the room alone', () => {
    const page = (caption: string) =>
      classify(`<form><dl><dt>郵便番号</dt><dd><input name="zip"></dd><dt>住所</dt><dd><input name="addr01"></dd>
        <dt>${caption}</dt><dd><input id="b" name="addr02"><p>※部屋番号が記入されているかをご確認ください。記入がないとお届けできないことがあります。</p></dd></dl></form>`);
    expect(keyOf(page('番地・マンション名'), '#b')).toBe('oldAddress.blockBuilding');
    // Control: a box captioned 部屋番号 takes the room alone.
    expect(keyOf(page('部屋番号'), '#b')).toBe('oldAddress.room');
  });
});

describe('sections about someone else', () => {
  it('現住所 under 故人様について is the deceased\'s, not the user\'s current home', () => {
    const page = (heading: string) =>
      classify(`<form><h3>${heading}</h3><label>氏名</label><input id="n" name="name"><label>現住所</label><input id="a" name="address" placeholder="例: 神奈川県茅ヶ崎市矢畑682-10">
        <h3>申込者について</h3><label>申込者氏名</label><input id="u" name="applicant"><label>電話番号</label><input name="tel" type="tel"></form>`);
    expect(keyOf(page('故人様について'), '#a')).toBeNull();
    expect(keyOf(page('故人様について'), '#u')).toBe('name.full');
    // Control: 現住所 under a heading of nobody's is the user's address.
    expect(keyOf(page('基本情報'), '#a')).toBe('oldAddress.full');
  });

  it('菩提寺 and 喪主様氏名 are a temple\'s and the chief mourner\'s, not the applicant\'s', () => {
    const page = (heading: string, mourner: string) =>
      classify(`<form><h3>申込者・喪主様について</h3><label>申込者氏名</label><input id="u" name="applicantName">
        <label>${mourner}</label><input id="m" name="chiefMournerName"><label>携帯番号</label><input id="t" name="mobile">
        <h3>${heading}</h3><label>名称</label><input id="tn" name="templeName"><label>電話</label><input id="tp" name="templePhone"></form>`);
    const fields = page('宗教・寺院について', '喪主様氏名');
    expect(keyOf(fields, '#u')).toBe('name.full');
    expect(keyOf(fields, '#m')).toBeNull();
    expect(keyOf(fields, '#t')).toBe('phone');
    expect(keyOf(fields, '#tp')).toBeNull();
    // Control: under a heading of nobody's, a second phone is the user's alternative.
    expect(keyOf(page('その他', '喪主様氏名'), '#tp')).not.toBeNull();
  });
});

describe('hints for several cases', () => {
  it('a hint for each case (お乗り換えの場合は… / お引越しの場合は転居先の…) names the side of one case only', () => {
    const page = (hint: string) =>
      classify(`<form><div>ご契約者様情報</div><div><div>お名前</div><input name="name"></div>
        <div><div>供給地点特定番号</div><div><input id="s" maxlength="22" name="number_s" type="text"><div class="supplement">${hint}</div></div></div></form>`);
    expect(keyOf(page('他社よりお乗り換えの場合は検針票に記載のある22桁の番号を入力してください。<br>お引越しの場合は転居先の供給地点特定番号を入力してください。'), '#s')).toBe('provider.supplyPointId');
    // Control: a hint for the move alone asks the new home's number, which nobody knows yet.
    expect(keyOf(page('お引越しの場合は転居先の供給地点特定番号を入力してください。'), '#s')).toBeNull();
  });
});

describe('captions and names around the box', () => {
  it('<p>※郵便番号</p>, empty error slots, then <div>[ ] - [ ]</div>: the paragraph captions the joined boxes', () => {
    const page = (caption: string) =>
      classify(`<form><p>※お名前<br><input type="text" name="q1"></p><p>${caption}</p><label id="e1"></label><label id="e2"></label>
        <div style="text-align: left"><input id="z1" type="text" name="q2"> - <input id="z2" type="text" name="q3"></div>
        <p>※ご住所<br><input type="text" name="q4"></p></form>`);
    expect(keyOf(page('※郵便番号'), '#z1')).toBe('oldAddress.postalCode#1');
    expect(keyOf(page('※郵便番号'), '#z2')).toBe('oldAddress.postalCode#2');
    // Control: a paragraph of instructions captions nothing.
    expect(keyOf(page('※半角数字でご入力ください。'), '#z1')).not.toMatch(/postalCode/);
  });

  it('family_composition and family-concerns ask about the family, not for a family name', () => {
    const page = (name: string) => classify(`<form><label>氏名</label><input name="name"><label>その他</label><input id="f" name="${name}"></form>`);
    expect(keyOf(page('family_composition'), '#f')).toBeNull();
    expect(keyOf(page('family-concerns'), '#f')).toBeNull();
    // Control: family_name is the family name.
    expect(keyOf(page('family_name'), '#f')).not.toBeNull();
  });

  it('autocomplete="name" on id="family-name" under お名前 asks for the whole name', () => {
    const page = (autocomplete: string) =>
      classify(`<form><label for="family-name">お名前</label><input id="family-name" name="family-name" autocomplete="${autocomplete}"><label for="m">メールアドレス</label><input id="m" name="family-email" type="email"></form>`);
    expect(keyOf(page('name'), '#family-name')).toBe('name.full');
    // Control: autocomplete="family-name" asks for the family name.
    expect(keyOf(page('family-name'), '#family-name')).toBe('name.family');
  });

  it('お連れ様のお名前 are the names of the guest\'s companions, not the guest\'s', () => {
    const page = (caption: string) =>
      classify(`<form><div class="form-group"><label for="n">お名前</label><div><input id="n" name="name"></div></div>
        <div class="form-group"><label for="name">${caption}</label><div><input id="p1" name="name_one" placeholder="佐藤太郎"><input id="p2" name="name_two" placeholder="佐藤花子"></div></div></form>`);
    expect(keyOf(page('お連れ様のお名前(漢字)'), '#p1')).toBeNull();
    expect(keyOf(page('お連れ様のお名前(漢字)'), '#n')).toBe('name.full');
    // Control: under a caption of nobody's, the boxes are names.
    expect(keyOf(page('お名前(漢字)'), '#p1')).not.toBeNull();
  });
});

describe('boxes under one 住所 caption', () => {
  it('住所 〒[ ] [選択してください▾] [ ] [ ]: the list is the prefecture, then the rest and the building', () => {
    const page = (list: string) =>
      classify(`<form><table><tr><th>お名前</th><td><input name="q1"></td></tr>
        <tr><th>住所</th><td>〒<input id="z" type="text" name="q2" class="zip"><br>${list}<br><input id="a1" type="text" name="q4"><br><input id="a2" type="text" name="q5"></td></tr>
        <tr><th>電話番号</th><td><input name="q6"></td></tr></table></form>`);
    const fields = page('<select id="p" name="q3"><option>選択してください</option></select>');
    expect(keyOf(fields, '#p')).toBe('oldAddress.prefecture');
    expect(keyOf(fields, '#a1')).toBe('oldAddress.line1');
    expect(keyOf(fields, '#a2')).toBe('oldAddress.building');
    // Control: with a text box in the list's place, three boxes under 住所 stay unsplit.
    expect(keyOf(page('<input id="p" type="text" name="q3">'), '#p')).toBeNull();
  });
});

describe('component-library markup', () => {
  const box = (id: string, max: number, legend: string) =>
    `<div class="MuiGrid-item"><div class="MuiFormControl-root"><div class="MuiInputBase-root"><input id="${id}" maxlength="${max}" inputmode="numeric" type="text"><fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span class="notranslate">${legend}</span></legend></fieldset></div></div></div>`;
  const page = (legend: string, sep = '-') =>
    classify(`<form><div class="MuiGrid-container"><div class="MuiGrid-item"><h6>氏名</h6></div>
      <div class="MuiGrid-item"><div class="MuiFormControl-root"><label for="n">お名前</label><div class="MuiInputBase-root"><input id="n" type="text"></div></div></div>
      <div class="MuiGrid-item"><h6>電話番号（半角数字）</h6><div class="MuiGrid-container">${box('t1', 3, legend)}<div class="MuiGrid-item">${sep}</div>${box('t2', 4, legend)}<div class="MuiGrid-item">${sep}</div>${box('t3', 4, legend)}</div></div></div></form>`);

  it('<h6>電話番号</h6> over boxes each four wrappers deep, joined by hyphens past zero-width legends: one phone in three parts', () => {
    const fields = page('&#8203;');
    expect(keyOf(fields, '#t1')).toBe('phone#1');
    expect(keyOf(fields, '#t2')).toBe('phone#2');
    expect(keyOf(fields, '#t3')).toBe('phone#3');
    expect(keyOf(fields, '#n')).toBe('name.full');
    // Control: words between the boxes (内線) make the second box something else than the next part.
    expect(keyOf(page('&#8203;', '内線'), '#t2')).not.toBe('phone#2');
  });
});
