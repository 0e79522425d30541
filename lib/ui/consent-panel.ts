import type { ConsentNeeded } from '../messages';
import { h, t } from './i18n';
import { keyLabel } from './key-label';

/** Before the first fill on a site: exactly which items it will receive, values masked. */
export function renderConsentPanel(request: ConsentNeeded['consent'], onAnswer: (agreed: boolean) => void): HTMLElement {
  const agree = h('button', { type: 'button', class: 'primary' }, t('consentAgree'));
  const decline = h('button', { type: 'button' }, t('consentDecline'));
  agree.addEventListener('click', () => {
    agree.disabled = decline.disabled = true;
    onAnswer(true);
  });
  decline.addEventListener('click', () => {
    agree.disabled = decline.disabled = true;
    onAnswer(false);
  });
  return h(
    'section',
    { class: 'consent', 'aria-labelledby': 'consent-title' },
    h('h2', { id: 'consent-title' }, t('consentTitle', request.label)),
    h('p', { class: 'hint' }, t('consentExplain', request.origin)),
    h(
      'table',
      { class: 'consent-items' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('consentItem')), h('th', { scope: 'col' }, t('consentValue')))),
      h(
        'tbody',
        {},
        ...request.items.map((item) =>
          h('tr', { 'data-key': item.key }, h('th', { scope: 'row' }, keyLabel(item.key)), h('td', { class: 'masked' }, item.masked || t('consentNoValue'))),
        ),
      ),
    ),
    h('p', { class: 'hint' }, t('consentRemembered')),
    h('div', { class: 'actions' }, agree, decline),
  );
}
