// The field classifier: for a page it has no mapping for, guess which profile key each fillable
// field takes. It runs in the extension's content script and, through the CLI, in Node.
//
// Decisions worth knowing when reading its output:
// - A radio group is one entry: `element`/`selector` are its first radio; the others share its name.
// - Checkboxes are listed with key null (agreement boxes, "same as above" switches).
// - Disabled and read-only fields keep their key (pages enable them on the fly); the evidence says so.
// - Fields concealed by the markup (hidden, off-screen, honeypots) are listed with key null; with
//   `isVisible` they are left out altogether.
// - Household members are numbered from 0 without the user: 転居者 2人目 is household[0].

import { captionsAndHeadings, fire, isRequired, ownCaptions, together, VISIBLE_CAPTION_KINDS, writtenCaptions, type Candidate } from './candidate';
import { applyLearnedCalibration, calibrate, readPageTopic } from './calibrate';
import { collectControls } from './collect-controls';
import { createConcealmentCheck, looksLikeHoneypot, openingSwitchText, shownOnDemand, styledChoice } from './concealment';
import { resolveAccountHolders, resolveBankAccounts } from './bank-account';
import { buildKey } from './build-key';
import { isHeading } from './element-text';
import { ContextReader } from './field-context';
import { groupBy } from './group-by';
import { interpretField } from './interpret-field';
import { readPageLayout } from './page-layout';
import { readPageHeadings, type PageHeadings } from './page-headings';
import { readPageSide } from './page-side';
import { resolveAddresses, resolveRestAfterPrevious, resolveSharedPartCaption, resolveSplitAddressKana } from './resolve-addresses';
import { BUILDING, POSTAL } from './reading';
import { resolveLoneNameParts, resolveNameSplits, resolveNameScripts, resolveRepeatedNameParts, resolveStackedScripts, resolveSplitEmails, resolvePostalPairs, resolveSplitRuns, resolveEmptyDateSelects } from './resolve-splits';
import { isPersonal, offersAboveAddress, resolveAboveAsDelivery, resolveGuardianChild, resolveRowsOfOthers, resolveOwnDelivery, resolveRepeatedPeople, resolveSoleLearner, resolveSoleRepresentative, toUser } from './resolve-people';
import { resolveChangeDates } from './resolve-change-dates';
import { resolveEmailAskedAgain, resolveEmailConfirmByLabel, resolveEmailLists, resolveLoneAltEmail, resolvePhoneAlternatives } from './resolve-contacts';
import { resolveServiceDates } from './resolve-service-dates';
import { resolveUncaptioned } from './resolve-uncaptioned';
import { stripDecorations } from './normalise-text';
import { isOtherPartySwitch, isSectionCue, namesPlaceBesidesHome, readOtherParty } from './section-cues';
import type { RuleId } from './rules';
import type { ClassifiedField, ClassifyOptions } from './types';
import { buildUniqueSelector, SelectorIndex } from './unique-selector';
import { BRACKETED_READING, READING_WORD } from './reading-words';

export type { ClassifiedField, ClassifyOptions } from './types';

function assignHouseholdIndices(candidates: Candidate[]): void {
  const explicit = candidates.map((c) => c.householdIndex).filter((i): i is number => i !== undefined);
  let next = explicit.length ? Math.max(...explicit) + 1 : 0;
  const byAnchor = new Map<object, Map<object | null, number>>();
  // 家族構成 over 氏名 [ ] 続柄 [ ] 氏名 [ ] 続柄 [ ]… with no table: a name asked again starts the next person.
  const askedFor = new Map<object, Set<string>>();
  for (const c of candidates) {
    if (c.scope !== 'household' || c.householdIndex !== undefined) continue;
    const anchor = c.interp.personAnchor ?? c.context.group;
    const rows = byAnchor.get(anchor) ?? new Map<object | null, number>();
    byAnchor.set(anchor, rows);
    const row = gridRow(c);
    if (row === null && c.interp.type === 'name') {
      const r = c.interp.reading;
      const asked = `${r.namePart ?? 'full'}:${r.kana ? 'kana' : ''}:${r.romaji ? 'romaji' : ''}`;
      const seen = askedFor.get(anchor) ?? new Set<string>();
      askedFor.set(anchor, seen);
      if (seen.has(asked)) {
        rows.set(null, next++);
        seen.clear();
      }
      seen.add(asked);
    }
    if (!rows.has(row)) rows.set(row, next++);
    c.householdIndex = rows.get(row);
  }
}

const FAMILY_MAKEUP = /家族構成/;

/**
 * 氏名 [ ] … then 家族構成 over 氏名 [ ] 生年月日 [ ] 続柄 [ ]…: after the user's own name, people under a
 * heading of the family's make-up are the household. (我が家の家族構成 over the whole form, the user's
 * own name included, is a title, not a section of other people.)
 */
