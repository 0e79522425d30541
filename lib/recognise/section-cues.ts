// Words that say whose data a block of fields holds: the old or the new home, another member of
// the household, or someone who is not the user at all.

import { joinSpacedLetters } from './normalise-text';
import type { Side } from './reading';

const OLD =
  /現住所|変更前の?(?:ご|お)?(?:住所|連絡先|所在地|お住まい)|(?:^|[\s(\[「『<・【])変更前(?=[\s)\]）】」』・:：]|$)|集荷元|旧住所|旧居|現居|(?:お)?引(?:っ)?越(?:し)?前(?!後)|引越元|お?引越し元|転居前|転出前|移転前|現在(?:の)?(?:ご)?(?:住所|お住まい|お住い|住まい|所在地|居住地)|現在お住(?:ま)?い|今の(?:ご)?住所|これまで(?:の)?(?:ご)?住所|(?:使用|利用|供給)?(?:を)?(?:停止|中止|終了|解約)(?:する|される|の)?(?:場所|住所|物件)|退去(?:する|される)?(?:物件|住所|場所)|(?:^|[\s(\[「『<・【])旧(?![姓字])/;
// A bare 新 marks the new home only when a separator or a caption word follows it: place names
// such as 新宿, 新潟 or 新大阪 begin with 新 too.
const NEW =
  /新住所|変更(?:先|後)?の?(?:ご|お)?(?:住所|所在地|お住まい)|新しい(?:ご|お)?(?:連絡先|お?届け?先|所在地)|変更後の?(?:ご|お)?(?:住所|連絡先|お?届け?先|所在地|お住まい)|(?:^|[\s(\[「『<・【])変更後(?=[\s)\]）】」』・:：]|$)|新居|新(?:しい)?(?:ご)?住所|新(?:しい)?お住まい|(?:お)?引(?:っ)?越(?:し)?先|引越後|転居先|転居後|転入先|転出先|移転先|移転後|入居先|設置(?:先|場所)|(?:ご?利用|ご?使用)予定(?:の)?(?:ご)?(?:住所|場所)|(?:使用|利用|供給)?(?:を)?(?:開始|再開)(?:する|される|の)?(?:場所|住所|物件)|(?:^|[\s(\[「『<・【])新(?=[\s)\]）】」』・:：]|$|(?:ご)?(?:住所|郵便|〒|都道府県|市区町村|電話|連絡先|お住まい|建物|番地|町名|所在地))/;

const REFERENCE = /[^\s、。,]{1,12}?(?:と|とは)\s*(?:異な|違|同じ|同様)/g;

/** 新しい住所を追加, お届け先を追加: one more entry for an address book (a recipient), not the home after a move. */
const ADDED_ADDRESS = /(?:新しい|新規|別の)?(?:ご|お)?(?:住所|お?届け?先|配送先|送付先)(?:を|の)?追加/;

/** Old or new home named by a caption or heading; null when it names neither, or both. */
export function readSide(text: string): Side | null {
  // 現住所と異なる場合は入力して下さい: the current address is named as the thing compared with.
  const t = text.replace(REFERENCE, ' ').replace(ADDED_ADDRESS, ' ');
  const old = OLD.test(t);
  const neu = NEW.test(t);
  if (old === neu) return null;
  return old ? 'old' : 'new';
}

/** 弊社担当者, 当社の営業: the company's own staff. */
export const OUR_STAFF = /(?:弊社|当社|私ども|当店|弊店)(?:の)?(?:担当|営業)|(?:販売|営業|受付|取付|取り付け|施工|作業)担当者?/;

// 出身地 and 本籍 name places that are no home of the user's now; the profile keeps neither. A 配偶者 is
// someone else: the profile cannot tell whether the spouse moves too. A 代表者 is
// someone else (a company's head, a group's representative) unless the words name the user as it:
// 予約者（代表者）, 代表者（ご本人）.
const OTHER_PARTY = /出身地|出生地|本籍|(?:建築|建設|計画|建替え?)(?:予定|を?(?:ご)?検討中の)?(?:地|地域|場所|エリア)|世帯主|貸主|家主|配偶者(?:様|さま)?(?:の)?(?:お?名前|氏名|フリガナ|ふりがな|生年月日|ローマ字|情報|連絡先|電話|住所)|(?<!(?:予約者?|申込み?者?|申し込み|申請者|届出人|契約者|本人)\s*\(?\s*)代表者(?!\s*\(?\s*(?:ご?予約者|ご?本人|申込者))|見守り?(?:対象|される方|られる方)|介護(?:の)?対象(?:者|の方)|要介護者|介護を受ける方|訪問(?:先|する(?:住所|場所|お宅))|(?:ペット|愛犬|愛猫|わんちゃん|ワンちゃん|ねこちゃん|猫ちゃん|(?:^|[\s【「(])(?:犬|猫|いぬ|ねこ|イヌ|ネコ))(?:ちゃん|様|さま)?(?:の)?(?:お?名前|氏名|フリガナ|ふりがな|生年月日|誕生日)|^[■●◆□]?\s*(?:ペット|愛犬|愛猫|わんちゃん|ワンちゃん|ねこちゃん|猫ちゃん)(?:ちゃん|様|さま)?(?:の)?情報$|お?届け?先|配送先|(?<!メール|送信|お問い?合わせ)宛先|依頼先|受取人|(?:事故の?)?相手方|お受取り?人|(?:緊急|非常時?)(?:の|時の)?連絡先|希望(?:する)?(?:エリア|地域|勤務地)|(?:案内|対応|活動|出張|訪問|営業)(?:が)?可能(?:な)?(?:エリア|地域|範囲)|連帯保証人|保証人|代理人|(?:自動車|車両|お?車)(?:の)?(?:所有者|使用者)|(?:所有者|使用者)名義人?|勤務先|勤め先|勤務地|勤務(?:機関|場所)|(?:事業所|事務所)(?:等)?(?:の)?(?:住所|所在地|郵便番号|電話番号?|TEL|FAX)|^事業所等?$|通勤先|通学先|^学校(?:の)?(?:住所|所在地)?$|所属先|後継者|死亡者|故人|葬儀情報|喪家|喪主(?:様|さま)?(?:の)?(?:氏名|お名前|ご?住所|電話|連絡先|フリガナ|ふりがな)|菩提寺|寺院|ご?葬家|御家名|亡くなられた方|ご?逝去(?:された|なさった)?方|被相続人|ご?紹介(?:者|元|先)|紹介(?:して)?(?:頂|いただ|下さ|くださ)(?:い|っ)た方|立ち?会い?(?:者|人|の方)|同伴者|お連れ(?:様|さま|の方)|新郎|新婦|あの人の(?:情報|お?名前|生年月日)|お相手(?:の方|様)?の(?:情報|お?名前|生年月日)|同行者(?:様|さま)?(?:の|との)|生徒|受講(?:者|生)|塾生|児童(?!手当|扶養手当|福祉|館|クラブ|相談|センター)|園児|お子(?:様|さま|さん)(?![\s\d０-９]*(?:名|人)(?!目))|ご?実家|帰省先|滞在先|退所(?:先|後)|退院(?:先|後)|(?:探|捜)して(?:い)?る(?:人|方)|行方不明(?:者|の方)|休暇中(?:の)?(?:連絡先|住所)|局留め|営業所留め|店頭受(?:け)?取|従業員|(?:上記|ご本人|ご登録(?:の)?(?:住所|ご住所)?)以外(?:の(?:方|住所))?(?:に|へ|を)(?:の)?(?:発送|送付|お届け|配送)|別の(?:ご?住所|場所|宛先)(?:へ|に)(?:の)?(?:発送|配送|お届け)/;

/** 「ご連絡先とご契約者様が異なる場合」: a person who is not the user, offered by a switch. */
const DIFFERS_FROM_USER =
  /(?:契約者|申込者|申請者|届出人|ご?本人|名義人)(?:名義?)?(?:様|さま)?(?:と|が|とは|は)\s*(?:異な|違)|(?:ご?連絡先|ご?担当者|ご?利用者)(?:が|は)(?:上記|ご?契約者|ご?本人)?(?:様|さま)?(?:と)?異な|お問い?合わせ(?:の|された)?(?:方|者)(?:様|さま)?と[^。]{0,12}?(?:が|は)\s*異な|(?:お?届け?先|配送先|配達先|送付先|発送先)(?:の)?(?:ご?住所)?(?:が|は)[^。]{0,12}?(?:異な|違)/;

/**
 * 「申込者と参加者が同一の場合こちらをクリック」, 送付先 (•) 別住所 ( ) お客様情報と同じ: a block the user's
 * values can be copied into, so its own person may differ.
 */
const COPIED_FROM_USER =
  /(?:申込者|申込み者|申請者|契約者|予約者|ご?本人)(?:様|さま)?と(?:参加者|利用者|宿泊者|搭乗者|同行者|受取人|ご?契約者|ご?利用者)?(?:様|さま)?(?:が|は)?\s*(?:同じ|同一)(?:の)?場合|(?:お客様|お客さま|ご?注文者|ご?購入者|ご?依頼主)(?:様|さま)?(?:情報|の?(?:ご)?住所)?と同じ/;

/** Words that set a person apart from the user: one who differs, or one the user's values may be copied to. */
function setApartFromUser(text: string): boolean {
  return DIFFERS_FROM_USER.test(text) || COPIED_FROM_USER.test(text);
}

/** 変更後のお届け先, お届け先の変更（お引越し）: where the user's own mail goes after a move, not a recipient. */
const OWN_CHANGED_DELIVERY = /(?:新しい|変更後の)(?:ご|お)?お?届け?先|お?届け?先(?:ご?住所)?(?:の)?変更\s*\(?\s*(?:お?引っ?越|転居)/g;
/** 発送元・お届け先住所 at a member's sign-up: where the member ships from and receives, their own. */
const OWN_SENDING_DELIVERY = /(?:発送元|差出人|ご?依頼主)(?:ご?住所)?\s*(?:[・/／、]|と|および|及び)\s*(?:お|ご)?(?:届け?先|配送先)/g;

/** 連絡先住所（現住所と異なる場合）, 現住所以外に連絡を希望する場合: another place to reach the user, not a home the profile holds. */
// [✓] 連絡先＝現住所と同じ: a block that may copy the home is another place all the same.
const BESIDES_HOME = /(?:現住所|現在の?(?:ご)?住所|ご自宅)(?:と|とは)\s*(?:異な|違|同じ|同一)|(?:現住所|ご自宅)以外/;

/** お電話番号（緊急連絡先）: the user's own number, the one to call in an emergency; the bracket qualifies it. */
const OWN_EMERGENCY_NUMBER = /((?:お|ご)?(?:携帯)?(?:電話|tel)(?:番号)?\s*)\(\s*(?:緊急|非常時?)(?:の|時の)?(?:ご)?連絡(?:先|用)(?:として)?\s*\)/gi;

/** 生年月日（法人の場合は代表者の生年月日）: a bracket for the case of a company says nothing of a person who fills it in. */
const COMPANY_CASE = /\((?:法人|会社|企業|団体)(?:の)?(?:場合|方)[^)]*\)/g;

/** Fields about someone else (a delivery recipient, a guarantor, an employer). */
export function readOtherParty(text: string): boolean {
  // 相 手 方 情 報: a heading spaced out letter by letter, longer than a caption may be.
  text = joinSpacedLetters(text, 3, 12);
  const t = text.replace(OWN_CHANGED_DELIVERY, ' ').replace(OWN_SENDING_DELIVERY, ' ').replace(COMPANY_CASE, ' ').replace(OWN_EMERGENCY_NUMBER, '$1');
  return OTHER_PARTY.test(t) || OUR_STAFF.test(t) || setApartFromUser(t) || ADDED_ADDRESS.test(text) || namesPlaceBesidesHome(t);
}

/** 代表者氏名: someone else only because of 代表者, which a heading naming the user (予約者情報) overrides. */
export function namesOnlyRepresentative(text: string): boolean {
  const rest = text.replace(/代表者/g, ' ');
  return rest !== text && readOtherParty(text) && !readOtherParty(rest);
}

/** 連絡先（現住所と異なる場合）, [ ] 現住所と同じ: a place to reach the user besides the home, not a new home. */
export function namesPlaceBesidesHome(text: string): boolean {
  return BESIDES_HOME.test(text) && !NEW.test(text);
}

/** A switch (checkbox, radio) whose words say the block it opens is about someone else. */
export function isOtherPartySwitch(text: string): boolean {
  return setApartFromUser(text) || namesPlaceBesidesHome(text);
}

const EMERGENCY_CONTACT = /(?:緊急|非常時?)(?:の|時の)?連絡先/;

/** 緊急連絡先: someone to call, never a person who moves with the user. */
export function namesEmergencyContact(text: string): boolean {
  return EMERGENCY_CONTACT.test(text);
}
const EITHER = /[・/／]|または|もしくは/;

export type Person = { kind: 'main' } | { kind: 'household'; index?: number };

const ORDINAL = /(\d+)\s*(?:人目|番目)|(?:転居者|移転者|お引越しされる方|転居される方)\s*[(\[]?(\d+)/;
const MEMBER = /同居(?:者|人|家族|の方|される方)|ご?家族(?!構成)|世帯員|被?扶養(?:家族|親族|者|情報|対象者?)/;
const MEMBER_NUMBER = /(?:同居(?:者|人|家族)|ご?家族|世帯員)\s*[(\[]?(\d+)/;
// あなたの名前, ご自身の連絡先: the words name the one who writes, whatever the form is about.
const MAIN = /(?:あなた|ご自身)(?:自身)?の?\s*(?:お?名前|氏名|ご?住所|(?:お?電話|携帯)(?:番号)?|(?:e-?)?メール|ご?連絡先|生年月日|フリガナ|ふりがな|情報)|届出人|借主|ご?予約者|申込者|申請者|保護者|ご?担当者|ご本人|本人(?!確認)|ご?契約者(?!番号)|(?<!所有者|使用者)名義人|お客さま情報|お客様情報|ご依頼主|ご注文者|注文者/;

const OTHERS_OWN_SELF = /(?:生徒|お子(?:様|さま|さん)|受講(?:者|生)|塾生|児童|園児)(?:様|さま)?\s*(?:ご)?本人/;

/** Headings of rows for the people who move with the applicant, the applicant left out. */
const EXCLUDING_APPLICANT =
  /(?:届出人|申請者|申込者|契約者|ご?本人)(?:様)?(?:を除く|以外)|(?:一緒|いっしょ|ともに|共)に(?:転出|転居|転入|引っ?越|お引っ?越|移転|異動)(?:し|する|される|なさる)?(?:方|人|者)|同行(?:する|される)?(?:方|者)|(?:届出人|申請者|ご?本人)[^。]{0,10}(?:記入|入力|記載)(?:は)?不要/;

export function excludesApplicant(text: string): boolean {
  return EXCLUDING_APPLICANT.test(text);
}

/** The number in 「1人目」「転居者2」, or null. */
export function readOrdinal(text: string): number | null {
  const m = ORDINAL.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}

/**
 * The person a heading or caption is about. People who move together are counted with the user
 * first (転居者 2人目 is household[0]); members listed apart from the user (同居家族 1) count from 1.
 */
export function readPerson(text: string): Person | null {
  if (setApartFromUser(text)) return null;
  // 生徒ご本人の氏名: the 本人 is the pupil's own self, not the user's.
  if (OTHERS_OWN_SELF.test(text)) return null;
  if (EXCLUDING_APPLICANT.test(text)) return { kind: 'household' };
  const ordinal = ORDINAL.exec(text);
  // 1人目の従業員情報: the first of other people, not the user.
  if (ordinal && OTHER_PARTY.test(text) && !MEMBER.test(text) && !MAIN.test(text)) return null;
  if (ordinal) {
    const n = Number(ordinal[1] ?? ordinal[2]);
    return n <= 1 ? { kind: 'main' } : { kind: 'household', index: n - 2 };
  }
  const numbered = MEMBER_NUMBER.exec(text);
  if (numbered) return { kind: 'household', index: Math.max(0, Number(numbered[1]) - 1) };
  // ご家族・緊急連絡先: a family member named as a contact, not one who moves with the user; 担当者・
  // ご家族氏名: one of two people, neither of them the user for certain.
  if (MEMBER.test(text) && (EMERGENCY_CONTACT.test(text) || (MAIN.test(text) && EITHER.test(text)))) return null;
  if (MAIN.test(text)) return { kind: 'main' };
  if (MEMBER.test(text)) return { kind: 'household' };
  return null;
}

/** Whether a short line of text is worth keeping as a section heading. */
export function isSectionCue(text: string): boolean {
  return readSide(text) !== null || readOtherParty(text) || readPerson(text) !== null;
}
