import { browser } from 'wxt/browser';
import { noteDiagnostic, noteError } from '../diagnostics/log';
import { fillTab } from './fill-tab';

// The keyboard shortcut fills without opening any extension page: what happened shows on the
// toolbar button (badge and tooltip), with codes and counts only, never a value.

function message(key: string): string {
  return (browser.i18n.getMessage as (key: string) => string)(key) || key;
}

/** Fills the tab from the shortcut; after the deletion day that deletes everything instead, and the
 * button says so. */
export async function fillFromShortcut(tabId: number): Promise<void> {
  let result;
  try {
    result = await fillTab(tabId);
  } catch (err) {
    await noteError('background.shortcut-fill', err);
    result = { ok: false as const, error: 'unexpected' };
  }
  // A successful fill sets the badge with its report (rememberReport).
  if (result.ok) return;
  await noteDiagnostic('background.shortcut-fill', result.error);
  const deleted = result.error === 'deleted-by-retention';
  try {
    await browser.action.setBadgeText({ tabId, text: deleted ? message('badgeDeleted') : '!' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: deleted ? '#cf222e' : '#9a6700' });
    await browser.action.setTitle({ tabId, title: message(deleted ? 'actionTitleDeleted' : 'actionTitleFailed') });
  } catch (err) {
    // The tab may have closed meanwhile.
    await noteError('background.shortcut-badge', err);
  }
}