function resolveFamilyMakeupRows(candidates: Candidate[]): void {
  const active = candidates.filter((c) => !c.excluded);
  for (const list of groupBy(active, (c) => c.form)) {
    const own = list.findIndex((c) => c.scope === 'main' && c.interp.type === 'name' && !c.context.sections.some((s) => FAMILY_MAKEUP.test(s.text)));
    if (own < 0) continue;
    for (const c of list.slice(own + 1)) {
      if (c.scope !== 'main' || c.interp.person || !(isPersonal(c) || c.interp.type === 'relationship')) continue;
      const heading = c.context.sections.find((s) => FAMILY_MAKEUP.test(s.text));
      if (!heading) continue;
      c.scope = 'household';
      c.interp.personAnchor = heading.anchor;
      c.evidence.push('scope:household');
      fire(c, 'person.heading');
    }
  }
}

/**
 * 同居家族 over a table of 続柄 | 氏名 | 年齢 with a row of boxes per person: a box captioned only by
 * its column stands in the row of one member.
 */
function gridRow(c: Candidate): object | null {
  const cell = c.context.header;
  return cell?.tagName === 'TD' && cell.contains(c.control.element) ? cell.parentElement : null;
}

/** The field holds someone else's value (a card holder's, a company's, a recipient's): no key. */
function toOtherParty(c: Candidate, rule: RuleId): void {
  c.scope = 'other';
  fire(c, rule);
}

/**
 * A name right before a card number is the card holder's, not a profile value; not when a heading of
 * its own (クレジット登録) stands over the card number and not over the name.
 */
function resolveCardHolders(candidates: Candidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    if (c.interp.type === 'name' && next.interp.type === 'none' && next.interp.reading.negative === 'card' && nearestHeading(c) === nearestHeading(next)) {
      toOtherParty(c, 'person.card-holder');
    }
  }
}

const OTHER_CHOICE = /^(?:その他|そのほか|他|other)(?:\s*[(（:：].*)?$/i;

/** The words of a radio's or checkbox's own label. */
function choiceLabel(el: Element): string {
  const label = el.closest('label') ?? (el.id ? Array.from(el.ownerDocument.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === el.id) : null);
  return label?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * ( ) 勤務先 ( ) 携帯 ( ) その他 [ ]: a box alone in a block with the choice その他 before it says what
 * that other choice is; it takes no value of the question's kind.
 */
function resolveOtherChoiceBoxes(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.excluded || (c.control.kind !== 'text' && c.control.kind !== 'textarea')) continue;
    const block = c.control.element.parentElement?.closest('li, label, td, dd, p, span, div');
    const controls = block ? Array.from(block.querySelectorAll('input:not([type="hidden"]), select, textarea')) : [];
    const choice = controls[0];
    if (controls.length !== 2 || controls[1] !== c.control.element || !/^(?:radio|checkbox)$/i.test(choice.getAttribute('type') ?? '')) continue;
    if (!OTHER_CHOICE.test(choiceLabel(choice))) continue;
    c.interp.type = 'none';
    c.interp.reading.type = 'none';
    fire(c, 'caption.takes-nothing');
  }
}

// A company the user deals with (管理会社名, 現在のガス会社), not the one the user writes for.
const THIRD_COMPANY = /(?:管理|ガス|電力|電気|保険|引っ?越し?|運送|不動産|仲介|通信|携帯|カード)会社|現在の[^\s]{0,8}会社|ご?契約中の/;
// 会社名または個人名, 個人／法人, 会社名（個人の方は不要）: a form that serves private persons too; what
// follows may be theirs.
const OR_PERSON = /(?:または|又は|もしくは|或いは|・|\/|or)\s*[「『【(]?\s*(?:ご?本人|氏名|お名前)|個人(?!事業)/;
const notTheUsersCompany = (caption: string) => THIRD_COMPANY.test(caption) || OR_PERSON.test(caption);

// ( ) 適格請求書発行事業者 ( ) 免税事業者: a choice about a business names no company.
const isCompanyName = (c: Candidate | undefined) => c?.interp.type === 'none' && c.interp.reading.negative === 'company' && (c.control.kind === 'text' || c.control.kind === 'textarea');

/**
 * 会社名 [株式会社 労災建設] then フリガナ [ ], or フリガナ [ ] then 法人名 [ ] with no person's name before
 * it: a kana box beside a company's name spells the company.
 */
function resolveCompanyKana(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    const c = candidates[i];
    if (c.interp.type !== 'name' || !c.interp.reading.kana) continue;
    if (!isCompanyName(prev) && !(isCompanyName(next) && prev?.interp.type !== 'name')) continue;
    if (c.context.texts.some((t) => t.kind !== 'note' && /氏名|名前|姓|(?:^|[^会社])名(?!称)|セイ|メイ|せい|めい/.test(t.text))) continue;
    c.interp.type = 'none';
    c.interp.reading.type = 'none';
    c.interp.reading.negative = 'company';
    fire(c, 'caption.takes-nothing');
  }
}

const USER_NAME = /ユーザー(?:名|ネーム)|user ?name/i;
const READING = new RegExp(`${BRACKETED_READING}|^${READING_WORD}$`);

/**
 * ユーザー名 [ ] then フリガナ [ ] (or ユーザー名（かな） [ ]): a login name is never spelt out in kana,
 * so a user name asked with its reading is the person's name.
 */
