import { fire, ownCaptions, type Candidate } from './candidate';
import { stripDecorations } from './normalise-text';
import { CONFIRM } from './read-text';

/**
 * Separate phone numbers of the user: one is the main number (the one captioned as the way to reach
 * the user, else the first), the others are alternatives.
 */
export function resolvePhoneAlternatives(candidates: Candidate[]): void {
  const phones = candidates.filter((c) => !c.excluded && c.interp.type === 'phone' && c.scope === 'main');
  const main = phones.find((c) => c.interp.reading.alt === false) ?? phones.find((c) => !c.interp.reading.alt);
  if (!main) {
    // name="jitakuTel" under 電話番号, the form's only number: the way to reach the user, whatever kind of line.
    const oneNumber = phones.length === 1 || (phones.length > 1 && phones.every((c) => c.context.group === phones[0].context.group && c.part !== undefined));
    if (oneNumber) {
      for (const c of phones) {
        c.interp.reading.alt = false;
        fire(c, 'phone.only');
      }
    }
    return;
  }
  const names = candidates.filter((c) => !c.excluded && c.interp.type === 'name' && c.scope === 'main');
  for (const c of phones) {
    if (c === main) continue;
    // 電話番号１, ２, ３ as whole numbers: the profile keeps a main and a second number, no third.
    if (c.part === undefined && isThirdNumber(c)) {
      c.scope = 'other';
      fire(c, 'phone.third');
      continue;
    }
    if (c.interp.reading.alt) continue;
    // 電話番号（再入力用）: the number of the box before it, typed again.
    if (c.interp.reading.confirm) {
      const repeated = phones.filter((p) => p.index < c.index && p.form === c.form && !p.interp.reading.confirm).pop();
      if (repeated) {
        c.interp.reading.alt = repeated === main ? false : repeated.interp.reading.alt;
        fire(c, 'phone.reentry');
        continue;
      }
    }
    // Parts of one number share a group; whole numbers in one row are separate numbers.
    // [tel1]-[tel2]-[tel3], each box in a block of its own: parts numbered on from the main number's are still its parts.
    const partsInOrder = c.part !== undefined && main.part !== undefined && c.index - main.index === Number(c.part) - Number(main.part);
    if ((c.context.group === main.context.group || partsInOrder) && c.part !== undefined && main.part !== undefined) continue;
    // 氏名, 電話番号 asked again in a later block (the domain's owner, then the person in charge): the
    // user's details repeated, the same number, not a second one.
    const [from, to] = c.index < main.index ? [c.index, main.index] : [main.index, c.index];
    if (c.interp.reading.alt === undefined && names.some((n) => n.index > from && n.index < to)) continue;
    c.interp.reading.alt = true;
    fire(c, 'phone.second');
  }
}

// Caption texts are normalised already (NFKC, lower case), and stripDecorations drops required marks.
const THIRD_NUMBER = /^(?:電話(?:番号)?|tel|携帯(?:電話)?(?:番号)?|連絡先(?:電話(?:番号)?)?)\s*[3-9]$/;

function isThirdNumber(c: Candidate): boolean {
  return ownCaptions(c).some((t) => THIRD_NUMBER.test(stripDecorations(t)));
}

/**
 * fリンクメールアドレス1 … 5, 通知先メールアドレス1 … 3: three or more e-mail boxes numbered under one
 * caption are a list of addresses to notify, not the user's own address.
 */
export function resolveEmailLists(candidates: Candidate[]): void {
  const stems = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.excluded || c.interp.type !== 'email') continue;
    const caption = ownCaptions(c)[0]?.replace(/[\s*＊※]|必須|任意/g, '') ?? '';
    if (/確認|再入力/.test(caption)) continue;
    const numbered = /^(.*\D)[1-9]$/.exec(caption);
    if (numbered) stems.set(numbered[1], [...(stems.get(numbered[1]) ?? []), c]);
  }
  for (const list of stems.values()) {
    if (list.length < 3) continue;
    for (const c of list) {
      c.interp.reading.alt = true;
      c.interp.reading.confirm = false;
      fire(c, 'email.list');
    }
  }
}

/**
 * 携帯メールアドレス where no e-mail box of the form is the main one (it is the only box, or the others
 * are その他 addresses): the address to reach the user by, and its confirmation box confirms it.
 */
export function resolveLoneAltEmail(candidates: Candidate[]): void {
  const emails = candidates.filter((c) => !c.excluded && c.interp.type === 'email' && c.scope === 'main');
  const addresses = emails.filter((c) => !c.interp.reading.confirm);
  if (!addresses.length || addresses.some((c) => !c.interp.reading.alt)) return;
  const main = addresses.length === 1 ? addresses[0] : addresses.find((c) => /携帯|スマ(?:ホ|ートフォン)/.test(ownCaptions(c).join(' ')) && !c.rules.includes('email.list'));
  if (!main) return;
  main.interp.reading.alt = false;
  fire(main, 'email.only');
  const next = addresses.find((c) => c.index > main.index)?.index ?? Infinity;
  for (const c of emails) {
    if (!c.interp.reading.confirm || c.index < main.index || c.index > next) continue;
    c.interp.reading.alt = false;
  }
}

/** ※確認のため再度ご入力ください, もう一度入力: words asking to type the same value again. */
const TYPE_AGAIN = /再度|再入力|もう一度|(?:確認の?ため|確認用)[^。]{0,12}入力/;

/**
 * [mail] 例：osteria@… / [mail] ※確認のため再度ご入力ください: the second of two e-mail boxes in a row,
 * whose own note below it asks to type the address again, is the confirmation.
 */
export function resolveEmailAskedAgain(candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const [a, b] = [candidates[i - 1], candidates[i]];
    if (a.excluded || b.excluded || a.interp.type !== 'email' || b.interp.type !== 'email' || a.form !== b.form || b.index !== a.index + 1) continue;
    if (a.interp.reading.confirm || b.interp.reading.confirm || a.interp.reading.alt || b.interp.reading.alt) continue;
    const notes = (c: Candidate) => c.context.texts.filter((t) => t.kind === 'note').map((t) => t.text);
    if (!notes(b).some((t) => TYPE_AGAIN.test(t)) || notes(a).some((t) => TYPE_AGAIN.test(t))) continue;
    b.interp.reading.confirm = true;
    fire(b, 'email.twice');
  }
}

/**
 * <label>メールアドレス</label> [email_confirm], then <label>メールアドレス(確認)</label> [email]: where each
 * of two e-mail boxes has a label of its own, the labels say which is typed again, whatever the names say.
 */
export function resolveEmailConfirmByLabel(candidates: Candidate[]): void {
  const labelOf = (c: Candidate) => c.context.texts.find((t) => t.kind === 'label')?.text;
  for (let i = 1; i < candidates.length; i++) {
    const [a, b] = [candidates[i - 1], candidates[i]];
    if (a.excluded || b.excluded || a.interp.type !== 'email' || b.interp.type !== 'email' || a.form !== b.form) continue;
    const [la, lb] = [labelOf(a), labelOf(b)];
    if (!la || !lb || CONFIRM.test(la) || !CONFIRM.test(lb) || !a.interp.reading.confirm) continue;
    a.interp.reading.confirm = false;
    b.interp.reading.confirm = true;
    fire(b, 'email.twice');
  }
}
