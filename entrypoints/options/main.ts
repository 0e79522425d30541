import { providers } from '../../providers';
import { h, localizePage, t } from '../../lib/ui/i18n';
import { mountProfileEditor } from '../../lib/ui/profile-editor';

async function main(): Promise<void> {
  localizePage();
  document.title = t('optionsTitle');
  const lang = document.documentElement.lang;
  const label = (text: { ja: string; en?: string }) => (lang === 'ja' ? text.ja : text.en ?? text.ja);
  await mountProfileEditor({
    variant: 'options',
    container: document.getElementById('editor')!,
    providers: providers.map((p) => ({ id: p.id, label: label(p.label) })),
  });
  const list = document.getElementById('provider-list')!;
  if (providers.length === 0) list.append(h('li', {}, t('providersNone')));
  for (const p of providers) {
    list.append(h('li', {}, h('strong', {}, label(p.label)), ` — ${t(`category_${p.category}`)}`, h('br'), h('small', {}, p.origins.join(', '))));
  }
  document.body.dataset.ready = 'true';
}

void main();
