// Whose values a run of fields holds when no heading says so: the user's values asked again after
// another person's name are that person's, and so is a name asked again right before a row about them.

import { captionsAndHeadings, fire, isRequired, ownCaptions, type Candidate } from './candidate';
import { groupBy } from './group-by';
import { readOtherParty } from './section-cues';

/** The value a field asks for, as far as a repeat of it matters; null for what no person owns twice. */
function slotOf(c: Candidate): string | null {
  const r = c.interp.reading;
  switch (c.interp.type) {
    case 'name':
      return `name:${r.namePart ?? 'full'}:${r.kana ? 'kana' : ''}:${r.romaji ? 'romaji' : ''}`;
    case 'phone':
      return 'phone';
    case 'email':
      // The confirmation box goes with the address it repeats.
      return 'email';
    case 'address':
      return 'address';
    case 'date':
      return r.dateKind === 'birth' ? 'birth' : null;
    default:
      return null;
  }
}

/** A person or side the field's own words or headings name: it is not left to its neighbours. */
function hasOwnCue(c: Candidate): boolean {
  return !!c.interp.person || !!c.interp.side;
}

/** The kana box right after someone else's name (in kanji), asking the same part. */
function isKanaOf(c: Candidate, name: Candidate): boolean {
  if (name.scope !== 'other' || c.interp.type !== 'name' || !c.interp.reading.kana || name.interp.reading.kana) return false;
  return (c.interp.reading.namePart ?? 'full') === (name.interp.reading.namePart ?? 'full');
}

function toOther(c: Candidate, rule: 'person.after-other-name' | 'person.name-of-next-row' | 'person.kana-of-other-name' | 'person.child-of-guardian' | 'person.guardian-if-minor' | 'person.row-of-other'): void {
  c.scope = 'other';
  c.interp.otherParty = true;
  c.evidence.push('scope:other');
  fire(c, rule);
}

/** Back to the user's own value, after a cue had given the field to someone else. */
export function toUser(c: Candidate, rule: 'person.sole-representative' | 'side.pickup-delivery' | 'person.own-delivery' | 'person.sole-learner' | 'person.above-as-delivery'): void {
  c.scope = 'main';
  c.interp.otherParty = false;
  c.rules = c.rules.filter((r) => r !== 'person.other-party');
  c.evidence = c.evidence.filter((e) => e !== 'scope:other');
  fire(c, rule);
}

/** The first field after this name's row that is not a name: someone else's by its own caption. */
function nextNamesSomeoneElse(list: Candidate[], name: Candidate): boolean {
  const next = list.slice(list.indexOf(name) + 1).find((c) => c.interp.type !== 'name' && slotOf(c));
  return !!next && next.scope === 'other' && next.interp.otherParty && !next.interp.person;
}

/**
 * After a name that is someone else's (代表者お名前 under a second block), the phone, e-mail and
 * address the user has already given are asked again for that person; a value the user has not given
 * yet, or a field with a person or side of its own, ends the run. A name asked again is someone else's
 * only when the next row's own caption gives it to them (お子様の生年月日): with no word of whose it is,
 * it stays the user's (a block opened to send something elsewhere repeats it for the user).
 */
export function resolveRepeatedPeople(candidates: Candidate[]): void {
  const fields = candidates.filter((c) => !c.excluded && c.control.kind !== 'checkbox' && c.control.kind !== 'radio');
  for (const list of groupBy(fields, (c) => c.form)) {
    const given = new Set<string>();
    let othersRun = false;
    // Someone else's name boxes asked just before (姓 and 名), whose kana may follow.
    let otherNames: Candidate[] = [];
    for (const c of list) {
      const slot = slotOf(c);
      if (!slot) continue;
      if (c.scope === 'household') {
        othersRun = false;
        continue;
      }
      if (c.interp.type === 'name' && c.scope === 'other') {
        othersRun = given.has(slot) || othersRun;
        otherNames.push(c);
        continue;
      }
      if (c.scope === 'other') continue;
      // お子さまのお名前 [ ] then ふりがな [ ]: the reading of a name is that person's reading.
      if (otherNames.some((name) => isKanaOf(c, name)) && !hasOwnCue(c)) {
        toOther(c, 'person.kana-of-other-name');
        continue;
      }
      otherNames = [];
      // お名前 [姓][名] again, then お子様の生年月日: the name asked again belongs to the person the next row names.
      if (c.interp.type === 'name' && given.has(slot) && !hasOwnCue(c) && nextNamesSomeoneElse(list, c)) {
        toOther(c, 'person.name-of-next-row');
        othersRun = true;
        continue;
      }
      if (othersRun && given.has(slot) && !hasOwnCue(c)) {
        toOther(c, 'person.after-other-name');
        continue;
      }
      othersRun = false;
      given.add(slot);
    }
  }
}

