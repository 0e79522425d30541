import { render } from 'preact';
import { loadProcedureRecord } from '../../lib/vault/procedure-store';
import { loadProfile, ProfileLockedError } from '../../lib/vault/profile-store';
import { localizePage, t } from '../../lib/ui/i18n';
import { renderUnlockForm } from '../../lib/ui/unlock-form';
import { App } from './app';
import { moveDate, record } from './model';

async function start(): Promise<void> {
  const app = document.getElementById('app')!;
  try {
    const [profile, stored] = await Promise.all([loadProfile(), loadProcedureRecord()]);
    moveDate.value = profile.move.date;
    record.value = stored;
  } catch (err) {
    if (!(err instanceof ProfileLockedError)) throw err;
    app.replaceChildren(renderUnlockForm(() => void start()));
    document.body.dataset.ready = 'true';
    return;
  }
  app.replaceChildren();
  render(<App />, app);
  // A fill in another tab changes the record: show it when the user comes back.
  document.addEventListener('visibilitychange', async () => {
    if (document.visibilityState === 'visible') record.value = await loadProcedureRecord();
  });
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  document.body.dataset.ready = 'true';
}

localizePage();
document.title = t('checklistTitle');
void start();