function resolveUserNameReadings(candidates: Candidate[]): void {
  const isUserName = (c: Candidate | undefined) => c?.interp.type === 'none' && c.interp.reading.negative === 'account' && ownCaptions(c).some((t) => USER_NAME.test(t));
  for (let i = 0; i + 1 < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    if (!isUserName(c) || c.excluded || next.excluded || next.form !== c.form) continue;
    const kanaName = next.interp.type === 'name' && next.interp.reading.kana;
    const userNameReading = isUserName(next) && ownCaptions(next).some((t) => READING.test(t.replace(USER_NAME, '').trim()));
    if (!kanaName && !userNameReading) continue;
    for (const [box, kana] of [[c, false], [next, true]] as const) {
      if (box.interp.type === 'name') continue;
      box.interp.type = 'name';
      box.interp.reading = { ...box.interp.reading, type: 'name', negative: undefined, namePart: 'full', kana };
      fire(box, 'name.user-name-reading');
    }
  }
}

const READING_ONLY = /^(?:ふりがな|フリガナ|かな|カナ|よみがな|ヨミガナ)$/;

/** A box read as a name only by a word that here names no one's name. */
function toStrayReading(c: Candidate): void {
  c.interp.type = 'none';
  c.interp.reading = { ...c.interp.reading, type: 'none', negative: 'stray-reading' };
  fire(c, 'name.stray-reading');
}

/**
 * 登録番号 [地域名] [分類番号] かな [ ] [番号]: a box captioned only as a reading, with no name before or
 * after it, spells something other than a person's name.
 */
function resolveStrayReadings(candidates: Candidate[]): void {
  const visible = (c: Candidate) => c.context.texts.filter((t) => VISIBLE_CAPTION_KINDS.has(t.kind)).map((t) => stripDecorations(t.text).replace(/\s+/g, ''));
  const isName = (c: Candidate | undefined, form: unknown) =>
    !!c && c.form === form && ((!c.excluded && c.interp.type === 'name') || visible(c).some((t) => /氏名|名前|姓|名$|漢字/.test(t)));
  const uncaptioned = (c: Candidate | undefined) => !!c && !c.excluded && !c.interp.type && !visible(c).length;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.excluded || c.interp.type !== 'name' || !c.interp.reading.kana) continue;
    const own = writtenCaptions(c).map((t) => t.replace(/\s+/g, ''));
    if (!own.length || !own.every((t) => READING_ONLY.test(t))) continue;
    // お名前 [ ][ ] then フリガナ [ ][ ]: the box right before may be the name's second, with no caption of its own.
    const before = uncaptioned(candidates[i - 1]) ? candidates[i - 2] : candidates[i - 1];
    if (isName(before, c.form) || isName(candidates[i + 1], c.form)) continue;
    // 住所 [ ] ふりがな [ ]: right after an address box, the reading is the address's.
    const prev = candidates[i - 1];
    if (prev && prev.form === c.form && !prev.excluded && prev.interp.type === 'address' && !prev.interp.reading.addressSpecial && prev.interp.reading.addressParts !== POSTAL) {
      c.interp.type = 'address';
      c.interp.reading = { ...c.interp.reading, type: 'address', kana: undefined, namePart: undefined, addressParts: 0, addressSpecial: 'kana', side: prev.interp.reading.side };
      c.interp.side = prev.interp.side;
      c.interp.sideFromField = prev.interp.sideFromField;
      fire(c, 'address.reading-after');
      continue;
    }
    toStrayReading(c);
  }
}

const SCRIPT_ONLY = /^[(（]?漢字(?:表記)?[)）]?$/;

/**
 * 漢字 [ ][ ] is a name's row only beside rows of the same name in another script (カナ, ローマ字) or
 * under a heading that names a name; alone, 漢字 says only how to type.
 */
function resolveScriptOnlyNames(candidates: Candidate[]): void {
  const nameHeading = (c: Candidate) => c.context.sections.some((s) => /名前|氏名|姓名/.test(s.text));
  candidates.forEach((c, i) => {
    if (c.excluded || c.interp.type !== 'name' || c.interp.reading.kana || c.interp.reading.romaji) return;
    const own = writtenCaptions(c).map(stripDecorations);
    if (!own.length || !own.every((t) => SCRIPT_ONLY.test(t)) || c.evidence.some((e) => /^(?:identifier|autocomplete):/.test(e))) return;
    const near = candidates.slice(Math.max(0, i - 4), i + 5).filter((n) => n !== c && n.form === c.form);
    if (nameHeading(c) || near.some((n) => n.interp.type === 'name' && (n.interp.reading.kana || n.interp.reading.romaji))) return;
    toStrayReading(c);
  });
}

const COMPANY_CONTACT = /ご?担当者/;

/**
 * The company's phone and fax may come between its name and its address, and so may the name of its
 * person in charge (ご担当者名). Where the company's name is required, the form is a company's
 * registration: the writer's name and gender do not end its rows either. Anything else (an e-mail, a
 * date) does.
 */
