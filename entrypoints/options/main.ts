import { providers } from '../../providers';
import { vaultState } from '../../lib/vault/profile-store';
import { mountDataSettings } from '../../lib/ui/data-settings';
import { h, localizePage, t } from '../../lib/ui/i18n';
import { mountProfileEditor } from '../../lib/ui/profile-editor';
import { retentionBanner } from '../../lib/ui/retention-banner';
import { renderUnlockForm } from '../../lib/ui/unlock-form';

const lang = () => document.documentElement.lang;
const label = (text: { ja: string; en?: string }) => (lang() === 'ja' ? text.ja : text.en ?? text.ja);

async function render(): Promise<void> {
  const editor = document.getElementById('editor')!;
  const data = document.getElementById('data-settings')!;
  const banner = await retentionBanner();
  document.getElementById('banner')!.replaceChildren(...(banner ? [banner] : []));
  if ((await vaultState()) === 'locked') {
    editor.replaceChildren(renderUnlockForm(() => void render()));
    await mountDataSettings(data, '', () => void render());
    return;
  }
  const handle = await mountProfileEditor({
    variant: 'options',
    container: editor,
    providers: providers.map((p) => ({ id: p.id, label: label(p.label) })),
    onSaved: (profile) => void mountDataSettings(data, profile.move.date, () => void render()),
  });
  await mountDataSettings(data, handle.profile().move.date, () => void render());
}

async function main(): Promise<void> {
  localizePage();
  document.title = t('optionsTitle');
  await render();
  const list = document.getElementById('provider-list')!;
  if (providers.length === 0) list.append(h('li', {}, t('providersNone')));
  for (const p of providers) {
    list.append(h('li', {}, h('strong', {}, label(p.label)), ` — ${t(`category_${p.category}`)}`, h('br'), h('small', {}, p.origins.join(', '))));
  }
  document.body.dataset.ready = 'true';
}

void main();
