// Every rule of the classifier, by id. A guess lists the ids of the rules that fired for it
// (`ClassifiedField.rules`, `npm run draft -- --explain PAGE.html`). Caption patterns live beside
// the reader that applies them; this table names them and says what each decides.

export const RULES = {
  // What a caption, a name or the choices of a field say it asks for.
  'caption.postal': '郵便番号 / 〒 / zip: the postal code',
  'caption.address': '住所 and address-part words: which parts of the address',
  'caption.exclusion': '「…を除く」「…以外」「…は不要」 in an address caption: every part after the excluded one',
  'caption.chome-block': 'a 丁目・番地 box beside no 町名 word: the block, with its 丁目',
  'caption.name': '氏名 / 姓 / 名 / フリガナ: name and its part; a bracketed （名）（メイ） qualifier decides the part',
  'caption.phone': '電話 / TEL / 携帯: a phone number',
  'caption.email': 'メールアドレス: an e-mail address (確認 for the confirmation)',
  'caption.date': 'dates by kind: birth, move, stop (解約日, 使用停止日), start (開通希望日, 使用開始日)',
  'date.heading': 'a date captioned only 第1希望日 takes the kind its heading names (引越し希望日時); 第2希望日 is not the move',
  'date.caption-without-kind': 'a date whose visible caption names no kind (ご希望日時) is not the move\'s because its name says start or stop (date_start)',
  'caption.not-move-date': '訪問見積り / 集荷 / お引取り / 配達 希望日: a date that is not the move',
  'caption.customer-number': 'お客様番号 / 契約番号 / 証券番号 / 読者番号: the contract number at the provider',
  'provider.bank-account': 'on a bank\'s own form (its title, h1 or header names a bank) the 口座番号 is the contract number',
  'caption.supply-point': '供給地点特定番号',
  'caption.gender': '性別',
  'caption.relationship': '続柄',
  'caption.takes-nothing': 'captions of values no profile key holds (password, company, comment, floor…)',
  'caption.example': 'an example (例：…) shows which parts an address box takes',
  'caption.login-email': 'a login that takes the e-mail address (会員ID（メールアドレス）, メールアドレスまたはID, ログイン情報 over a box whose sample is an address): the e-mail address',
  'identifier.name': 'the field\'s own name or id (zip01, tel2, addr1)',
  'autocomplete': 'the autocomplete attribute',
  'input.type': 'the input type (email, tel, date)',
  'options.kind': 'the choices say what the field is (47 prefectures, eras, months, 男/女)',
  'options.date-part': 'a select whose choices are months or days is that part, whatever unit is printed beside it',
  'options.contradict': 'the choices of a select contradict the guess (prices, time slots, phone kinds): no key',
  'caption.own-first': 'a field\'s own label, placeholder or name wins over a neighbouring row\'s caption',
  // Whose value it is.
  'person.heading': 'a heading or caption names the person (届出人, 同居家族 2, 転居者 2人目)',
  'person.excluding-heading': 'rows under 「届出人以外」「一緒に転出する方」「（ご本人の記入は不要）」 are household members counted from 0',
  'person.other-party': 'a block of someone else (勤務先, お届け先, 緊急連絡先, 立会いの方): no key',
  'person.property': 'a property to sell or let (物件の所在地) on a form that also asks where the user lives (お住まい): no key',
  'person.abroad': 'an address abroad (海外住所, overseas_city): the profile holds a Japanese one, no key',
  'person.name-of-next-row': 'a name asked again right before a row about someone else (お子様の生年月日) is that person\'s: no key',
  'person.after-other-name': 'after someone else\'s name, the phone, e-mail and address the user already gave are asked for that person: no key',
  'person.card-holder': 'a name right before a card number is the card holder\'s',
  // Old or new home.
  'side.caption': 'the field\'s own caption or name names the side (新住所, 旧住所)',
  'side.section': 'a heading above the block names the side (お引越し先, ご新居, 現在のお住まい, 設置先)',
  'side.page-heading': 'the page or the current step is about the new address (新しいご住所の入力, STEP2 新住所, お引越し先の登録)',
  'side.shown-current': 'the current address is shown as text and one block asks for an address: the new one',
  'side.other-block': 'the other block of the form names a side: this one is the other',
  'side.pickup-delivery': '集荷元 and お届け先 on one form are the two ends of a move: お届け先 is the new home, not someone else',
  'side.move-date-beside': 'an address block in the same table as the move date (転居(予定)日) is the new home',
  'side.block-order': 'two blocks and no side word: old then new (a guess, to be confirmed)',
  'side.unknown': 'one block and nothing says which home: old by default, never pre-ticked',
  // How inputs share one value.
  'address.rest': 'a box captioned only 住所 takes the parts the others leave',
  'address.example-building': 'the last box of an address whose example (例：…) ends at the block takes the building when no box asks for it',
  'address.wide-box': 'a box named like zip but shaped for a line of text (size 80) is an address line, not the postal code',
  'address.after-asked-part': 'a box whose range starts at the part the box before asks for (都道府県 [▾] then ご住所（都道府県以下）) takes the parts after it',
  'address.gap': 'a box before a gap in the parts asked takes the missing parts',
  'split.name': 'two name boxes side by side: family then given',
  'split.name-script': 'a given-name box beside a family name in kana or romaji, with no caption of its own, takes the same script',
  'split.postal': 'two postal boxes: the two parts',
  'split.postal-shape': 'two boxes shaped for 3 and 4 digits ([000]-[0000]) under an address caption: the postal code',
  'split.phone': 'two or three phone boxes in a row: the parts',
  'split.whole-phone': 'a box named like tel1 whose maxlength holds a whole number is the whole phone',
  'split.separate-phones': 'TEL / 携帯 / FAX boxes, each with its own caption, are whole numbers',
  'split.uncaptioned': 'a box with no caption of its own right after a phone, postal, name or e-mail box continues that value',
  'date.unit-after': 'a unit printed after a box (年, 月, 日) is its own; the one before it belongs to the box before',
  'email.split-at': 'an e-mail typed in two boxes around a printed @: the profile has no parts for it, no key',
  'name.own-script': 'a caption naming both the name and its フリガナ over two lines of boxes: the boxes captioned 姓 / 名 beside ones captioned セイ / メイ are the name itself',
  'name.kana-sample': 'a name box asking a part the form already asked, with a sample written in kana (例）やまだ), asks the kana',
  'caption.two-kinds': 'a caption shared by boxes that names both an e-mail address and a phone (連絡先（メール・電話）): each box\'s own name or type says which',
  'caption.outer-kind': 'a row captioned only by whose device (携帯・スマホ) under a header spanning rows that asks an e-mail address is an e-mail address',
  'split.date': 'date boxes or selects in a row: era, year, month, day',
  'email.only': 'a mobile or spare e-mail box that is the form\'s only one is the e-mail address',
  'email.twice': 'the second of two e-mail boxes is the confirmation',
  'phone.second': 'a second phone of the user is the alternative number',
  'number.not-known-yet': 'a number nobody knows before moving (the new home\'s 供給地点特定番号): no key',
  // Fields left alone.
  'concealed': 'concealed by the markup (hidden, off-screen): no key',
  'honeypot': 'a trap for bots: no key',
  'prefilled-readonly': 'a read-only box the page has filled itself (today\'s date, a figure it works out): no key',
  'shown-on-demand': 'inside a block a visible switch opens: classified; the fill checks visibility',
} as const;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}