function endsCompanyRows(c: Candidate, companyRequired: boolean): boolean {
  if (c.interp.type === 'name' && (companyRequired || ownCaptions(c).some((t) => COMPANY_CONTACT.test(t)))) return false;
  if (c.interp.type === 'gender' && companyRequired) return false;
  return !!c.interp.type && c.interp.type !== 'none' && c.interp.type !== 'address' && c.interp.type !== 'phone';
}

/** The headings above a field's row (not the row's own caption): which block of the form it is in. */
function blockOf(c: Candidate): string {
  // <h2>ご購入者情報</h2> [お名前 ][会社名・屋号 ]…: a heading read as the first box's header still heads
  // the boxes after it, so it stays in that box's block.
  const own = new Set(c.context.texts.filter((t) => t.kind === 'label' || (t.kind === 'header' && !(c.context.header && isHeading(c.context.header)))).map((t) => t.text));
  return c.context.sections.map((s) => s.text).filter((t) => t && !own.has(t)).join(' | ');
}

const LOCATION = /所在地/;
const HOME_WORD = /住所|自宅|お住まい|現住所|居住/;

/**
 * On a form that opens with a company's name, the address asked right next to it (after it, or
 * before it when no one's name comes first) is the company's; so is a 所在地 right after one.
 */
function resolveCompanyAddresses(candidates: Candidate[]): void {
  const active = candidates.filter((c) => !c.excluded);
  const firstPerson = active.findIndex((c) => c.interp.type === 'name');
  // お住まいのマンション名 [ ] 部屋番号 [ ]: boxes of one address run with a box that names the user's home.
  const home = new Set<Candidate>();
  for (let i = 0; i < active.length; ) {
    let j = i;
    while (j < active.length && active[j].interp.type === 'address') j++;
    const run = active.slice(i, j);
    if (run.some(namesHome)) run.forEach((c) => home.add(c));
    i = Math.max(j, i + 1);
  }
  const mark = (order: number[], forward: boolean) => {
    let nextToCompany = false;
    let companyRequired = false;
    let companyPerson: string | undefined;
    for (const i of order) {
      const c = active[i];
      // The form opens with it (no one's name comes before this company's), or, read forward, so does
      // its block (組織名 right under ドメイン登録情報); 部署 and 役職 after it keep its rows open.
      if (isCompanyName(c)) {
        const typedBefore = active.slice(0, i).reverse().find((p) => p.control.kind !== 'radio' && p.control.kind !== 'checkbox');
        const opensBlock = forward && !!typedBefore && !!blockOf(c) && blockOf(typedBefore) !== blockOf(c);
        // 会社名・学校名 [ ] then 所在地 〒[ ]…: a location, right after an organisation's name, is where it is.
        const next = active[i + 1];
        const nextTexts = forward && next?.interp.type === 'address' ? captionsAndHeadings(next) : [];
        const itsLocation = nextTexts.some((t) => LOCATION.test(t)) && !nextTexts.some((t) => HOME_WORD.test(t));
        nextToCompany = (nextToCompany || firstPerson === -1 || firstPerson > i || opensBlock || itsLocation) && !notTheUsersCompany(c.interp.caption);
        if (nextToCompany && /会社|企業|法人|団体|貴社|御社|屋号|組織/.test(c.interp.caption)) companyRequired = isRequired(c);
        companyPerson = c.interp.person?.kind;
      }
      // A person named over the whole block (ご契約者について) names the company's row as much as the address.
      // お住まいのマンション名 names the user's home, whatever company comes next.
      else if (c.interp.type === 'address' && nextToCompany && c.scope === 'main' && !c.interp.side && (!c.interp.person || c.interp.person.kind === companyPerson) && !home.has(c)) {
        toOtherParty(c, 'person.other-party');
      } else if (c.interp.type === 'name' && nextToCompany && c.scope === 'main' && ownCaptions(c).some((t) => /代表者/.test(t))) {
        // 組織名 then 代表者名: the company's head, whoever fills in the form.
        toOtherParty(c, 'person.other-party');
      } else if (endsCompanyRows(c, companyRequired)) nextToCompany = false;
    }
  };
  const forward = active.map((_, i) => i);
  mark(forward, true);
  mark([...forward].reverse(), false);
}

/**
 * 会社名 (required) first, then 姓・名, メール, 電話, then 郵便番号 / 都道府県 / 市区町村 / 町名・番地: a
 * business enquiry; the address it asks is the company's, wherever it stands, unless it names the home.
 */
function resolveBusinessEnquiry(candidates: Candidate[]): void {
  const active = candidates.filter((c) => !c.excluded && c.control.kind !== 'radio' && c.control.kind !== 'checkbox');
  const first = active[0];
  if (!first || !isCompanyName(first) || !isRequired(first) || !/会社|企業|法人|団体|貴社|御社|公司|屋号/.test(first.interp.caption) || notTheUsersCompany(first.interp.caption)) return;
  const addresses = active.filter((c) => c.interp.type === 'address' && c.scope === 'main' && !c.interp.side && !c.interp.person);
  if (addresses.some(namesHome)) return;
  for (const c of addresses) {
    toOtherParty(c, 'person.other-party');
  }
}