const COMPANY = /法人|会社|企業|団体|事業者|事業所|店舗/;

/** 参加代表者と申込者が同一でない場合はご入力ください: the second role is asked only where it is not the first. */
const ONLY_IF_DIFFERENT = /(?:代表者|参加者|利用者|宿泊者|搭乗者|受講者)(?:様|さま)?と(?:ご|お)?(申込者|申し込み者|予約者|契約者)(?:様|さま)?(?:が|は)\s*(?:(?:同一|同じ)(?:人物)?でな|異な)/;

/**
 * 参加代表者情報 then お申込者氏名 「参加代表者と申込者が同一でない場合はご入力ください」: the form asks the
 * applicant only where the applicant is not the representative, so the representative is the user who
 * fills in the form, and the applicant's boxes are someone else's.
 */
function resolveApplicantIfDifferent(list: Candidate[]): Set<Candidate> {
  const apart = new Set<Candidate>();
  for (const c of list) {
    const m = ONLY_IF_DIFFERENT.exec(c.context.texts.map((t) => t.text).join(' '));
    if (!m) continue;
    const role = m[1].replace('申し込み者', '申込者');
    for (const other of list) {
      if (other.index < c.index || !ownCaptions(other).some((t) => t.includes(role))) continue;
      other.scope = 'other';
      fire(other, 'person.other-party');
      apart.add(other);
    }
    break;
  }
  return apart;
}

/**
 * 代表者お名前 as the only name a form asks (a ticket or booking for a group), besides a name asked only
 * where it differs from the representative's: the representative is the user who applies. Where the
 * form asks the user's own name as well (ご担当者名 beside 代表者名), or is about a company, the
 * representative stays someone else.
 */
export function resolveSoleRepresentative(candidates: Candidate[]): void {
  const active = candidates.filter((c) => !c.excluded);
  for (const list of groupBy(active, (c) => c.form)) {
    const apart = resolveApplicantIfDifferent(list);
    // The reading (フリガナ) of a name, captioned without a person, is no name of its own here; the
    // name of a role asked only where it differs is someone else's and no rival.
    const names = list.filter((c) => c.interp.type === 'name' && !c.interp.reading.kana && !apart.has(c));
    if (!names.some((c) => c.interp.representative) || names.some((c) => c.scope !== 'other' || !c.interp.representative)) continue;
    // 法人情報 / 会社名 … 代表者氏名: a company's head, not the person filling in the form.
    // [ ] 所属団体 checkboxes ask which bodies the user belongs to, not for a company's name.
    const companyName = (c: Candidate) => c.interp.reading.negative === 'company' && c.control.kind !== 'checkbox' && c.control.kind !== 'radio';
    if (list.some((c) => companyName(c) || c.context.sections.some((s) => COMPANY.test(s.text)))) continue;
    for (const c of list) {
      if (c.scope === 'other' && c.interp.representative) toUser(c, 'person.sole-representative');
    }
  }
}

const DELIVERY = /お?届け?先|配送先|送付先/;

/** Someone else's only because of the words `re` finds (お届け先, 受講者), no other word about anyone. */
function otherOnlyBecause(c: Candidate, re: RegExp): boolean {
  if (c.scope !== 'other' || c.interp.person) return false;
  const all = new RegExp(re.source, 'g');
  const texts = captionsAndHeadings(c);
  return texts.some((t) => re.test(t)) && !texts.some((t) => readOtherParty(t.replace(all, ' ')));
}

const otherOnlyAsDelivery = (c: Candidate) => otherOnlyBecause(c, DELIVERY);

