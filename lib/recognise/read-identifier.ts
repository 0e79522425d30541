// Reads what a field's `autocomplete`, `name`, `id` (and h-adr classes) say about it.

import { splitIdentifier } from './normalise-text';
import { BLOCK, BUILDING, CITY, POSTAL, PREF, TOWN, type Reading } from './reading';

const AUTOCOMPLETE: Record<string, Reading> = {
  name: { type: 'name', namePart: 'full' },
  'family-name': { type: 'name', namePart: 'family' },
  'given-name': { type: 'name', namePart: 'given' },
  nickname: { type: 'none', negative: 'account' },
  username: { type: 'none', negative: 'account' },
  organization: { type: 'none', negative: 'company' },
  'organization-title': { type: 'none', negative: 'company' },
  email: { type: 'email' },
  tel: { type: 'phone' },
  'tel-national': { type: 'phone' },
  'tel-area-code': { type: 'phone', seq: 1 },
  'tel-local-prefix': { type: 'phone', seq: 2 },
  'tel-local-suffix': { type: 'phone', seq: 3 },
  'tel-country-code': { type: 'none', negative: 'country' },
  'postal-code': { type: 'address', addressParts: POSTAL },
  'address-level1': { type: 'address', addressParts: PREF },
  'address-level2': { type: 'address', addressParts: CITY },
  'address-level3': { type: 'address', addressParts: TOWN },
  'address-line1': { type: 'address', addressParts: 0, addressLine: 1 },
  'address-line2': { type: 'address', addressParts: 0, addressLine: 2 },
  'address-line3': { type: 'address', addressParts: BUILDING },
  'street-address': { type: 'address', addressParts: 0 },
  country: { type: 'none', negative: 'country' },
  'country-name': { type: 'none', negative: 'country' },
  bday: { type: 'date', dateKind: 'birth' },
  'bday-year': { type: 'date', dateKind: 'birth', datePart: 'year' },
  'bday-month': { type: 'date', dateKind: 'birth', datePart: 'month' },
  'bday-day': { type: 'date', dateKind: 'birth', datePart: 'day' },
  sex: { type: 'gender' },
  url: { type: 'none', negative: 'url' },
  'one-time-code': { type: 'none', negative: 'captcha' },
  'new-password': { type: 'none', negative: 'password' },
  'current-password': { type: 'none', negative: 'password' },
};

export function readAutocomplete(value: string | null): Reading | null {
  if (!value) return null;
  const tokens = value.toLowerCase().trim().split(/\s+/);
  for (const token of tokens.reverse()) {
    if (token.startsWith('cc-')) return { type: 'none', negative: 'card', strength: 0.95 };
    const reading = AUTOCOMPLETE[token];
    if (reading) return { ...reading, strength: 0.95 };
  }
  return null;
}

const NEGATIVE_WORDS: Record<string, string> = {
  password: 'password', passwd: 'password', pwd: 'password', captcha: 'captcha', search: 'search',
  keyword: 'search', keywords: 'search', company: 'company', kaisha: 'company', corp: 'company',
  organization: 'company', department: 'company', busho: 'company', fax: 'fax', floor: 'floor',
  elevator: 'elevator', comment: 'comment', comments: 'comment', message: 'comment', inquiry: 'comment',
  contents: 'comment', content: 'comment', body: 'comment', note: 'comment', notes: 'comment',
  biko: 'comment', bikou: 'comment', remarks: 'comment', memo: 'comment', agree: 'agreement',
  agreement: 'agreement', consent: 'agreement', terms: 'agreement', privacy: 'agreement', url: 'url',
  website: 'url', homepage: 'url', hp: 'url', blog: 'url', login: 'account', userid: 'account',
  username: 'account', nickname: 'account', handle: 'account', account: 'account', acc: 'account', job: 'job',
  occupation: 'job', shokugyo: 'job', question: 'secret-question', answer: 'secret-question',
  reminder: 'secret-question', bank: 'bank', branch: 'bank', kouza: 'bank', koza: 'bank',
  tenban: 'bank', shiten: 'bank', card: 'card', cvv: 'card', cvc: 'card', expiry: 'card',
  subject: 'title', title: 'title', coupon: 'promotion', mailmaga: 'newsletter', magazine: 'newsletter',
  newsletter: 'newsletter', optin: 'newsletter', country: 'country', reminder_answer: 'secret-question',
  hour: 'time', hours: 'time', minute: 'time', minutes: 'time', therapist: 'staff', stylist: 'staff',
  yubinuke: 'post-box',
  // Q1_DiseaseName, productName, courseName, petName: the name of a thing, not of a person.
  disease: 'thing-name', byomei: 'thing-name', product: 'thing-name', goods: 'thing-name',
  course: 'thing-name', event: 'thing-name', hospital: 'thing-name', clinic: 'thing-name', station: 'thing-name',
  facility: 'thing-name', pet: 'thing-name', brand: 'thing-name', hotel: 'thing-name', badge: 'placard', nametag: 'placard',
  // source-name, shopName, team_name, artwork_name: where news came from, a shop, a team, a work.
  source: 'thing-name', media: 'thing-name', shop: 'thing-name', store: 'thing-name',
  file: 'thing-name', team: 'thing-name', group: 'thing-name', club: 'thing-name', circle: 'thing-name',
  artwork: 'thing-name', sakuhin: 'thing-name',
};