const COMPANY_MOVE = /(?:オフィス|事務所|法人|企業|会社|店舗|事業所)(?:様)?(?:の)?(?:ご|お)?(?:移転|引(?:っ)?越)/;

/**
 * オフィス移転訪問お見積りフォーム opening with 会社名: the move is the company's; its addresses
 * (現在お住まいの… copied from a private move's form included) and its dates are not the user's.
 */
function resolveCompanyMove(candidates: Candidate[], headings: PageHeadings): void {
  if (!headings.main.some((t) => COMPANY_MOVE.test(t))) return;
  const first = candidates.find((c) => !c.excluded && c.control.kind !== 'radio' && c.control.kind !== 'checkbox');
  if (!isCompanyName(first) || notTheUsersCompany(first!.interp.caption)) return;
  for (const c of candidates) {
    if (c.excluded || c.scope !== 'main') continue;
    const moveDate = c.interp.type === 'date' && !!c.interp.reading.dateKind && c.interp.reading.dateKind !== 'birth';
    if (c.interp.type === 'address' || moveDate) toOtherParty(c, 'person.company-move');
  }
}

const PICKUP = /集荷元/;
// 集荷先 is also where a courier calls at the sender's; only on a page about a move is it the old home.
const MOVE_PICKUP = /集荷(?:元|先)/;
const MOVE_PAGE = /引(?:っ)?越|転居|移転/;
const DELIVERY = /お?届け?先|配送先/;

/**
 * 集荷元住所 and お届け先住所 on one form, or 集荷先 and お届け先 blocks on a moving estimate: a move's
 * pick-up and delivery, the old and the new home.
 */
function resolvePickupAndDelivery(candidates: Candidate[], headings: PageHeadings): void {
  const movePage = headings.main.some((t) => MOVE_PAGE.test(t));
  const captions = (c: Candidate) => (movePage ? captionsAndHeadings(c) : ownCaptions(c)).join(' ');
  const pickup = movePage ? MOVE_PICKUP : PICKUP;
  const forms = new Set(candidates.filter((c) => !c.excluded && c.interp.type === 'address' && pickup.test(captions(c))).map((c) => c.form));
  for (const c of candidates) {
    if (c.excluded || c.interp.type !== 'address' || c.scope !== 'other' || !forms.has(c.form) || !DELIVERY.test(captions(c)) || pickup.test(captions(c))) continue;
    c.interp.side = 'new';
    c.interp.sideFromField = true;
    toUser(c, 'side.pickup-delivery');
  }
}

/** お住まいの…, ご自宅…, 現住所: the field's own caption names where the user lives. */
function namesHome(c: Candidate): boolean {
  return /お住(?:ま)?い|ご?自宅|現住所/.test(ownCaptions(c).join(' '));
}

// 物件の所在地, 売却物件, and any address under a heading 物件について / 物件情報.
const PROPERTY = /物件(?:の)?(?:所在地|住所)|(?:売却|査定|ご?所有|賃貸|管理|対象)(?:予定)?(?:の)?物件|(?:^|\s)(?:ご?売却|査定|対象)?物件(?:について|に関する情報|の?情報|概要|詳細)(?:\s|$)/;
const OWN_HOME = /お住まい|ご?自宅|現住所|ご住所|ご連絡先/;

// 空き家・相続不動産の売却相談: a page about selling or valuing a property asks where that property is;
// so does an owner's about letting or managing one (管理・空室のご相談, 賃貸管理のご依頼).
const SALE = /売却|査定|買取|買い取り|空き家|空家|相続|空室|賃貸管理|管理委託/;

/**
 * A property to sell or let, on a form that also asks where the user lives, is not the user's
 * address; nor is the property on a page about selling or valuing one.
 */
function resolvePropertyAddresses(candidates: Candidate[], doc: Document): void {
  const addresses = candidates.filter((c) => !c.excluded && c.interp.type === 'address' && c.scope === 'main' && !c.interp.side);
  const captions = new Map(addresses.map((c) => [c, captionsAndHeadings(c).join(' ')]));
  const property = addresses.filter((c) => PROPERTY.test(captions.get(c)!));
  if (!property.length) return;
  const homeForms = new Set(addresses.filter((c) => !property.includes(c) && OWN_HOME.test(captions.get(c)!)).map((c) => c.form));
  const forSale = SALE.test(doc.title ?? '');
  // お問い合わせ種別 [売却相談 ▾]: a form that offers a sale or a valuation among its choices asks of that property.
  const saleForms = new Set(candidates.filter((c) => c.context.choiceTexts.some((t) => SALE.test(t))).map((c) => c.form));
  for (const c of property) {
    if (!homeForms.has(c.form) && !forSale && !saleForms.has(c.form) && !SALE.test(captions.get(c)!)) continue;
    toOtherParty(c, 'person.property');
    // ご売却物件のご住所 [都道府県▾] [市区町村] [町名] [丁目・番地]: the boxes beside the captioned one, named
    // only by the part they take, are the rest of the same address.
    for (let at = candidates.indexOf(c) + 1, prev = c; at < candidates.length; at++) {
      const next = candidates[at];
      if (next.excluded || next.interp.type !== 'address' || next.scope !== 'main' || next.interp.side || !together(prev, next) || OWN_HOME.test(captions.get(next) ?? '')) break;
      toOtherParty(next, 'person.property');
      prev = next;
    }
  }
}

