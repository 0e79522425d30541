// Reads one caption (a label, a table header, a placeholder, the words before an input) into a
// Reading. Captions are normalised first (normaliseText), so full-width forms need no patterns.

import { joinSpacedLetters, stripDecorations } from './normalise-text';
import { readAddressExample, readExample } from './read-example';
import {
  ADDRESS_BODY,
  BLOCK,
  BUILDING,
  CITY,
  POSTAL,
  PREF,
  TOWN,
  type DateKind,
  type Reading,
} from './reading';
import type { RuleId } from './rules';
import { readOtherParty, readSide } from './section-cues';

/** Captions of fields that no profile value belongs in, most specific first. */
const NEGATIVES: Array<[RegExp, string]> = [
  // 築年 [1980年（昭和55年）▾]: the year a building was built, however its box is named (birthyear).
  [/^築年(?:月)?$|築年月日?|建築年|竣工(?:年|日)/, 'building-year'],
  [/建物(?:の)?(?:種[別類]|構造|形態)|住居(?:の)?(?:形態|種[別類])|住宅(?:の)?種[類別]|戸建|集合住宅|持ち?家|賃貸|間取り/, 'housing-type'],
  // A survey question (…ございましたか。) asks for an opinion, not for the value its words name; a
  // caption put as a short question (お名前は?) still names the value it asks.
  [/(?:ですか|ましたか|ませんか|ますか|でしょうか)[。.?？]?$|(?<!^[^?？\s]{1,12}は)[?？]$/, 'survey'],
  [/階数|階建|何階|フロア|floor|^階$|(?:お部屋|住戸|住まい)の?階/, 'floor'],
  [/エレベ[ー-]?タ|elevator/, 'elevator'],
  [/メールマガジン|メルマガ|お知らせメール|ニュースレター|newsletter|配信を希望/, 'newsletter'],
  // メールボックスの開け方 (an apartment's letter box and its dial), 宅配ボックス: a box for post, not an e-mail.
  [/メールボックス|郵便受け?|集合ポスト|宅配(?:ボックス|box)|mail ?box|post ?box/, 'post-box'],
  [/同意|承諾|規約|プライバシ|個人情報の(?:取り?扱|利用)|agree|consent|terms/, 'agreement'],
  [/パスワード|暗証番号|password|passcode/, 'password'],
  [/画像認証|認証コード|画像コード|確認コード|captcha|表示されている文字/, 'captcha'],
  [/秘密の質問|質問の答え|^答え$|答え|ヒント|reminder/, 'secret-question'],
  [/カード番号|有効期限|セキュリティコード|カード名義|クレジット|card number|cvv|cvc|expir/, 'card'],
  // The profile keeps today's name only: a former or maiden name is not the family name.
  [/旧姓|旧氏|婚姻前の(?:氏|姓)|maiden name/, 'former-name'],
  // …and today's number: 旧電話番号 asks for one the user is giving up.
  [/旧(?:ご)?(?:電話|携帯|tel(?:$|[^a-z])|連絡先電話)|(?:変更前|以前)の(?:ご)?(?:電話|携帯|連絡先電話)/, 'former-phone'],
  [/口座|支店|店番|金融機関|銀行|ゆうちょ|振込(?:名義|人)|振り込み名義|branch|account number/, 'bank'],
  // お名札に記載するお名前, 立札, バッジネーム: the name written on a card, a gift's tag or a badge.
  [/名札|立札|木札|芳名板|札名|バッジ|badge/, 'placard'],
  [/注文番号|受付番号|整理番号|登録番号|マイナンバー|個人番号|免許|保険証|年金番号|被保険者番号|雇用保険|(?:社員|従業員|職員|学籍|学生|受験|受講)番号|(?:都道府県|市区?町村|住所|地域|地区|自治体)コード/, 'other-number'],
  // 建物状況詳細, 住宅の種別: what kind of building, or how it stands, not its name.
  [/(?:建物|住宅|住居|お住まい|お住い)(?:の)?(?:状況|種別|種類|構造|区分|形態|タイプ)/, 'building-kind'],
  // 領収書の名前, 領収書宛名: the name a receipt is made out to (often a company's), not the person's own.
  [/領収書|領収証|receipt/, 'receipt'],
  // 国籍 [Region]: a country, whatever the box is named.
  [/国籍|nationality|citizenship/, 'nationality'],
  // お住まいの国・地域: the country lived in, which no profile key holds.
  [/(?:お住まいの|居住|在住)(?:の)?国|国\s*[・/／]\s*地域|^国名?$|(?:^|[^a-z])country/, 'country'],
  // 最寄駅: a station near the home, not a part of its address.
  [/最寄り?(?:の)?駅/, 'station'],
  [/車番|車両番号|車台番号|ナンバープレート|車検|車種|車名|年式|走行距離/, 'vehicle'],
  [/メーター|検針|設備番号|機器番号|型番|製品番号/, 'meter'],
  [/ユーザー?(?:名|id|ネーム)|ニックネーム|ハンドルネーム|表示名|公開名|(?:^|[^a-z])display ?name|ログイン|アカウント|(?:^|[^a-z])id(?:$|[^a-z])|user ?name|login/, 'account'],
  // コモンネーム (an SSL certificate's), ドメイン名: the name of a site, not of a person.
  [/コモンネーム|common ?name|ドメイン名|domain ?name/, 'url'],
  // 健康保険組合名: an insurer's or a union's name, a body's like a company's.
  // チーム名カナ: a team's or a club's name, spelt in kana all the same, is no person's.
  [/(?:チーム|クラブ|サークル|グループ|バンド)名/, 'group'],
  // 公司名: a company's name in Chinese wording, met on pages written from Chinese templates; 貴塾名: the
  // cram school a teacher writes for.
  [/会社|貴社|御社|公司|貴塾|塾名|法人|勤務先|勤め先|団体|企業|事業所|営業所|業者|屋号|店舗|^店名|部署|役職|組織名|所属|組合(?!員)|organization|company/, 'company'],
  // ご契約書に記載されている区画 (例:1001): a space in a car park or a storage, not a room.
  [/駐車場|駐輪場|トランクルーム|parking|(?<!土地)区画(?!整理)/, 'parking'],
  // 通学中の学校名 (例：江東区立深川第四中学校): a school's name, however much its example reads like an address.
  [/学校|在籍校|出身校|大学名|学部|学科|幼稚園|保育園|園名|school|university/, 'school'],
  [/fax|ファックス|ファクス/, 'fax'],
  [/職業|職種|業種|occupation|(?:^|[^a-z])job/, 'job'],
  [/備考|要望|コメント|問い?合わ?せ(?:の)?内容|問合せ内容|相談内容|ご?質問内容|本文|文面|メッセージ|自由記[入述]|特記事項|連絡事項|ご意見|本人希望|希望記入欄|その他.{0,6}(?:事項|内容)|comment|message|inquiry|remarks/, 'comment'],
  [/題名|(?<!物)件名|タイトル|作品名|subject|^title$/, 'title'],
  // 指名 [担当セラピスト]: the member of staff the user asks for, not the user; 診断医師名, 主治医: the
  // doctor who signs a certificate.
  [/指名|セラピスト|スタイリスト|施術者|therapist|stylist|医師(?:の)?(?:氏名|名)|(?:主治|担当|診断|かかりつけ)医/, 'staff'],
  // 7桁で自動検索, 住所検索: the postal code looks the address up; the box is no search box.
  [/(?<!自動|住所|郵便番号|から)検索|キーワード|(?<!address |zip )search|keyword/, 'search'],
  [/ホームページ|url|website|web ?site|ブログ|blog/, 'url'],
  [/時間帯|希望時間|時刻|何時/, 'time'],
  // 現在のお住まいの年数, 居住期間: how long, not where.
  // 保証金 [例：1000000], 敷金, 賃料: an amount of money, however much its sample looks like a postal code.
  [/人数|台数|部屋数|面積|広さ|年齢|年収|金額|料金|使用量|ご?予算|年数|居住期間|在住期間|保証金|敷金|礼金|家賃|賃料|共益費|管理費|手数料|更新料|費用|代金|価格|敷引き?|解約引き?/, 'quantity'],
  [/プラン|契約種別|契約容量|アンペア|契約電流|電力会社|ガス会社|供給会社|料金メニュー|支払|payment/, 'contract-terms'],
  [/理由|きっかけ|経緯/, 'reason'],
  // 傷病名 (例：糖尿病), 既往歴: health questions, whatever a sample of them looks like.
  [/傷病|病名|疾患|病歴|既往歴|症状|アレルギー|服薬/, 'medical'],
  [/紹介コード|クーポン|キャンペーン/, 'promotion'],
  // 連絡可能な時間帯 asks when to call; 連絡可能な電話番号 asks the number itself.
  [/(?:連絡方法|連絡手段|ご?連絡(?:の)?希望|連絡可能)(?!な?(?:お|ご)?(?:電話|携帯|tel|メール|e-?mail|番号))/, 'contact-preference'],
];