const SIDE_NEW = new Set(['new', 'shin', 'after', 'saki', 'dest', 'destination', 'moveto', 'to', 'tenkyosaki', 'shinkyo']);
const SIDE_OLD = new Set(['old', 'kyu', 'before', 'current', 'cur', 'prev', 'previous', 'moto', 'from', 'genjusho', 'kyuu']);

function sequenceOf(tokens: string[]): number | undefined {
  const last = tokens[tokens.length - 1];
  if (!last || !/^\d+$/.test(last)) return undefined;
  const n = Number(last);
  // ajaxzip3-style names number the form as well as the part (yubin11, yubin12).
  return n >= 10 ? n % 10 || undefined : n || undefined;
}

/** Reads `name`/`id` values and, for h-adr markup, the `p-*` classes. */
const PERSON_BEFORE_MEI = /^(?:o?kokyaku|okyaku(?:sama)?|riyou?sha|mou?shikomi(?:sha)?|keiyakusha|shinseisha|yoyakusha|sankasha|kanyusha|juken?sha)$/;

export function readIdentifier(values: string[], classes: string): Reading | null {
  const hadr = readHAdr(classes);
  if (hadr) return hadr;
  for (const value of values) {
    if (!value) continue;
    const reading = readIdentifierValue(value);
    if (reading) return reading;
  }
  return null;
}

function readHAdr(classes: string): Reading | null {
  if (!/\bp-(?:postal-code|region|locality|street-address|extended-address)\b/.test(classes)) return null;
  let parts = 0;
  if (/\bp-postal-code\b/.test(classes)) parts |= POSTAL;
  if (/\bp-region\b/.test(classes)) parts |= PREF;
  if (/\bp-locality\b/.test(classes)) parts |= CITY;
  // yubinbango writes the town (町域) into p-street-address and leaves the rest to p-extended-address.
  if (/\bp-street-address\b/.test(classes)) parts |= TOWN;
  if (/\bp-extended-address\b/.test(classes)) parts |= BLOCK | BUILDING;
  return { type: 'address', strength: 0.85, addressParts: parts, partsFromLookupClass: true, ...(parts & (BLOCK | BUILDING) ? {} : { partsFromLookup: true }) };
}

/**
 * ctl00$ContentPlaceHolder1$txtZip, ContentPlaceHolder1_txtZip: ASP.NET prefixes a control's own id
 * with the containers of its page (master page, content area), whose words (Content, Main, Body) say
 * nothing of the field.
 */
export function ownIdentifier(value: string): string {
  if (/^[\w]+(?:\$[\w]+)+$/.test(value)) return value.slice(value.lastIndexOf('$') + 1);
  return value.replace(/^(?:(?:ctl\d+|[A-Za-z]*ContentPlaceHolder[A-Za-z0-9]*|MainContent|cph[A-Z][A-Za-z0-9]*)_)+(?=\w)/, '');
}

