import { batch, signal } from '@preact/signals';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { noteError } from '../../lib/diagnostics/log';
import type { OpeningState, ReplyOf, TabStatus } from '../../lib/messages';
import { profileStatus } from '../../lib/ui/editor-status';
import { FillPanel } from '../../lib/ui/fill-panel';
import { localizePage, t } from '../../lib/ui/i18n';
import { retentionBanner } from '../../lib/ui/retention-banner';
import type { VaultState } from '../../lib/vault/profile-presence';

// The popup's view. Its first state is the background's opening answer (asked by main.tsx before this
// module loads); the vault's and the storage's code (and zod with them) load after it, with the editor.

/** The vault as the popup shows it; every change re-mounts the editor (or the unlock form). */
const vault = signal<{ state: VaultState; mount: number } | null>(null);

function showVault(state: VaultState): void {
  vault.value = { state, mount: (vault.value?.mount ?? 0) + 1 };
  if (state === 'locked') profileStatus.value = 'locked';
}

/** After an unlock or a lock here: the vault's state read again. */
async function refreshVault(): Promise<void> {
  const { vaultState } = await import('../../lib/vault/profile-presence');
  showVault(await vaultState());
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

/** The tab's status; null until the opening answer came. */
const tabStatus = signal<TabStatus | null>(null);

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
        <FillPanel tabId={tabId} status={tabStatus.value} onUnlocked={refreshVault} />
        <section class="profile-box" aria-labelledby="editor-title">
          <h2 id="editor-title">{t('editorTitle')}</h2>
          <EditorArea />
        </section>
      </main>
    </>
  );
}

/** The opening state worked out here when the background gives no valid answer: the page is not
 * reachable, and this page checks the stored data itself. */
async function openingHere(): Promise<OpeningState> {
  const { storedStateOnOpening } = await import('../../lib/vault/opening-check');
  return { ok: true, status: { kind: 'unsupported', reason: 'no-page' }, ...(await storedStateOnOpening()) };
}

/** Draws the popup for a tab, then fills it in from the opening answer. */
export async function startPopup(tabId: number | undefined, asked: Promise<ReplyOf<'popup-open'>>): Promise<void> {
  localizePage();
  document.title = t('extName');
  render(<Popup tabId={tabId} />, document.getElementById('app')!);
  const answer = await asked;
  const opening = answer.ok ? answer : await openingHere();
  batch(() => {
    banner.value = retentionBanner(opening.retention);
    tabStatus.value = opening.status;
    showVault(opening.vault);
    if (profileStatus.peek() === 'loading') profileStatus.value = opening.profile;
  });
  // The fill's answer is checked with the message schemas: load them now, beside the editor, rather
  // than after the click.
  if (opening.status.kind !== 'unsupported') void import('../../lib/messages/schemas').catch((err) => noteError('popup.schemas', err));
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