// 内見依頼, 内覧予約: a page asking to see a property.
const VIEWING = /内見|内覧/;

/**
 * On a page asking to see a property, 物件名 and the 号室 beside it name the property to be seen, not
 * where the user lives (a home not yet rented is no address of the user's).
 */
function resolveViewedProperty(candidates: Candidate[], headings: PageHeadings): void {
  if (!headings.main.some((t) => VIEWING.test(t))) return;
  let property: Candidate | null = null;
  for (const c of candidates) {
    if (c.excluded || c.interp.type !== 'address' || c.scope !== 'main' || c.interp.side) continue;
    const named = /物件/.test(captionsAndHeadings(c).join(' '));
    // [物件名] [ ]号室: the room box after the property's name, with no caption of its own to say otherwise.
    const itsRoom = property && c.index === property.index + 1 && (c.interp.reading.addressParts ?? 0) === BUILDING;
    if (!named && !itsRoom) continue;
    toOtherParty(c, 'person.property');
    property = c;
  }
}

/**
 * A page titled お届け先住所変更 / 配送先の登録 is about a recipient's address: its fields that no
 * heading or caption gives to the user (ご注文者) or to a side of a move are the recipient's.
 */
function resolveRecipientPage(candidates: Candidate[], headings: PageHeadings): void {
  if (!headings.main.some((t) => readOtherParty(t))) return;
  const unclaimed = candidates.filter(
    (c) => !c.excluded && c.scope === 'main' && !c.interp.person && !c.interp.side && (c.interp.type === 'address' || c.interp.type === 'name' || c.interp.type === 'phone'),
  );
  // お届け先情報入力 over an address with no one's name, then [ ] 配達先住所が異なる場合 opening a block
  // of its own: the address shown first is where the member is, the switch's block the recipient's.
  const recipientSwitch = candidates.findIndex(
    (c) =>
      c.scope === 'other' &&
      ((c.rules.includes('shown-on-demand') && readOtherParty(openingSwitchText(c.control.element))) ||
        ((c.control.kind === 'checkbox' || c.control.kind === 'radio') && readOtherParty(c.interp.caption))),
  );
  const own = new Set<Candidate>();
  if (recipientSwitch >= 0) {
    const opened = switchBlock(candidates, recipientSwitch);
    for (const c of unclaimed) if (!opened.has(c)) own.add(c);
    // ( ) ご注文者に発送 ( ) 別なお届け先に発送: a choice that sends to the orderer says the block before
    // it is the orderer's own, name included.
    const toOrderer = candidates.some((c) => c.control.kind === 'radio' && offersAboveAddress(c));
    if (!toOrderer && [...own].some((c) => c.interp.type === 'name')) own.clear();
  }
  for (const c of unclaimed) {
    if (own.has(c)) continue;
    toOtherParty(c, 'person.other-party');
  }
}

/**
 * 郵便番号 [ ] 住所 [ ]… then [ ] ギフトの配達先住所が異なる場合、チェックして別の住所を入力: after the
 * user's own address, the address right after a switch that sets someone apart is that person's,
 * hidden or not.
 */
function resolveSwitchedBlocks(candidates: Candidate[]): void {
  candidates.forEach((s, at) => {
    if (s.excluded || (s.control.kind !== 'checkbox' && s.control.kind !== 'radio') || !isOtherPartySwitch(s.interp.caption)) return;
    if (!candidates.slice(0, at).some((c) => !c.excluded && c.scope === 'main' && c.interp.type === 'address')) return;
    // [ ] 連絡先＝現住所と同じ inside the 現住所 card: the card's heading gave its side to the block the
    // switch opens, which is another place all the same; a side the box's own caption names stays.
    const sameAsHome = namesPlaceBesidesHome(s.interp.caption);
    const block = switchBlock(candidates, at);
    // 連絡先 ▸ 郵便番号, 住所, 電話番号, メール: under a heading of its own, the phone and e-mail after the
    // address belong to the same place.
    if (sameAsHome) {
      const own = nearestHeading([...block].at(-1) ?? s);
      if (own && own !== nearestHeading(s))
        for (const c of candidates.slice(at + 1)) {
          if (c.excluded || block.has(c)) continue;
          if (nearestHeading(c) !== own) break;
          block.add(c);
        }
    }
    for (const c of block) {
      if (c.scope !== 'main' || c.interp.person) continue;
      if (c.interp.side && !(sameAsHome && c.rules.includes('side.section') && !c.interp.sideFromField)) continue;
      toOtherParty(c, 'person.other-party');
    }
  });
}

/** The heading right above a field (its anchor), to tell whether two fields stand under the same one. */
function nearestHeading(c: Candidate): object | undefined {
  return c.context.sections[0]?.anchor;
}

/** 連絡先（現住所と異なる場合）: a caption's head, and the case in brackets that puts it apart. */
const CONDITIONAL_CAPTION = /^([^\s(（]{2,8})\s*[(（][^)）]*場合[^)）]*[)）]/;

