import { unlockProfile } from '../vault/protection';
import { messageOf } from '../vault/messages';
import { h, t } from './i18n';

/** Asks for the passphrase of a locked profile. */
export function renderUnlockForm(onUnlocked: () => void): HTMLElement {
  const input = h('input', { type: 'password', id: 'unlock-passphrase', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'primary' }, t('unlockButton'));
  const form = h(
    'form',
    { class: 'unlock', 'aria-labelledby': 'unlock-title' },
    h('h2', { id: 'unlock-title' }, t('lockedTitle')),
    h('p', { class: 'hint' }, t('lockedExplain')),
    h('div', { class: 'field' }, h('label', { for: 'unlock-passphrase' }, t('passphrase')), input),
    error,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    button.textContent = t('unlocking');
    try {
      await unlockProfile(input.value);
      onUnlocked();
    } catch (err) {
      error.textContent = t(messageOf(err));
      error.hidden = false;
      input.select();
    } finally {
      button.disabled = false;
      button.textContent = t('unlockButton');
    }
  });
  return form;
}