// 氏名（会社名）, 氏名または法人名: a person's name, or a company's in its stead.
const NAME_OR_COMPANY = /(?:氏名|お?名前|名義)\s*(?:\((?:法人の場合は)?(?:会社|法人|団体|企業|屋号)(?:名)?\)|(?:または|又は|もしくは|若しくは|[/／・])\s*(?:会社|法人|団体|企業|屋号)(?:名)?)/;
const ACCOUNT_IS_NAME = /(?:ユーザー?名|ユーザーネーム|user ?name)\s*\(\s*(?:氏名|お?名前|本名|姓名|フルネーム)\s*\)/;
const SUPPLY_POINT = /供給地点(?:特定)?番号|supply ?point/;
const CUSTOMER_NUMBER =
  /(?:お客様|お客さま|御客様|顧客|需要家|ご?使用者|ご?契約者?|水栓|ご?利用者|ご?契約|保険|加盟店|会員|診察券?|患者|カルテ)(?:番号|コード|no\b|id\b)|(?:保険)?証券番号|読者番号|customer (?:no|number|id)|contract (?:no|number)|policy (?:no|number)/;
const EITHER = /または|もしくは|又は|あるいは|(?:^|[^a-z])or(?:$|[^a-z])/;
const EITHER_WITH_EMAIL = new RegExp(
  `(?:メールアドレス|e-?mail)\\s*(?:${EITHER.source}|[・/／、])\\s*(?:\\S{0,4}(?:id|ＩＤ)|ログイン名|ユーザー名|(?:会員|お客様|お客さま|顧客)番号)(?:$|[^a-z])` +
    `|(?:\\S{0,4}(?:id|ＩＤ)|ログイン名|ユーザー名|(?:会員|お客様|お客さま|顧客)番号)\\s*(?:${EITHER.source}|[・/／、])\\s*(?:メールアドレス|e-?mail)` +
    `|(?:メールアドレス|e-?mail)\\s*(?:${EITHER.source})\\s*(?:携帯)?(?:電話|携帯)` +
    `|(?:携帯)?(?:電話|携帯)番号\\s*(?:${EITHER.source})\\s*(?:メールアドレス|e-?mail)`,
);
const LOYALTY_NUMBER = /(?:マイル|マイレージ|ポイント(?:カード)?|提携(?:先)?)\S{0,6}?(?:会員)?(?:番号|コード|id\b|no\b)/;
/** Dates of a service around the move that are not the move itself (a visit, a pick-up, a delivery). */
const NOT_MOVE_DATE = /(?:訪問|見積も?り?|集荷|引取り?|引き取り|回収|配達|配送|お届け|工事|立会い?|下見|出産)(?:の)?(?:ご?希望|予定)?(?:日|日時|年月日)|(?:駐車場|駐輪場|保管場所|車庫)[^。]{0,12}?(?:日|日時|年月日)|(?:保険|補償|保障)(?:期間|責任)?の?(?:開始|始期|終了|満期|終期)(?:日|年月日)|(?:始期|満期|終期)日|(?:支給|支払い?|給付|給与|手当|年金|振込み?|口座振替|引落し?|返済|積立)(?:の)?(?:開始|終了|停止)(?:予定|希望)?(?:日|年月日)|(?:勤務|在職|雇用|就業|在籍|在学|経営|事業|営業|研修|受講)(?:期間)?(?:の)?(?:開始|終了)(?:予定|希望)?(?:日|年月日)/;