const NAMESPACE_NEGATIVES = new Set(['company', 'bank', 'card']);

function readIdentifierValue(raw: string): Reading | null {
  const value = ownIdentifier(raw);
  // Some sites hex-encode their field names; those letters spell nothing.
  if (/^[0-9a-f]{16,}$/i.test(value)) return null;
  const tokens = splitIdentifier(value);
  if (!tokens.length) return null;
  const words = new Set(tokens);
  const joined = tokens.filter((t) => !/^\d+$/.test(t)).join('');
  const has = (...ws: string[]) => ws.some((w) => words.has(w));
  const seq = sequenceOf(tokens);
  const side = tokens.some((t) => SIDE_NEW.has(t)) ? 'new' : tokens.some((t) => SIDE_OLD.has(t)) ? 'old' : undefined;
  // work_post_code, registerBean.schoolAddress: the address or phone of a workplace or a school.
  const elsewhere = has('work', 'school', 'kinmu', 'kinmusaki', 'gakko', 'workplace');
  // business_address, office_zip: a firm's address (its phone may be the user's own line at work).
  const firmAddress = has('business', 'office', 'employer');
  // guarantor_birthday, referrer_name, dependent_birthday: every box of someone named by role is theirs.
  const someoneElse = has(
    'guarantor', 'hoshonin', 'hosyonin', 'hoshounin', 'hosyounin', 'referrer', 'introducer', 'shokaisha', 'syokaisha',
    'dependent', 'dependents', 'dependant', 'spouse', 'haigusha', 'fuyou', 'hifuyousha', 'partner', 'companion', 'dohansha', 'tsure',
    // recipientPostalCode, receiver_tel: a gift's or a parcel's recipient, who may be anyone.
    'recipient', 'receiver', 'addressee', 'okurisaki', 'uketorinin',
  );
  // emergency_name, emergency_tel: the emergency contact's (a caption may still say the number is the
  // user's own for the day: see interpret-field).
  const emergency = has('emergency', 'kinkyu');
  const withSide = (r: Reading): Reading => ({
    strength: 0.7,
    ...r,
    ...(side ? { side } : {}),
    ...(someoneElse || emergency || (elsewhere && (r.type === 'address' || r.type === 'phone')) || (firmAddress && r.type === 'address') ? { otherParty: true } : {}),
  });

  if (/supply|kyokyu|kyoukyu/.test(joined)) return withSide({ type: 'supplyPointId' });
  if (/customer(?:no|num|number|id|code)|custno|(?:^|[^k])okyaku(?!(?:sama)?(?:mei|name|kana|furigana|sei|tel|mail|jusho|address|addr|zip|yubin))|kokyaku(?:no|bango)|keiyaku(?:no|bango|num)|contract(?:no|num|number)|juyoka/.test(joined))
    return withSide({ type: 'customerNumber' });
  // user[last_name]: the model before the brackets is a namespace; the attribute inside says what is asked.
  const attribute = /\[([^\]\d][^\]]*)\](?:\[\])?$/.exec(value);
  const own = attribute ? new Set(splitIdentifier(attribute[1])) : words;
  // inquiry[name], job_entry[birth_date(2i)]: a namespace names the record the form makes (an enquiry,
  // a job application), not what the box asks. A company's, bank's or card's record holds no profile
  // value, nor does a thing's own (event[name], product[name]).
  const namespace = attribute ? splitIdentifier(value.slice(0, attribute.index)) : [];
  const speaks = (t: string) => own.has(t) || NAMESPACE_NEGATIVES.has(NEGATIVE_WORDS[t]) || (NEGATIVE_WORDS[t] === 'thing-name' && namespace[namespace.length - 1] === t);
  for (const t of tokens) if (NEGATIVE_WORDS[t] && speaks(t)) return { type: 'none', negative: NEGATIVE_WORDS[t], strength: 0.6 };
  // mailbox1Number, mail_box, delivery_box: a letter box's dial or number, not an e-mail.
  if (/mailbox|postbox|deliverybox/.test(joined)) return { type: 'none', negative: 'post-box', strength: 0.6 };
  if ((words.has('s') || words.has('q')) && tokens.length === 1) return { type: 'none', negative: 'search', strength: 0.6 };
  const ownHas = (...ws: string[]) => ws.some((w) => own.has(w));
  if ((ownHas('id') && (has('user', 'login', 'member', 'livedoor'))) || (ownHas('user') && ownHas('name')))
    return { type: 'none', negative: 'account', strength: 0.6 };

  const datePart = has('year', 'yyyy', 'yy', 'nen') ? 'year' : has('month', 'mm', 'tsuki', 'gatsu') ? 'month'
    : has('day', 'dd', 'nichi') ? 'day' : has('era', 'gengo', 'gengou', 'wareki', 'nengo') ? 'era' : undefined;
  const dateKind = /birth|bday|dob|seinengappi|tanjo/.test(joined) ? 'birth'
    : /stop|teishi|haishi|kaiyaku|heisen|taikyo/.test(joined) ? 'stop'
    : /start|kaishi|kaisen|nyukyo/.test(joined) ? 'start'
    : /move|moving|hikkoshi|hikoshi|tenkyo|iten/.test(joined) && (datePart || /date|day|bi$/.test(joined)) ? 'move' : undefined;
  // start_min, end_hour, stop_time: a time of day, which no date key holds.
  const timeOfDay = !datePart && has('min', 'minute', 'minutes', 'hour', 'hours', 'time', 'jikan', 'jikoku');
  if (dateKind && timeOfDay) return { type: 'none', negative: 'other-date', strength: 0.6 };
  if (dateKind) return withSide({ type: 'date', dateKind, ...(datePart ? { datePart } : {}) });
  if (datePart && !/zip|tel|phone|name|kana|addr/.test(joined)) return { datePart, strength: 0.6 };
  // first_candidate_date: a date of some kind, whatever else its words say (first, last).
  if (has('date', 'ymd', 'datetime')) return { type: 'date', strength: 0.6 };

  if (has('sex', 'gender', 'seibetsu')) return withSide({ type: 'gender' });
  if (has('relation', 'relationship', 'zokugara')) return withSide({ type: 'relationship' });
  // mailing_name, mailingAddress: where the post goes, not an e-mail.
  if (/e?mail/.test(joined.replace(/mailing/g, ''))) {
    const r: Reading = { type: 'email' };
    // re_mail, mail_re, remail: typed again; registerBean.mailAddress merely starts with the letters.
    if (/confirm|conf|check|chk|again|retype|^re(?:e?mail|enter|type)|mailre$/.test(joined) || has('re') || (seq === 2 && !has('1'))) r.confirm = true;
    if (/mobile|keitai|sub/.test(joined)) r.alt = true;
    return withSide(r);
  }
  if (/zip|postal|postcode|post(?:al)?code|yubin|yuubin|pcode/.test(joined) || (has('post') && has('code', 'number', 'no')))
    return withSide({ type: 'address', addressParts: POSTAL, ...(seq ? { seq } : {}) });
  // hotel_name: a hotel is no telephone.
  if (/tel|phone|denwa|mobile|keitai|cell/.test(joined.replace(/hotel/g, ''))) {
    const r: Reading = { type: 'phone', ...(seq ? { seq } : {}) };
    if (/home|jitaku|other|alt|sub/.test(joined)) r.alt = true;
    if (has('before', 'old', 'prev', 'previous', 'former', 'kyu', 'kyuu')) r.former = true;
    return withSide(r);
  }
  // address_first_name_kanji (the first name kept on an address record): a name part named outright
  // says more than the record it sits in.
  const namedPart = /(?:first|last|family|given)name/.test(joined) && /addr|address|jusho|juusho/.test(joined);
  if (namedPart) return readName(tokens, joined, has, seq, withSide);
  if (/kana|furigana|yomi/.test(joined) && /addr|address|jusho|juusho|pref|city|town|adr/.test(joined))
    return withSide({ type: 'address', addressParts: 0, addressSpecial: tokens.some((t) => /^\d+$/.test(t)) ? 'partKana' : 'kana' });
  if (has('pref', 'prefecture', 'todofuken', 'todouhuken', 'region', 'state') || /^pref/.test(joined))
    return withSide({ type: 'address', addressParts: PREF });
  if (has('city', 'shiku', 'shikuchoson', 'shikuchouson', 'locality', 'local', 'municipality'))
    return withSide({ type: 'address', addressParts: CITY });
  if (has('town', 'choiki', 'chouiki', 'choumei', 'chomei', 'street')) return withSide({ type: 'address', addressParts: TOWN });
  if (has('banchi', 'block')) return withSide({ type: 'address', addressParts: BLOCK });
  if (has('extended')) return withSide({ type: 'address', addressParts: BLOCK | BUILDING });
  const buildingWord = has('building', 'bldg', 'tatemono', 'mansion', 'apartment', 'apt');
  if (has('room', 'heya', 'roomno') && !buildingWord) return withSide({ type: 'address', addressParts: BUILDING, addressSpecial: 'room' });
  if (has('building', 'bldg', 'tatemono', 'mansion', 'apartment', 'apt')) return withSide({ type: 'address', addressParts: BUILDING });
  if (/addr|address|jusho|juusho|jyusho|adr/.test(joined)) return withSide({ type: 'address', addressParts: 0, ...(seq ? { seq } : {}) });

  return readName(tokens, joined, has, seq, withSide) ?? (someoneElse || emergency ? { otherParty: true, strength: 0.6 } : null);
}

