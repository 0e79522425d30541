import type { GuessChoice, GuessPreview } from '../messages';
import { h, t } from './i18n';
import { keyLabel } from './key-label';
import { decodeChoice, encodeChoice, keyOptionGroups } from './key-options';

/** The confirmation step on a page without a mapping: every recognised field with its label, the
 * key it was taken for (changeable) and the value it would get. Only checked fields are filled. */
export function renderGuessPanel(preview: GuessPreview, onConfirm: (choices: GuessChoice[]) => void): HTMLElement {
  const groups = keyOptionGroups();
  const { site } = preview;
  // On a host that imitates a trusted site nothing is ticked in advance: the user picks each field.
  const preTick = !site.imitates;
  // Guesses that need a look (要確認) come first; the others keep the page's order.
  const needsLook = (f: GuessPreview['fields'][number]) => !f.remembered && f.key !== null && !!f.review;
  const shown = [...preview.fields.filter(needsLook), ...preview.fields.filter((f) => !needsLook(f))];
  const rows = shown.map((field, i) => {
    const id = `guess-${i}`;
    const original = encodeChoice(field.key, field.part);
    const check = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-value` });
    check.checked = preTick && field.key !== null && field.preview !== null && (field.remembered || field.preselect === true);
    check.disabled = field.key === null;
    const select = h(
      'select',
      { 'aria-label': t('guessKeyFor', field.label || field.selector) },
      h('option', { value: '' }, t('guessNoKey')),
      ...groups.map((g) => h('optgroup', { label: t(g.group) }, ...g.options.map((o) => h('option', { value: o.value }, o.label)))),
    );
    select.value = original;
    if (select.value !== original) select.append(h('option', { value: original }, field.key ? keyLabel(field.key, field.part) : ''));
    select.value = original;
    const value = h(
      'span',
      { class: 'guess-value', id: `${id}-value` },
      field.preview ?? (field.key ? t(`reason_${(field.skip ?? 'no-value').replace(/-/g, '_')}`) : '—'),
    );
    select.addEventListener('change', () => {
      const changed = select.value !== original;
      row.classList.toggle('corrected', changed);
      check.disabled = select.value === '';
      check.checked = select.value !== '';
      value.textContent = changed ? t('guessChangedValue') : field.preview ?? '—';
    });
    const row = h(
      'li',
      { class: field.remembered ? 'guess remembered' : 'guess', 'data-selector': field.selector },
      check,
      h(
        'label',
        { for: id, class: 'guess-label' },
        field.label || field.selector,
        field.remembered ? h('small', { class: 'tag' }, ` ${t('guessRemembered')}`) : null,
        needsLook(field) ? h('small', { class: 'tag review' }, ` ${t('guessReview', t(`guessReview_${field.review!.replace(/-/g, '_')}`))}`) : null,
      ),
      select,
      value,
    );
    return { row, check, select, field, original };
  });

  const confirm = h('button', { type: 'button', class: 'primary' }, t('guessConfirm'));
  // On plain http the page (and anyone on the network path) can be someone else: ask once more.
  const insecureCheck = h('input', { type: 'checkbox', id: 'guess-insecure-ok' });
  const insecure = site.insecure
    ? h('p', { class: 'guess-insecure' }, insecureCheck, h('label', { for: 'guess-insecure-ok' }, t('guessInsecureConfirm')))
    : null;
  if (site.insecure) {
    confirm.disabled = true;
    insecureCheck.addEventListener('change', () => {
      confirm.disabled = !insecureCheck.checked;
    });
  }
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    onConfirm(
      rows.map(({ check, select, field, original }) => {
        const choice = decodeChoice(select.value);
        const result: GuessChoice = { selector: field.selector, key: choice.key, fill: check.checked && choice.key !== null, corrected: select.value !== original };
        if (choice.part !== undefined) result.part = choice.part;
        return result;
      }),
    );
  });
  return h(
    'section',
    { class: 'guesses', 'aria-labelledby': 'guess-title' },
    h('h2', { id: 'guess-title' }, t('guessTitle')),
    preview.platform ? h('p', { class: 'platform-note', role: 'status' }, t('guessPlatform', preview.platform)) : null,
    h(
      'p',
      { class: 'guess-site' },
      h('span', {}, t('guessSite')),
      ' ',
      h('strong', { class: 'guess-domain' }, site.domain),
      site.host !== site.domain ? h('small', {}, ` (${site.host})`) : null,
      site.punycode ? h('span', { class: 'flag' }, ` ${t('guessPunycode')}`) : null,
    ),
    site.imitates ? h('p', { class: 'warning', role: 'alert' }, t('guessLookAlike', [site.domain, site.imitates])) : null,
    h('p', { class: 'hint' }, t('guessExplain')),
    h('ul', { class: 'guess-fields' }, ...rows.map((r) => r.row)),
    insecure,
    confirm,
  );
}