const DATE_KINDS: Array<[RegExp, DateKind]> = [
  [/生年月日|誕生日|^生年$|生まれ年|birth|bday/, 'birth'],
  [/(?:お?引(?:っ)?越し?|転居|転出|転入|移転|転送開始|転送|住所(?:の)?変更)(?:の)?(?:ご?依頼)?\(?(?:予定|希望)?\)?(?:日|日時|年月日)|move(?![-\s]?(?:in|out)\b)|moving(?!\s(?:in|out)\b)/, 'move'],
  [/(?:停止|中止|廃止|解約|終了|閉栓|止水|退去|退居|明け?渡し?)(?:希望|予定)?(?:日|年月日)|(?:停止|解約|閉栓|明け?渡し?)の?(?:希望|予定)日|最終(?:ご)?(?:利用|使用)(?:希望|予定)?日|(?:利用|使用)最終日|move[-\s]?out|moving out/, 'stop'],
  [/(?:開始|開栓|通水|入居|再開|開通)(?:希望|予定)?(?:日|年月日)|(?:開始|開栓)の?(?:希望|予定)日|move[-\s]?in\b|moving in/, 'start'],
];
const GENERIC_DATE = /年月日|日付|(?:予定|希望)日|希望(?:の)?日程|時期|^date$|(?:^|[^a-z])date(?:$|[^a-z])/;

