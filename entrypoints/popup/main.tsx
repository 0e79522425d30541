import { signal } from '@preact/signals';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { noteError } from '../../lib/diagnostics/log';
import { profileStatus } from '../../lib/ui/editor-status';
import { askTabStatusEarly, FillPanel } from '../../lib/ui/fill-panel';
import { localizePage, t } from '../../lib/ui/i18n';
import { retentionBanner } from '../../lib/ui/retention-banner';
import { profilePresence, vaultState, type VaultState } from '../../lib/vault/profile-presence';

async function targetTabId(): Promise<number | undefined> {
  // Demo/test builds can aim the popup at a given tab (the tests open the popup as a page).
  if (import.meta.env.MODE === 'demo') {
    const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The vault as the popup shows it; every change re-mounts the editor (or the unlock form). */
const vault = signal<{ state: VaultState; mount: number } | null>(null);

async function refreshVault(): Promise<VaultState> {
  const state = await vaultState();
  vault.value = { state, mount: (vault.value?.mount ?? 0) + 1 };
  if (state === 'locked') profileStatus.value = 'locked';
  return state;
}

/** Where the editor (or, while locked, the unlock form) lives. Each mount gets its own element and
 * its own life: what it registered outside itself ends when it is replaced. */
function EditorArea() {
  const host = useRef<HTMLDivElement>(null);
  const current = vault.value;
  useEffect(() => {
    if (!current || !host.current) return;
    const own = document.createElement('div');
    host.current.replaceChildren(own);
    const life = new AbortController();
    // The editor's code (formats, phone numbers, the vault) loads after the fill panel is usable.
    if (current.state === 'locked') {
      import('../../lib/ui/unlock-form')
        .then(({ renderUnlockForm }) => {
          if (!life.signal.aborted) own.replaceChildren(renderUnlockForm(() => void refreshVault()));
        })
        .catch((err) => void noteError('popup.unlock-mount', err));
    } else {
      // The editor keeps the editor status (stored profile, unsaved edits, its saver) itself.
      import('../../lib/ui/profile-editor')
        .then(({ mountProfileEditor }) => (life.signal.aborted ? undefined : mountProfileEditor({ variant: 'popup', container: own, signal: life.signal })))
        .catch((err) => void noteError('popup.editor-mount', err));
    }
    return () => {
      life.abort();
      own.remove();
    };
  }, [current?.mount]);
  return <div id="editor" ref={host} />;
}

/** First run: entering one's information is the first step, and the way to it is the primary button. */
function FirstRun() {
  function openEditor(): void {
    const editor = document.getElementById('editor');
    const first = editor?.querySelector('details');
    if (first) first.open = true;
    const field = editor?.querySelector<HTMLElement>('input, select');
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRunTitle')}</h2>
      <p>{t('firstRunExplain')}</p>
      <button type="button" class="primary first-run-start" onClick={openEditor}>
        {t('firstRunButton')}
      </button>
    </section>
  );
}

/** The retention notice, once the retention check has run. */
const banner = signal<HTMLElement | null>(null);

function Popup({ tabId }: { tabId: number | undefined }) {
  const bannerHost = useRef<HTMLDivElement>(null);
  const shown = banner.value;
  useEffect(() => {
    if (shown) bannerHost.current?.replaceChildren(shown);
  }, [shown]);
  const unlocked = vault.value?.state === 'unlocked';
  return (
    <>
      <header class="bar">
        <h1>{t('extShortName')}</h1>
        <a
          id="open-options"
          href="#"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('openOptions')}
        </a>
        <button
          type="button"
          id="lock"
          class="lock"
          hidden={!unlocked}
          onClick={async () => {
            const { lockProfile } = await import('../../lib/vault/protection');
            await lockProfile();
            await refreshVault();
          }}
        >
          {t('lockNow')}
        </button>
      </header>
      <main>
        {shown && <div ref={bannerHost} />}
        {profileStatus.value === 'none' && <FirstRun />}
        <FillPanel tabId={tabId} onUnlocked={async () => void (await refreshVault())} />
        <section class="profile-box" aria-labelledby="editor-title">
          <h2 id="editor-title">{t('editorTitle')}</h2>
          <EditorArea />
        </section>
      </main>
    </>
  );
}

async function main(): Promise<void> {
  localizePage();
  document.title = t('extName');
  const tabId = await targetTabId();
  if (tabId !== undefined) askTabStatusEarly(tabId);
  // The fill panel asks for the tab's status at once; the profile is looked at after the retention
  // check, which may delete it.
  render(<Popup tabId={tabId} />, document.getElementById('app')!);
  banner.value = await retentionBanner();
  const presence = await profilePresence(await refreshVault());
  if (profileStatus.peek() === 'loading') profileStatus.value = presence;
  // Ready once the editor (or the unlock form) is in place.
  const editor = document.getElementById('editor')!;
  await new Promise<void>((resolve) => {
    if (editor.querySelector('form')) return resolve();
    const observer = new MutationObserver(() => {
      if (!editor.querySelector('form')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(editor, { childList: true, subtree: true });
  });
  document.body.dataset.ready = 'true';
}

void main();