/**
 * 連絡先（現住所と異なる場合） [ ] then 連絡先（フリガナ） [ ] and 連絡先 電話番号 [ ]: the rows that carry
 * the same head after a row set apart by its case are parts of the same place.
 */
function resolveConditionalCaptionRows(candidates: Candidate[]): void {
  let head: string | null = null;
  let prev: Candidate | undefined;
  for (const c of candidates) {
    if (c.excluded) continue;
    const before = prev;
    prev = c;
    const caption = (writtenCaptions(c)[0] ?? '').replace(/\s+/g, ' ').trim();
    const own = CONDITIONAL_CAPTION.exec(caption);
    if (own && c.scope === 'other') {
      head = own[1];
      continue;
    }
    const free = c.scope === 'main' && !c.interp.side && !c.interp.person;
    // 〒[ ]-[ ] and a free-text box with no caption of their own go on under the same caption, and so
    // do the pieces after a phone box of that place.
    if (!caption) {
      if (head && free && before?.scope === 'other' && together(before, c)) toOtherParty(c, 'person.other-party');
      continue;
    }
    if (!head || !caption.startsWith(head)) {
      head = null;
      continue;
    }
    if (free) toOtherParty(c, 'person.other-party');
  }
}

/** 配送先宛名, お届け先氏名, 受取人のお名前: a recipient's name captioned as such. */
const RECIPIENT_NAME = /(?:お?届け?先|配送先|配達先|送付先|発送先|受取人|お受取り?人)(?:の)?(?:ご?宛名|お?名前|氏名|様)|^(?:ご?宛名)$/;

/**
 * 配送先宛名 [ ] [お申込者と同じ] · 配送先電話番号 [ ] · 郵便番号 [ ] · 市区町村 [ ]…: under one heading, the
 * rows after a recipient's name are the recipient's up to the end of the address that follows.
 */
function resolveRecipientRows(candidates: Candidate[]): void {
  candidates.forEach((c, at) => {
    if (c.excluded || c.interp.type !== 'name' || c.scope !== 'other') return;
    const own = writtenCaptions(c).map(stripDecorations);
    if (!own.some((t) => RECIPIENT_NAME.test(t))) return;
    const heading = nearestHeading(c);
    let address = false;
    for (const n of candidates.slice(at + 1)) {
      if (n.excluded || n.control.kind === 'checkbox' || n.control.kind === 'radio') continue;
      if (n.form !== c.form || nearestHeading(n) !== heading) break;
      if (address && n.interp.type !== 'address') break;
      if (n.interp.type === 'name' && n.scope === 'main') break;
      if (n.interp.type === 'address') address = true;
      // お申込者・配送先情報入力 over both: the heading's person is the recipient's row's too, so it decides nothing.
      const ownPerson = n.interp.person && n.interp.personAnchor !== c.interp.personAnchor;
      if (n.scope === 'main' && !n.interp.side && !ownPerson && (n.interp.type === 'address' || n.interp.type === 'phone')) toOtherParty(n, 'person.other-party');
    }
  });
}

/** The fields right after a switch, up to the first one past an address that is not a part of it. */
function switchBlock(candidates: Candidate[], at: number): Set<Candidate> {
  const block = new Set<Candidate>();
  let address = false;
  for (const c of candidates.slice(at + 1)) {
    if (c.excluded || c.control.kind === 'checkbox' || c.control.kind === 'radio') continue;
    if (address && c.interp.type !== 'address') break;
    if (c.interp.type === 'address') address = true;
    block.add(c);
  }
  return block;
}

/**
 * 通知日 [2026-12-05] (read-only), a verified e-mail (disabled): a box the page filled and locked shows
 * a value; the user is not asked for one.
 */