const EMAIL = /メールアドレス|e-?mail|mail ?address|メール|mail/;
const MAIL_PROGRAM = /メール(?:アプリ|ソフト|クライアント)|mail ?(?:app|client|software)/;
/** 確認, 再入力, もう一度: words asking for the same value typed again. */
export const CONFIRM = /確認|再入力|もう一度|再度|2回|二回|confirm|again|retype|re-?enter/;
const PHONE = /電話|tel(?:$|[^a-z])|phone|携帯|連絡先|ﾃﾞﾝﾜ|自宅の?番号/;
// 電話番号1に繋がらないときの連絡先: the number to try when the first cannot be reached.
const PHONE_ALT = /自宅|固定|その他|予備|第2|サブ|2つ目|ほか|他の|新住所|新居|旧住所|旧居|(?:繋|つな)がらない|不在の(?:とき|時|場合)/;
/** The number to reach the user by: it is the main phone even when the form asks for another first. */
const PHONE_MAIN = /日中|ご?連絡先|携帯|緊急時/;
// 電話番号（再入力用）, 電話番号（確認）: the same number typed again, unlike 確認のご連絡先 (a number to call back).
const PHONE_REENTRY = /再入力|再度|もう一度|確認用|[(（]\s*確認\s*[)）]|confirm|re-?enter|retype/;
const MOBILE_ACCEPTED = /[※*＊]?\s*携帯(?:電話)?(?:番号)?(?:で|も|でも)?(?:可|OK|ok|結構|構いません)/g;
const EITHER_KIND = /(?:自宅|固定(?:電話)?)\s*(?:[/・／、]|または|or)\s*携帯(?:電話)?|携帯(?:電話)?\s*(?:[/・／、]|または|or)\s*(?:自宅|固定(?:電話)?)/g;
const POSTAL_WORDS = /郵便番号|〒|(?:^|[^a-z])zip|postal|post ?code|郵便(?!物|局|受)/;
const ADDRESS_WORDS = /住所|所在地|お住まい|address|(?:^|[^a-z])addr/;
const KANA = /フリガナ|ふりがな|カナ|(?<![ぁ-ん])かな|ひらがな|平仮名|片仮名|(?:^|[^ァ-ヶ])(?:セイ|メイ)(?:$|[^ァ-ヶ])|(?:^|[^ぁ-ん])(?:せい|めい|しめい)(?:$|[^ぁ-ん])|シメイ|セイメイ|せいめい|よみ|ヨミ|kana|furigana/;
const ROMAJI = /ローマ字|英字|英文|英語表記|英語で|[(（]英語[)）]|alphabet|romaji|roman/;
const FAMILY = /姓(?!名)|(?:^|[^一-龯々])氏(?!名)|苗字|名字|(?:^|[^ァ-ヶ])セイ(?:$|[^ァ-ヶ])|(?:^|[^ぁ-ん])せい(?:$|[^ぁ-ん])|last ?name|family ?name|surname/;
const GIVEN = /(?:^|[^一-龯々ぁ-んァ-ヶー])名(?![前称簿義字刺])|(?:^|[^ァ-ヶ])メイ(?:$|[^ァ-ヶ])|(?:^|[^ぁ-ん])めい(?:$|[^ぁ-ん])|first ?name|given ?name/;
const FULL_NAME = /氏名|しめい|シメイ|姓名|セイメイ|せいめい|お?名前|フルネーム|full ?name|(?:^|[^a-z])name(?:$|[^a-z])|名義|(?:者|人|顧客|お?客)(?:様|さま)?名/;
const GENDER = /性別|男女|gender|(?:^|[^a-z])sex(?:$|[^a-z])/;
const RELATIONSHIP = /続柄|続き柄|ご?関係|relationship/;

/** Words of a building line: a box naming one asks for the building, whatever else it names. */
const BUILDING_LINE = /建物|マンション|ビル|アパート|部屋番号|号室/;

const PART_WORDS: Array<[RegExp, number]> = [
  [/都道府県|(?:^|の)県名?$|prefecture/, PREF],
  // 市町名 (お住まいの市町名), 都道府県・市町: the city or the town that is a municipality.
  [/市区町村|市町村|区市町村|市[区郡群]{1,2}|市町(?!村)|(?:^|[^a-z])city/, CITY],
  // 市区郡・町村 names the municipality (a town or village under a county), not the 町域 within one.
  [/町域|(?<!市)町名|町・?丁目|丁目|大字|字名|(?<![市区郡][・･、,/／]?)町村|(?:^|[^a-z])town/, TOWN],
  [/番地|地番|番・号|番号?・号/, BLOCK],
  [/建物|マンション|ビル|アパート|物件名|部屋番号|号室|building|apartment|(?:^|[^a-z])apt/, BUILDING],
];
const PART_NAMES: Array<[RegExp, number]> = [
  [/都道府県/, PREF],
  [/市区町村|市町村|区市町村|市[区郡群]{1,2}/, CITY],
  [/町域|町名|町村?名|^町村$/, TOWN],
  [/番地/, BLOCK],
  [/建物|マンション/, BUILDING],
];

const EXCLUSION = /(都道府県|市区町村|市町村|郵便番号|建物|マンション)(?:名)?\s*(?:を除く|を除いた|は除く|を除き|以外|は不要|不要)/;
// 郵便番号から検索されます, 郵便番号を入力して [住所検索] をクリックすると… under ご住所: a hint that the code
// looks the address up, not a caption asking it.
// 市町村（郵便番号入力時に自動入力されます。）, ※都道府県名は郵便番号を入力した後に自動入力されます: so is a
// note that the box is filled once the code is typed.
const EXCLUDES_POSTAL = /郵便番号\s*(?:を除く|を除いた|は除く|を除き|以外|は不要|不要)|郵便番号\s*(?:から|を入力すると|を入れると|を入力して|を入れて|を入力した後|(?:が|を)入力され(?:ると|たら)|を入力(?:したら|いただくと)|(?:の|を)?入力(?:時|後|の際)に?は?)[^。]{0,24}?(?:検索|自動|住所|候補|表示)/;
// 建物名・部屋番号がある場合は忘れずに記載: the building goes in too, not in place of the rest.
const ALSO_BUILDING = /(?:建物|マンション|アパート|ビル|部屋番号|号室)[^。]{0,16}?(?:も|が(?:ある|あれば|ございましたら)(?:場合|方)?(?:は)?)\s*(?:お願い|ご?記入|ご?入力|記載|お書き|忘れず|必ず)/;
const CHOME_BLOCK = /丁目\s*[・、,/]?\s*(?:番地|以下|以降|番\s*[・、,/]?\s*号)|丁目番地/;

