import { signal } from '@preact/signals';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { noteError } from '../../lib/diagnostics/log';
import { profileStatus } from '../../lib/ui/editor-status';
import { FillPanel } from '../../lib/ui/fill-panel';
import { localizePage, t } from '../../lib/ui/i18n';
import { mountProfileEditor } from '../../lib/ui/profile-editor';
import { retentionBanner } from '../../lib/ui/retention-banner';
import { renderUnlockForm } from '../../lib/ui/unlock-form';
import { lockProfile } from '../../lib/vault/protection';
import { vaultState } from '../../lib/vault/profile-store';

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
const vault = signal<{ state: 'off' | 'locked' | 'unlocked'; mount: number } | null>(null);

async function refreshVault(): Promise<void> {
  const state = await vaultState();
  vault.value = { state, mount: (vault.value?.mount ?? 0) + 1 };
  if (state === 'locked') profileStatus.value = 'locked';
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
    if (current.state === 'locked') {
      own.replaceChildren(renderUnlockForm(() => void refreshVault()));
    } else {
      // The editor keeps the editor status (stored profile, unsaved edits, its saver) itself.
      mountProfileEditor({ variant: 'popup', container: own, signal: life.signal }).catch((err) => void noteError('popup.editor-mount', err));
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

function Popup({ tabId, banner }: { tabId: number | undefined; banner: HTMLElement | null }) {
  const bannerHost = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (banner) bannerHost.current?.replaceChildren(banner);
  }, []);
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
            await lockProfile();
            await refreshVault();
          }}
        >
          {t('lockNow')}
        </button>
      </header>
      <main>
        {banner && <div ref={bannerHost} />}
        {profileStatus.value === 'none' && <FirstRun />}
        <FillPanel tabId={tabId} onUnlocked={refreshVault} />
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
  const [banner, tabId] = await Promise.all([retentionBanner(), targetTabId()]);
  await refreshVault();
  render(<Popup tabId={tabId} banner={banner} />, document.getElementById('app')!);
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
