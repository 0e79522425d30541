import { noteError } from '../diagnostics/log';
import { groupPhone, modernEras } from '../formats';
import { ProfileLockedError } from '../vault/sealed-store';
import { cachedProcedureRecord, cachedProfile, cachedSettings } from './kept-records';

// Opening the popup on a page is the step before a fill. Once the popup has its answer, the
// background reads what the fill will read (into its memory only, see kept-records.ts) and sets up
// the calendar and phone rules whose first use is slow (the Japanese calendar's data, the phone
// metadata), so that the click does not wait for them.

export async function getReadyForFill(): Promise<void> {
  modernEras();
  groupPhone('0312345678');
  await cachedSettings();
  try {
    await cachedProfile();
    await cachedProcedureRecord();
  } catch (err) {
    // Locked: the fill asks for the passphrase; nothing to read before.
    if (!(err instanceof ProfileLockedError)) await noteError('background.ready-for-fill', err);
  }
}