function partBitOf(word: string): number {
  for (const [re, bit] of PART_NAMES) if (re.test(word)) return bit;
  return 0;
}

/** Every part from `from` to `to`, both included. */
export function partRange(from: number, to: number): number {
  let bits = 0;
  for (let b = from; b <= to; b <<= 1) bits |= b;
  return bits;
}

function readAddressParts(caption: string): Reading {
  const reading: Reading = { type: 'address', strength: 0.9, addressParts: 0 };
  // 建物住所 / 物件の所在地: the address of a building, not its name.
  const t = caption.replace(/(?:建物|物件|マンション|アパート)(?:の)?(?:住所|所在地)/g, '住所');
  // 住所：鳥取県鳥取市 [ ]: the prefecture and city are printed; the box takes what follows.
  const printed = /(?:住所|所在地)\s+(\S{3,16})$/.exec(t);
  if (printed) {
    const shown = readAddressExample(printed[1]);
    if (shown & (PREF | CITY) && !(shown & (TOWN | BLOCK | BUILDING))) {
      reading.addressParts = partRange((shown & CITY ? CITY : PREF) << 1, BUILDING);
      return reading;
    }
  }
  // 「ご住所（都道府県を除く）」: everything after the excluded part.
  const excluded = EXCLUSION.exec(t);
  if (excluded) {
    const bit = excluded[1] === '郵便番号' ? POSTAL : partBitOf(excluded[1]);
    reading.addressParts = bit === BUILDING ? partRange(PREF, BLOCK) : partRange(bit << 1, BUILDING);
    reading.rule = 'caption.exclusion';
    return reading;
  }
  // 「丁目・番地」 beside a 町名 box: the block, written with its 丁目.
  if (CHOME_BLOCK.test(t) && !/町名|町域|町村|大字/.test(t)) {
    // 丁目・番地・マンション名等: the building follows in the same box.
    reading.addressParts = BUILDING_LINE.test(t.replace(CHOME_BLOCK, ' ')) ? BLOCK | BUILDING : BLOCK;
    reading.rule = 'caption.chome-block';
    return reading;
  }
  // ご住所（マンション名、部屋番号もお願いします）: the whole address, the building included.
  if (ALSO_BUILDING.test(t) && !EXCLUSION.test(t)) {
    reading.addressParts = partRange(PREF, BUILDING);
    reading.rule = 'caption.exclusion';
    return reading;
  }
  const range = /(都道府県|市区町村|市町村|町域|町名|番地)(?:名)?から(都道府県|市区町村|市町村|町域|町名|番地|建物名?|マンション名?)まで/.exec(t);
  // 住所（町村以下）beside 住所（市区）: 町村 after 市区 is the town.
  const rest = /(都道府県|市区町村|市町村|区市町村|市[区郡群]{1,2}|町域|町名|町村名|(?<![市区])町村|番地)(?:名)?\s*[+＋]?\s*(?:以降|以下|以後|より後|よりあと|から後|からあと|より先|から先|から)/.exec(t);
  // 住所（番地・建物名まで）: from the start of the address up to the last part named. A list that
  // starts earlier (町名・番地・建物名まで) names its parts itself.
  const listed = PART_WORDS.reduce((bits, [re, bit]) => (re.test(t) ? bits | bit : bits), 0);
  const upTo = range || rest || listed & (PREF | CITY | TOWN) ? null : /(番地|建物名?|マンション名?|部屋番号|号室)(?:名)?\s*まで/.exec(t);
  if (range) reading.addressParts = partRange(partBitOf(range[1]), partBitOf(range[2]));
  else if (upTo) {
    reading.addressParts = partRange(PREF, /番地/.test(upTo[1]) && !/建物|マンション|部屋|号室/.test(t) ? BLOCK : BUILDING);
    reading.rangeToNamedPart = true;
    reading.rule = 'caption.exclusion';
  }
  else if (rest) {
    reading.addressParts = partRange(partBitOf(rest[1]), BUILDING);
    if (/以下|以降|以後|より後|よりあと|から後|からあと|より先|から先/.test(rest[0])) reading.rangeFromNamedPart = true;
  }
  else for (const [re, bit] of PART_WORDS) if (re.test(t)) reading.addressParts! |= bit;
  // 番地その他: the number and whatever follows it (the building).
  if (reading.addressParts! & BLOCK && /番地\s*[・、,/]?\s*(?:その他|等|など|施設名)/.test(t)) reading.addressParts! |= BUILDING;

  // A building's own name (あさがお荘 202号室, ハイツ…) next to the room: the whole building line.
  const building = /建物|マンション|ビル|アパート|物件名|ハイツ|コーポ|レジデンス|荘/.test(t);
  const room = /部屋番号|号室|部屋/.test(t);
  if (reading.addressParts === BUILDING && room && !building) reading.addressSpecial = 'room';
  else if (reading.addressParts === BUILDING && building && !room && /名/.test(t)) reading.addressSpecial = 'buildingName';

  const line = /(?:住所|address|addr)\s*(?:line)?\s*[(\[]?([12])(?![\d])/.exec(t) ?? /address line ?([12])/.exec(t);
  if (line) reading.addressLine = Number(line[1]);
  if (reading.addressLine === 2 && !reading.addressParts) reading.addressParts = 0;
  if (KANA.test(t)) {
    // 町村名・番地（カナ）: the reading of some parts is no reading of the whole address.
    const parts = reading.addressParts ?? 0;
    reading.addressSpecial = parts && (parts & ADDRESS_BODY) !== ADDRESS_BODY ? 'partKana' : 'kana';
  }
  if (!reading.addressParts && !ADDRESS_WORDS.test(t) && !reading.addressSpecial) reading.strength = 0.5;
  return reading;
}

/** 「漢字」「ひらがな」「カタカナ」を全角で: a list of the scripts a box accepts asks for none of them. */
const SCRIPT_LIST = /(?:漢字|ひらがな|平仮名|カタカナ|片仮名|英数字?|ローマ字)[」』]?\s*[・、,，/／]?\s*[「『]?(?:漢字|ひらがな|平仮名|カタカナ|片仮名|英数字?|ローマ字)[」』]?\s*[・、,，/／]?\s*[「『]?(?:漢字|ひらがな|平仮名|カタカナ|片仮名|英数字?|ローマ字)/;

/** ひらがなまたは漢字で入力: a box that takes the name in kanji or in kana asks for no reading. */
const KANJI_OR_KANA = /漢字[」』]?\s*(?:または|又は|もしくは|か)\s*[「『]?(?:ひらがな|平仮名|カタカナ|片仮名|かな|カナ)|(?:ひらがな|平仮名|カタカナ|片仮名|かな|カナ)[」』]?\s*(?:または|又は|もしくは|か)\s*[「『]?漢字/;

const BRACKETED_NOTE = /\([^()]*(?:場合|のみ|ください|下さい|とき|際)[^()]*\)/g;

function readName(t: string): Reading | null {
  const listsScripts = SCRIPT_LIST.test(t) || KANJI_OR_KANA.test(t);
  const kana = KANA.test(t) && !listsScripts;
  const romaji = ROMAJI.test(t) && !listsScripts;
  // 戸籍氏名（姓が変わる場合のみ）: a bracketed note that speaks of a part names no part of the box.
  const own = t.replace(BRACKETED_NOTE, ' ');
  const family = FAMILY.test(own);
  const given = GIVEN.test(own);
  const full = FULL_NAME.test(t);
  // 漢字 [ ][ ] over カタカナ [ ][ ] and ローマ字 [ ][ ]: a row named only by its script is a name's, as the
  // rows in kana and in romaji are.
  const kanjiRow = /^[(（]?漢字(?:表記)?[)）]?$/.test(t.trim());
  if (!kana && !romaji && !family && !given && !full && !kanjiRow) return null;
  const reading: Reading = { type: 'name', strength: family || given || full ? 0.9 : 0.7 };
  if (kana) reading.kana = true;
  if (romaji) reading.romaji = true;
  // 「姓と名の間は1文字あけて」「苗字と名前の間にスペース」 speak of both parts in one box: the whole name.
  if (/(?:姓|苗字|名字)(?:と|・)名|セイとメイ|せいとめい/.test(t)) reading.namePart = 'full';
  else if (family && !given) reading.namePart = 'family';
  else if (given && !family) reading.namePart = 'given';
  else if (full || (family && given)) reading.namePart = 'full';
  // 氏名漢字１ / 氏名漢字２ in two rows: the two parts of the name.
  // (氏名1, 氏名2 alone number rows of people, not parts.)
  const numbered = /(?:カナ|かな|漢字)\s*([12１２])$/.exec(t);
  if (numbered && reading.namePart === 'full') reading.namePart = /[1１]/.test(numbered[1]) ? 'family' : 'given';
  return reading;
}

function withContext(reading: Reading, t: string): Reading {
  const side = readSide(t);
  if (side) reading.side = side;
  if (readOtherParty(t)) reading.otherParty = true;
  return reading;
}

/** 市区町村 例)○○市○○区 in one placeholder: a caption of its own with the example after it. */
export function captionBeforeExample(text: string): boolean {
  const t = stripDecorations(text);
  const example = readExample(t);
  return !!example && !!readCaption(t.slice(0, example.index).replace(/[(\[（【\s]+$/, '').trim());
}

/** True when a text is nothing but an example (例：03-1234-5678): no caption word of its own. */
export function isExampleOnly(text: string): boolean {
  const example = readExample(stripDecorations(text));
  return !!example && !stripDecorations(text).slice(0, example.index).replace(/[(\[（【\s]/g, '');
}

/** ※未確定の場合は都道府県まででも結構です: the least the box accepts, not the part it asks for. */
const CONCESSION = /[^\s。]{0,16}(?:まで|のみ)(?:でも|で|も)(?=\s|$|結構|可|構いません|かまいません|ok|大丈夫|よい|良い)\S*/g;

/** Reads a normalised caption. Returns null when it says nothing the classifier can use. */
export function readText(text: string): Reading | null {
  const stripped = stripDecorations(text);
  // お 名 前, 住 所: a caption spaced out letter by letter (a one-word table header) is one word; 姓 名
  // stays two marks, of two boxes.
  const t = /^[姓名氏\s]+$/.test(stripped) ? stripped : joinSpacedLetters(stripped, 2, 6);
  if (!t) return null;
  const example = readExample(t);
  const caption = (example ? t.slice(0, example.index) : t).replace(CONCESSION, ' ').trim();
  const reading = readCaption(caption);
  if (!example) return reading ? withContext(reading, t) : readUnits(t);
  if (!reading) return example.reading.type ? withContext(example.reading, t) : readUnits(caption);
  if (reading.type === 'address' && example.reading.addressParts && !(reading.addressParts! & POSTAL)) {
    // 市区町村 (例：江東区新砂) asks for the town as well: the example shows what the input takes.
    reading.addressParts = (reading.addressParts ?? 0) | example.reading.addressParts;
  }
  if (reading.type === 'name' && example.reading.kana) reading.kana = true;
  return withContext(reading, t);
}

/** Units written after an input: 年 / 月 / 日 for date parts. */
function readUnits(t: string): Reading | null {
  // YYYY / MM / DD in a box's placeholder: the same units, written the way a date format is.
  if (/^(?:年|年\s*\(西暦\)|西暦|yyyy)$/i.test(t)) return { datePart: 'year' };
  if (t === '月' || /^mm$/i.test(t)) return { datePart: 'month' };
  if (t === '日' || /^dd$/i.test(t)) return { datePart: 'day' };
  return null;
}

function readCaption(t: string): Reading | null {
  const reading = readCaptionKind(t);
  if (reading && reading.rule === undefined && reading.type) reading.rule = RULE_OF_TYPE[reading.type];
  return reading;
}

const RULE_OF_TYPE: Record<string, RuleId> = {
  name: 'caption.name',
  address: 'caption.address',
  phone: 'caption.phone',
  email: 'caption.email',
  date: 'caption.date',
  gender: 'caption.gender',
  relationship: 'caption.relationship',
  customerNumber: 'caption.customer-number',
  supplyPointId: 'caption.supply-point',
  none: 'caption.takes-nothing',
};

/** 郵便番号（会社または個人）: a bracket allowing either a company's or the person's own says nothing against the person. */
const COMPANY_OR_PERSON = /\(\s*(?:会社|法人|企業|団体)(?:名)?\s*(?:または|又は|もしくは|か|・|\/|or)\s*(?:個人|ご?本人)(?:名)?\s*\)/g;

function readCaptionKind(caption: string): Reading | null {
  const t = caption.replace(COMPANY_OR_PERSON, ' ').trim();
  if (!t) return null;
  if (SUPPLY_POINT.test(t)) return { type: 'supplyPointId', strength: 0.95 };
  // 会員ID（メールアドレス）: an ID that is the e-mail address.
  // メールアドレス（ログインID）: the e-mail address, which also serves as the login.
  if (/(?:id|ＩＤ|ログイン)\s*[(:：/／]\s*(?:メールアドレス|e-?mail)|(?:メールアドレス|e-?mail)\s*\(\s*(?:ログイン\s*(?:id|ＩＤ|用)?|id|ＩＤ)/.test(t)) return { type: 'email', strength: 0.9, rule: 'caption.login-email' };
  // メールアドレスまたは会員ID, ID・メールアドレス, メールアドレスまたは電話番号: one box that takes either;
  // the e-mail address is an answer the profile holds.
  if (EITHER_WITH_EMAIL.test(t)) return { type: 'email', strength: 0.85, rule: 'caption.login-email' };
  // anaマイル会員番号, ポイントカード番号: a loyalty programme's number, not the contract at the provider.
  if (LOYALTY_NUMBER.test(t)) return { type: 'none', strength: 0.9, negative: 'promotion', rule: 'caption.takes-nothing' };
  if (CUSTOMER_NUMBER.test(t)) return { type: 'customerNumber', strength: 0.9 };
  // 退去予定日（立会日）: the words outside the brackets name the date; the bracket says more about it.
  const head = t.replace(/\([^)]*\)/g, ' ').trim() || t;
  const headKind = readDateKind(head);
  if (headKind) return { type: 'date', strength: 0.9, dateKind: headKind, ...datePartOf(t) };
  if (NOT_MOVE_DATE.test(t)) return { type: 'none', strength: 0.9, negative: 'other-date', rule: 'caption.not-move-date' };
  const kind = readDateKind(t);
  if (kind) return { type: 'date', strength: 0.9, dateKind: kind, ...datePartOf(t) };
  for (const [re, reason] of NEGATIVES) {
    if (!re.test(t)) continue;
    // 建物名・駐車場名 号室（区画番号）: the building first, a parking space only for a parking contract.
    if (reason === 'parking' && /建物|マンション|物件名|部屋番号|号室/.test(t.split(/駐車場|駐輪場/)[0])) continue;
    // 建物名・フロア等: a building's name, and the floor with it, not a question about the floor.
    if (reason === 'floor' && /(?:建物|マンション|ビル|アパート)(?:名|名称)\s*[・、,/／]\s*(?:フロア|階)/.test(t)) continue;
    // 氏名（会社名）: a person's name, or a company's in its stead; the person's when a person fills it.
    if (reason === 'company' && NAME_OR_COMPANY.test(t)) continue;
    // ユーザー名（氏名）: the user name is the person's own name.
    if (reason === 'account' && ACCOUNT_IS_NAME.test(t)) continue;
    // ビル、建物、会社名等: the building line, which may hold the name of the firm the user lives or works in.
    if (reason === 'company' && BUILDING_LINE.test(t)) continue;
    return { type: 'none', strength: 0.85, negative: reason };
  }
  // ご利用のメールアプリ (iPhoneのメールアプリ、Gmailなど): the program that reads the mail, not the address.
  if (MAIL_PROGRAM.test(t) && !/アドレス|address/.test(t)) return { type: 'none', strength: 0.8, negative: 'comment', rule: 'caption.takes-nothing' };
  if (EMAIL.test(t)) {
    const r: Reading = { type: 'email', strength: 0.9 };
    // ※確認メールをお送りします speaks of a mail the site sends, not of typing the address again.
    // …着信拒否設定になっていないかご確認ください asks whether a setting is right, not to type the address again.
    if (CONFIRM.test(t.replace(/確認(?:の|用の)?メール(?:を|が|は)/g, '').replace(/か(?:どうか)?(?:を)?ご確認(?:ください|下さい|願います|をお願い)/g, ''))) r.confirm = true;
    // メールアドレス_2, メールアドレス（2）: a second address, not the first typed again.
    else if (/(?:アドレス|メール|mail)\s*[_\-(（]?\s*[2２]\s*[)）]?$/.test(t.replace(/\s*\([^)]*\)\s*$/, ''))) r.alt = true;
    // PC メール is the main address; a phone's or a spare one is the alternative.
    if (/携帯|モバイル|mobile|サブ|予備|第2|2つ目|その他|他の|ほかの|追加/.test(t) && !/pc|パソコン/.test(t)) r.alt = true;
    return r;
  }
  if (POSTAL_WORDS.test(t) && !EXCLUDES_POSTAL.test(t)) return { type: 'address', strength: 0.9, addressParts: POSTAL, rule: 'caption.postal' };
  // 連絡先住所: 連絡先 says where to reach the person; with 住所 and no word of a phone, it is an address.
  const contactAddress = !/電話|tel|phone|携帯|ﾃﾞﾝﾜ/.test(t) && ADDRESS_WORDS.test(t);
  if (PHONE.test(t) && !contactAddress) {
    const r: Reading = { type: 'phone', strength: /電話|tel|phone|携帯/.test(t) ? 0.9 : 0.6 };
    // 電話番号（※携帯番号可）, ご連絡先TEL（自宅/携帯）: a note that a mobile is accepted, or that either
    // kind is, does not make the box the mobile or the home line.
    const own = t.replace(MOBILE_ACCEPTED, '').replace(EITHER_KIND, '');
    if (PHONE_ALT.test(own)) r.alt = true;
    else if (PHONE_MAIN.test(own)) r.alt = false;
    if (PHONE_REENTRY.test(own)) r.confirm = true;
    return r;
  }
  if (ADDRESS_WORDS.test(t) || PART_WORDS.some(([re]) => re.test(t))) {
    const r = readAddressParts(t);
    if (r.addressParts || ADDRESS_WORDS.test(t)) return r;
  }
  // 市区町村 [ ] それ以降 [ ]: the rest of the address after the box before.
  if (/^(?:それ|これ|上記)?以(?:降|下)$/.test(t)) return { type: 'address', strength: 0.6, addressParts: 0, restAfterPrevious: true };
  if (GENDER.test(t)) return { type: 'gender', strength: 0.9 };
  if (RELATIONSHIP.test(t)) return { type: 'relationship', strength: 0.85 };
  const name = readName(t);
  if (name) return name;
  if (GENERIC_DATE.test(t)) return { type: 'date', strength: 0.6, ...datePartOf(t) };
  const units = readUnits(t);
  if (units) return units;
  if (/^(?:令和|平成|昭和|元号|和暦|年号)$/.test(t)) return { datePart: 'era' };
  if (CONFIRM.test(t) && t.length <= 20) return { confirm: true };
  // 接種券番号: a number of something the vocabulary holds no value for (a sample of digits makes it no phone).
  if (/\S番号$/.test(t.replace(/\s*\([^)]*\)\s*$/, ''))) return { type: 'none', strength: 0.6, negative: 'other-number' };
  return null;
}

/** The kind of date a caption or heading names (引越し希望日 is the move), or null. */
export function readDateKind(text: string): DateKind | null {
  if (NOT_MOVE_DATE.test(text)) return null;
  for (const [re, kind] of DATE_KINDS) if (re.test(text)) return kind;
  return null;
}

function datePartOf(t: string): Pick<Reading, 'datePart'> {
  if (/(?:^|\s|[(（])年(?:$|\s|[)）])|^生年$|生まれ年/.test(t)) return { datePart: 'year' };
  if (/(?:^|\s|[(（])月(?:$|\s|[)）])/.test(t)) return { datePart: 'month' };
  if (/(?:^|\s|[(（])日(?:$|\s|[)）])/.test(t)) return { datePart: 'day' };
  return {};
}