/** [上記の住所▾], ( ) ご注文者様と同じ: a choice of where to deliver that offers the address asked above. */
const ABOVE_ADDRESS = /^(?:上記|ご?注文者(?:様|さま)?|ご?購入者(?:様|さま)?|ご?依頼主(?:様|さま)?|ご?登録)(?:の)?(?:ご?住所)?(?:と同じ|(?:へ|に)(?:お届け|配送|発送|送る))?$/;

/** A list or a radio group one of whose choices sends to the address asked above (ご注文者に発送). */
export function offersAboveAddress(c: Candidate): boolean {
  return c.context.choiceTexts.some((t) => ABOVE_ADDRESS.test(t.replace(/\s+/g, '')));
}

/**
 * お届け先の指定 over 姓 [ ] 名 [ ] 住所 [ ]… then お届け先 [上記の住所▾]: where the page lets the user
 * send to the address above, the block above is the orderer's own, whatever the page is titled.
 */
export function resolveAboveAsDelivery(candidates: Candidate[]): void {
  const active = candidates.filter((c) => !c.excluded);
  for (const list of groupBy(active, (c) => c.form)) {
    const choice = list.findIndex(
      (c) => (c.control.kind === 'select' || c.control.kind === 'radio') && DELIVERY.test(c.interp.caption ?? '') && offersAboveAddress(c),
    );
    if (choice <= 0) continue;
    for (const c of list.slice(0, choice)) if (otherOnlyAsDelivery(c)) toUser(c, 'person.above-as-delivery');
  }
}

const ANOTHER_DELIVERY = /(?:別|他|ほか|異なる)の?(?:お?届け先|配送先|送付先|発送先)/;

/**
 * お届け先住所 on a member's profile, with no name of its own to deliver to: where the member's own
 * things go. It is the user's when it asks no recipient's name and the form asks no other address
 * (or phone) of the user's, after the user's own name.
 */
export function resolveOwnDelivery(candidates: Candidate[]): void {
  const active = candidates.filter((c) => !c.excluded);
  for (const list of groupBy(active, (c) => c.form)) {
    const delivery = list.filter(otherOnlyAsDelivery);
    if (!delivery.length || !delivery.some((c) => c.interp.type === 'address')) continue;
    // [ ] 別のお届け先を指定する over the block: another place than the user's, for whoever receives.
    if (delivery.some((c) => c.context.sections.slice(0, 2).some((s) => ANOTHER_DELIVERY.test(s.text)))) continue;
    const first = list.indexOf(delivery[0]);
    const ownName = list.slice(0, first).some((c) => c.interp.type === 'name' && c.scope === 'main');
    const recipientName = list.slice(first).some((c) => c.interp.type === 'name' && c.scope === 'other');
    if (!ownName || recipientName) continue;
    for (const type of ['address', 'phone'] as const) {
      if (list.some((c) => c.interp.type === type && c.scope === 'main')) continue;
      for (const c of delivery) if (c.interp.type === type) toUser(c, 'person.own-delivery');
    }
  }
}

const LEARNER = /受講(?:者|生)/;
const LEARNER_NAME = /student|pupil|seito|child|kid|kodomo|jido/i;

/** data[Student][family_name] under words that name nobody else: set apart by its name attribute alone. */
function otherOnlyByName(c: Candidate): boolean {
  const el = c.control.element;
  const named = LEARNER_NAME.test(`${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''}`);
  return c.scope === 'other' && !c.interp.person && named && !captionsAndHeadings(c).some((t) => readOtherParty(t));
}

const learnerOnly = (c: Candidate) => otherOnlyBecause(c, LEARNER) || otherOnlyByName(c);

/**
 * 受講者: 氏名, ふりがな, 性別 on a course's application that asks no one else's name (no 保護者, no
 * 申込者 besides): the learner is the user who applies, as on an adult's training course. So are
 * boxes named for a student (data[Student][…]) on a page whose words speak of nobody else.
 */
export function resolveSoleLearner(candidates: Candidate[]): void {
  const active = candidates.filter((c) => !c.excluded);
  for (const list of groupBy(active, (c) => c.form)) {
    const names = list.filter((c) => c.interp.type === 'name');
    if (!names.length || names.some((c) => c.scope !== 'other' || !learnerOnly(c))) continue;
    for (const c of list) if (learnerOnly(c)) toUser(c, 'person.sole-learner');
  }
}

