import { useSignal } from '@preact/signals';
import { render } from 'preact';
import { unlockProfile } from '../vault/protection';
import { messageOf } from '../vault/messages';
import { noteError } from '../diagnostics/log';
import { t } from './i18n';

/** Asks for the passphrase of a locked profile: the page's one passphrase box while locked. */
export function UnlockForm({ onUnlocked }: { onUnlocked: () => void }) {
  const passphrase = useSignal('');
  const error = useSignal('');
  const busy = useSignal(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    busy.value = true;
    try {
      await unlockProfile(passphrase.value);
      onUnlocked();
    } catch (err) {
      void noteError('unlock', err);
      error.value = t(messageOf(err));
      (document.getElementById('unlock-passphrase') as HTMLInputElement | null)?.select();
    } finally {
      busy.value = false;
    }
  }

  return (
    <form class="unlock" aria-labelledby="unlock-title" onSubmit={(e) => void submit(e)}>
      <h2 id="unlock-title">{t('lockedTitle')}</h2>
      <p class="hint">{t('lockedExplain')}</p>
      <div class="field">
        <label for="unlock-passphrase">{t('passphrase')}</label>
        <input
          type="password"
          id="unlock-passphrase"
          autoComplete="current-password"
          required
          value={passphrase}
          onInput={(e) => (passphrase.value = (e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <p class="field-error" role="alert" hidden={!error.value}>
        {error}
      </p>
      <button type="submit" class="primary" disabled={busy}>
        {busy.value ? t('unlocking') : t('unlockButton')}
      </button>
    </form>
  );
}

/** The unlock form as an element, for pages that place it themselves; it ends with `signal`. */
export function renderUnlockForm(onUnlocked: () => void, signal?: AbortSignal): HTMLElement {
  const host = document.createElement('div');
  host.className = 'unlock-host';
  render(<UnlockForm onUnlocked={onUnlocked} />, host);
  signal?.addEventListener('abort', () => render(null, host), { once: true });
  return host;
}
