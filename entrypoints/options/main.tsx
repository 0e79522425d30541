import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { listedProviders } from '../../providers';
import { DataSettings, type VaultState } from '../../lib/ui/data-settings';
import { DiagnosticsPanel } from '../../lib/ui/diagnostics-panel';
import { localizePage, t } from '../../lib/ui/i18n';
import { loadEditorData, ProfileEditor, type EditorData } from '../../lib/ui/profile-editor';
import { retentionBanner } from '../../lib/ui/retention-banner';
import { enforceRetention } from '../../lib/vault/retention-check';
import { UnlockForm } from '../../lib/ui/unlock-form';
import { vaultState } from '../../lib/vault/profile-store';
import { noteError } from '../../lib/diagnostics/log';

const label = (text: { ja: string; en?: string }) => (document.documentElement.lang === 'ja' ? text.ja : text.en ?? text.ja);

// The page's state: whether the vault is open, the profile the editor starts from, the moving date
// the retention section counts from. Each part of the page renders from these signals alone.
const vault = signal<VaultState>('off');
const editorData = signal<EditorData | null>(null);
const moveDate = signal('');

const editorProviders = listedProviders.map((p) => ({ id: p.id, label: label(p.label), category: p.category }));

function EditorArea() {
  if (vault.value === 'locked') return <UnlockForm onUnlocked={() => (vault.value = 'unlocked')} />;
  const data = editorData.value;
  if (!data) return null;
  return (
    <ProfileEditor
      variant="options"
      data={data}
      providers={editorProviders}
      purposeTokens={vault.value === 'off'}
      onSaved={(profile) => (moveDate.value = profile.move.date)}
    />
  );
}

function ProviderList() {
  if (listedProviders.length === 0) return <li>{t('providersNone')}</li>;
  return (
    <>
      {listedProviders.map((p) => (
        <li>
          <strong>{label(p.label)}</strong>
          {` — ${t(`category_${p.category}`)}`}
          <br />
          <small>{p.origins.join(', ')}</small>
        </li>
      ))}
    </>
  );
}

async function loadEditor(): Promise<void> {
  try {
    const data = await loadEditorData('options');
    moveDate.value = data.saved.move.date;
    editorData.value = data;
  } catch (err) {
    void noteError('options.load', err);
  }
}

async function main(): Promise<void> {
  localizePage();
  document.title = t('optionsTitle');
  // Applies the retention policy before anything is read, and says what it did or will do.
  const banner = retentionBanner(await enforceRetention());
  if (banner) document.getElementById('banner')!.append(banner);
  vault.value = await vaultState();
  if (vault.value !== 'locked') await loadEditor();
  // Locking forgets the decrypted profile; unlocking reads it again.
  effect(() => {
    if (vault.value === 'locked') editorData.value = null;
    else if (!editorData.peek()) void loadEditor();
  });
  render(<EditorArea />, document.getElementById('editor')!);
  render(<DataSettings vault={vault} moveDate={moveDate} />, document.getElementById('data-settings')!);
  render(<ProviderList />, document.getElementById('provider-list')!);
  render(<DiagnosticsPanel />, document.getElementById('diagnostics')!);
  document.body.dataset.ready = 'true';
}

void main();