/**
 * 受講者氏名 | 生年月日 | 性別 | 電話番号 | 住所 over a row of boxes per person: in a row whose name is
 * someone else's, the boxes captioned only by their column are that person's too.
 */
export function resolveRowsOfOthers(candidates: Candidate[]): void {
  // The reader gives a box captioned by its column the cell it stands in as its header.
  const byColumn = (c: Candidate) => c.context.header?.tagName === 'TD' && c.context.header.contains(c.control.element) && c.context.texts.some((t) => t.kind === 'header');
  const inRows = candidates.filter((c) => !c.excluded && c.control.element.closest('tr'));
  for (const row of groupBy(inRows, (c) => c.control.element.closest('tr'))) {
    if (row.length < 3 || row.some((c) => c.interp.type === 'name' && c.scope === 'main')) continue;
    if (!row.some((c) => c.interp.type === 'name' && c.scope === 'other' && byColumn(c))) continue;
    for (const c of row) {
      if (c.scope === 'main' && c.interp.type && c.interp.type !== 'none' && !hasOwnCue(c) && byColumn(c)) toOther(c, 'person.row-of-other');
    }
  }
}

const GUARDIAN = /保護者|親権者|ご?父兄/;
/** 未成年の方はご記入ください, 18歳未満の場合: a guardian asked only when the applicant is a minor. */
const ONLY_FOR_MINORS = /未成年|(?:\d{1,2}|十八|二十)歳未満|(?:小学生|中学生|高校生)(?:以下)?の(?:方|場合)/;

/**
 * お名前 [ ] フリガナ [ ] … 保護者お名前 [ ]: where a form asks a guardian's name as the user's, the name
 * asked before it with no person of its own is the child's, and so are that child's reading, birth
 * date and gender.
 */
export function resolveGuardianChild(candidates: Candidate[]): void {
  const active = candidates.filter((c) => !c.excluded);
  for (const list of groupBy(active, (c) => c.form)) {
    const guardian = list.findIndex((c) => c.interp.type === 'name' && c.scope === 'main' && c.interp.person?.kind === 'main' && captionsAndHeadings(c).some((t) => GUARDIAN.test(t)));
    if (guardian < 0) continue;
    // 保護者氏名 [未成年の方はご記入ください], or left optional after a required 氏名: the applicant asked
    // first is the user; the guardian, when asked, someone else.
    const optional = !isRequired(list[guardian]) && list.slice(0, guardian).some((c) => c.interp.type === 'name' && c.scope === 'main' && isRequired(c));
    if (optional || list[guardian].context.texts.some((t) => ONLY_FOR_MINORS.test(t.text))) {
      for (const c of list.slice(guardian)) if (c.scope === 'main' && c.interp.type === 'name' && captionsAndHeadings(c).some((t) => GUARDIAN.test(t))) toOther(c, 'person.guardian-if-minor');
      continue;
    }
    for (const c of list.slice(0, guardian)) {
      if (c.scope !== 'main' || hasOwnCue(c)) continue;
      if (isPersonal(c)) toOther(c, 'person.child-of-guardian');
    }
    // 保護者情報 [姓][名]… then 参加者基本情報 [姓][名]: the one taking part, asked after the guardian, is the child.
    for (const c of list.slice(guardian + 1)) {
      if (c.scope !== 'main' || hasOwnCue(c) || !isPersonal(c)) continue;
      const texts = captionsAndHeadings(c);
      if (!texts.some((t) => GUARDIAN.test(t)) && texts.some((t) => TAKING_PART.test(t))) toOther(c, 'person.child-of-guardian');
    }
  }
}

/** Who takes part in what a guardian signs up for. */
const TAKING_PART = /参加者|受講者|受験者|入会者|入塾者|利用者/;

/** A value only a person has: a name, a gender, a birth date. */
export function isPersonal(c: Candidate): boolean {
  const type = c.interp.type;
  return type === 'name' || type === 'gender' || (type === 'date' && c.interp.reading.dateKind === 'birth');
}