function isPrefilledReadOnly(el: Element): boolean {
  if (!(el.hasAttribute('readonly') || el.hasAttribute('disabled')) || !(el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) return false;
  return ((el as HTMLInputElement).value ?? '').trim() !== '';
}

export function classifyFields(root: Document | Element, options: ClassifyOptions = {}): ClassifiedField[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  let controls = collectControls(root);
  if (options.isVisible) controls = controls.filter((c) => options.isVisible!(c.element));
  // パスワード [••••] 郵便番号 [ ]: a box no profile value goes in still ends the words before the next box.
  const unread = Array.from(root.querySelectorAll('input[type="password" i], input[type="file" i]'));
  const layout = readPageLayout(root, new Set([...controls.flatMap((c) => c.radios ?? [c.element]), ...unread]), isSectionCue, isOtherPartySwitch);
  const reader = new ContextReader(doc, layout.places, layout.lines);
  const concealment = createConcealmentCheck(doc);

  const candidates: Candidate[] = controls.map((control, index) => {
    const context = reader.read(control);
    const interp = interpretField(context);
    const concealed = concealment(control.element);
    const candidate: Candidate = {
      index,
      control,
      context,
      interp,
      form: control.element.closest('form'),
      scope: interp.otherParty ? 'other' : interp.person?.kind === 'household' ? 'household' : 'main',
      householdIndex: interp.person?.kind === 'household' ? interp.person.index : undefined,
      key: null,
      confidence: interp.confidence,
      evidence: [...interp.evidence],
      rules: [...interp.rules],
    };
    if (looksLikeHoneypot(control.element, concealed, concealment)) {
      candidate.excluded = 'honeypot';
      fire(candidate, 'honeypot');
    } else if ((concealed === 'hidden' && shownOnDemand(control.element)) || concealed === 'offscreen') {
      fire(candidate, 'shown-on-demand');
      // [ ] 別の配送先を指定する: the block it opens is the recipient's.
      if (candidate.scope === 'main' && readOtherParty(openingSwitchText(control.element))) {
        toOtherParty(candidate, 'person.other-party');
      }
    } else if (concealed === 'hidden' && styledChoice(control.element, concealment)) {
      fire(candidate, 'styled-choice');
    } else if (concealed) {
      candidate.excluded = `concealed:${concealed}`;
      fire(candidate, 'concealed');
    } else if (isPrefilledReadOnly(control.element)) {
      candidate.excluded = 'prefilled-readonly';
      fire(candidate, 'prefilled-readonly');
    }
    if (interp.otherParty) fire(candidate, 'person.other-party');
    if (candidate.scope !== 'main') candidate.evidence.push(`scope:${candidate.scope}`);
    if (control.element.hasAttribute('disabled')) candidate.evidence.push('disabled');
    if (control.element.hasAttribute('readonly')) candidate.evidence.push('readonly');
    return candidate;
  });

  resolveFamilyMakeupRows(candidates);
  assignHouseholdIndices(candidates);
  resolveCardHolders(candidates);
  resolveOtherChoiceBoxes(candidates);
  resolveCompanyKana(candidates);
  resolveUserNameReadings(candidates);
  resolveStrayReadings(candidates);
  resolveScriptOnlyNames(candidates);
  resolveCompanyAddresses(candidates);
  resolveBusinessEnquiry(candidates);
  const headings = readPageHeadings(doc);
  resolvePropertyAddresses(candidates, doc);
  resolveViewedProperty(candidates, headings);
  resolveRecipientPage(candidates, headings);
  resolveCompanyMove(candidates, headings);
  resolveSwitchedBlocks(candidates);
  resolveConditionalCaptionRows(candidates);
  resolveRecipientRows(candidates);
  resolveServiceDates(candidates, headings);
  resolveChangeDates(candidates, headings);
  resolveBankAccounts(candidates, doc);
  resolveAccountHolders(candidates);
  resolvePostalPairs(candidates);
  resolveRestAfterPrevious(candidates);
  resolveSplitAddressKana(candidates);
  resolveSharedPartCaption(candidates);
  resolveSoleRepresentative(candidates);
  resolveSoleLearner(candidates);
  resolveUncaptioned(candidates);
  resolveStackedScripts(candidates);
  resolveNameSplits(candidates);
  resolveRepeatedNameParts(candidates);
  resolveNameScripts(candidates);
  resolveLoneNameParts(candidates);
  resolveSplitEmails(candidates);
  resolveEmptyDateSelects(candidates);
  resolveSplitRuns(candidates);
  resolveRepeatedPeople(candidates);
  resolveGuardianChild(candidates);
  resolveRowsOfOthers(candidates);
  resolvePickupAndDelivery(candidates, headings);
  resolveOwnDelivery(candidates);
  resolveAboveAsDelivery(candidates);
  resolveAddresses(candidates, readPageSide(doc, headings));
  resolvePhoneAlternatives(candidates);
  resolveEmailLists(candidates);
  resolveEmailAskedAgain(candidates);
  resolveEmailConfirmByLabel(candidates);
  resolveLoneAltEmail(candidates);

  const index = new SelectorIndex(doc);
  const topic = readPageTopic(headings.outline, headings.main);
  // Keys (with their part) already guessed in each form, in reading order.
  const guessed = new Map<Element | null, Set<string>>();
  const fields = candidates.map((c) => {
    const key = buildKey(c);
    if (c.excluded) c.evidence.unshift(c.excluded);
    if (c.side && key && /Address\./.test(key) && !c.evidence.some((e) => e.startsWith('side:'))) c.evidence.push(`side:${c.side}`);
    const inForm = guessed.get(c.form) ?? new Set<string>();
    guessed.set(c.form, inForm);
    const slot = key ? `${key}#${c.part ?? ''}` : '';
    // A box for typing a value again (電話番号（再入力用）) asks it twice on purpose.
    const verdict = calibrate(c, key, topic, !!slot && inForm.has(slot) && !c.rules.includes('phone.reentry'));
    if (slot) inForm.add(slot);
    const field: ClassifiedField = {
      element: c.control.element,
      selector: buildUniqueSelector(c.control.element, index),
      key,
      confidence: verdict.confidence,
      preselect: verdict.preselect,
      label: c.interp.caption,
      evidence: c.evidence,
      rules: c.rules,
    };
    if (verdict.review) field.review = verdict.review;
    if (key && c.part !== undefined) field.part = c.part;
    return field;
  });
  if (!options.handCalibration) applyLearnedCalibration(fields);
  return fields;
}