function readName(tokens: string[], joined: string, has: (...ws: string[]) => boolean, seq: number | undefined, withSide: (r: Reading) => Reading): Reading | null {
  const kana = /kana|furigana|yomi/.test(joined);
  // m_fam_kanji, m_name_eng: fam and eng shorten family and English beside the words of a name's script
  // (fam1_name, numbered, is a family member's name).
  const famShort = has('fam') && !tokens.some((t) => /^\d+$/.test(t)) && has('kanji', 'kana', 'furigana', 'eng', 'romaji', 'name');
  const romaji = /romaji|roman|alphabet|eiji/.test(joined) || (has('eng', 'eigo') && (has('name') || famShort));
  // familyMembers.0.annualIncome: a member of the family, not a family name.
  // family_composition, family-concerns: a word after family says what of the family is asked.
  const last = tokens.filter((t) => !/^\d+$/.test(t)).pop() ?? '';
  const aboutFamily = last !== 'family' && !/^(?:name|kana|kanji|furigana|yomi|romaji|roman|sei|[a-z])$/.test(last);
  const familyWord = has('family') && !has('member', 'members', 'info', 'relation', 'structure') && !aboutFamily;
  const family = has('sei', 'last', 'lname', 'surname', 'lastname', 'familyname') || familyWord || famShort || /^(?:sei|last|family)name/.test(joined);
  // kokyakuMei, moushikomisha_mei: mei after the person it names is the suffix 名 (顧客名), the whole name.
  const nameSuffix = tokens.some((t, i) => t === 'mei' && i > 0 && PERSON_BEFORE_MEI.test(tokens[i - 1]));
  const given = (!nameSuffix && has('mei')) || has('first', 'fname', 'given', 'firstname', 'givenname') || /^(?:mei|first|given)name/.test(joined);
  const nameWord = has('name', 'namae', 'onamae', 'shimei', 'simei', 'fullname', 'author') || nameSuffix || kana || romaji;
  if (family || given || nameWord) {
    const r: Reading = { type: 'name', ...(kana ? { kana } : {}), ...(romaji ? { romaji } : {}) };
    // child_name, student_kana: the pupil's name on a parent's form.
    if (has('child', 'children', 'student', 'pupil', 'kid', 'kids', 'seito', 'jido', 'kodomo')) r.otherParty = true;
    if (family && !given) r.namePart = 'family';
    else if (given && !family) r.namePart = 'given';
    else if (seq === 1 && (has('name', 'kana') || kana)) Object.assign(r, { namePart: 'family', namePartByNumber: true });
    else if (seq === 2 && (has('name', 'kana') || kana)) Object.assign(r, { namePart: 'given', namePartByNumber: true });
    else r.namePart = 'full';
    return withSide(r);
  }
  return null;
}
