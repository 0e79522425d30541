// On a bank's own form the account number is the user's contract number with that bank; on any other
// form an account number is where a bill is paid from, which no profile value holds.

import { fire, type Candidate } from './candidate';
import { elementText } from './element-text';
import { normaliseText } from './normalise-text';

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
  if (!accounts.length || !isBankPage(doc)) return;
  for (const c of accounts) {
    c.interp.type = 'customerNumber';
    c.interp.reading.type = 'customerNumber';
    c.interp.reading.negative = undefined;
    c.confidence = Math.max(c.confidence, 0.7);
    fire(c, 'provider.bank-account');
  }
}
