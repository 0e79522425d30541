// On a bank's own form the account number is the user's contract number with that bank; on any other
// form an account number is where a bill is paid from, which no profile value holds.

import { fire, ownCaptions, type Candidate } from './candidate';
import { countFields, elementText } from './element-text';
import { normaliseText, stripDecorations } from './normalise-text';
import { READING_WORD } from './reading-words';

const BANK = /銀行|信用金庫|信金|信用組合|労働金庫|ゆうちょ|(?:^|[^a-z])bank(?:$|[^a-z])/;
const ACCOUNT_NUMBER = /口座番号|account (?:no|number)/;
const PAYMENT = /引落|引き落|振替|振込|返金|返還|支払|払込|払い込/;

/** True when the page's title, its h1 or its site header names a bank. */
export function isBankPage(doc: Document): boolean {
  const heads = [doc.title, ...Array.from(doc.querySelectorAll('h1, header')).map((el) => elementText(el, 120))];
  return heads.some((text) => !!text && BANK.test(normaliseText(text)));
}

export function resolveBankAccounts(candidates: Candidate[], doc: Document): void {
  const accounts = candidates.filter(
    (c) =>
      !c.excluded &&
      c.interp.reading.negative === 'bank' &&
      c.context.texts.some((t) => ACCOUNT_NUMBER.test(t.text)) &&
      !c.context.texts.some((t) => PAYMENT.test(t.text)) &&
      !c.context.sections.some((s) => PAYMENT.test(s.text)),
  );
  if (!accounts.length) return;
  const bankPage = isBankPage(doc);
  for (const c of accounts) {
    if (!bankPage && !isLoginWithAccount(c)) continue;
    c.interp.type = 'customerNumber';
    c.interp.reading.type = 'customerNumber';
    c.interp.reading.negative = undefined;
    c.confidence = Math.max(c.confidence, 0.7);
    fire(c, 'provider.bank-account');
  }
}

/** A login of a few boxes is small: a branch, the account, a password or PIN, a remember-me box. */
const LOGIN_BOXES = 5;

/**
 * 支店 [▾] 口座番号 [ ] 暗証番号 [••••]: an account number asked beside a password to log in is the
 * account with the bank the user logs in to, whatever the page's header names.
 */
function isLoginWithAccount(c: Candidate): boolean {
  const scope = c.form ?? c.control.element.ownerDocument.body;
  return countFields(scope) <= LOGIN_BOXES && scope.querySelector('input[type="password" i]') !== null;
}

/** 名義人, 名義（カナ）: a caption naming a holder and nothing more. */
const HOLDER_ONLY = new RegExp(String.raw`^(?:ご)?名義(?:人)?(?:様)?(?:\s*[(（]?(?:${READING_WORD}|漢字)[)）]?)?$`);
const ACCOUNT_WORD = /口座|支店|銀行|金融機関|カード/;
const NEAR = 3;

/**
 * 名義人 [ ] among 銀行名 / 支店名 / 口座番号 boxes, or under a heading 返金口座: the holder of that
 * account (or card), whose name no profile value holds.
 */
export function resolveAccountHolders(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    if (c.excluded || c.interp.type !== 'name') return;
    // 名義人 [例：山田 太郎]: the caption may come after a sample in the box.
    if (!ownCaptions(c).some((t) => HOLDER_ONLY.test(stripDecorations(normaliseText(t))))) return;
    const near = candidates.slice(Math.max(0, i - NEAR), i + NEAR + 1).filter((o) => o !== c && o.form === c.form);
    const account =
      c.context.sections.slice(0, 2).some((s) => ACCOUNT_WORD.test(s.text)) ||
      c.context.texts.some((t) => ACCOUNT_WORD.test(t.text)) ||
      near.some((o) => o.interp.reading.negative === 'bank' || o.interp.reading.negative === 'card');
    if (!account) return;
    // 名義人 [ ] then フリガナ [ ]: the reading spells the same holder.
    const next = candidates[i + 1];
    const reading = next && next.form === c.form && next.interp.type === 'name' && next.interp.reading.kana && ownCaptions(next).every((t) => !/姓|名/.test(t));
    for (const box of reading ? [c, next] : [c]) {
      box.interp.type = 'none';
      box.interp.reading.type = 'none';
      box.interp.reading.negative = 'bank';
      fire(box, 'caption.takes-nothing');
    }
  });
}
