import { it } from 'vitest';
import { parseProfile } from '../../../lib/profile/schema';
import { validateProvider } from '../../../lib/providers/validate';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const base = () => ({ id: 'broken', label: { ja: 'テスト' }, category: 'other', origins: ['https://www.example.co.jp'], updated: '2026-01-01',
  pages: [{ id: 'p1', path: '/form', title: { ja: 'フォーム' }, fields: [{ selector: '#a', key: 'name.family' }, { selector: '#b', key: 'name.given' }, { selector: '#c', key: 'phone' }] }] });
function tryV(mut: (p: any) => void, file = 'providers/broken.ts') {
  const p: any = base(); mut(p);
  try { validateProvider(p, file); console.log('VALID'); } catch (e) { console.log((e as Error).message); }
}
it('probe', async () => {
  console.log(JSON.stringify(parseProfile({ providers: { x: { customerNumber: 'A'.repeat(31) } } })));
  console.log(JSON.stringify(parseProfile({ providers: { x: { customerNumber: 'A_1' } } })));
  console.log(JSON.stringify(parseProfile({ email: 'bad', move: { stopDate: '2026-12-21', startDate: '2026-12-20' } })));
  console.log(JSON.stringify(parseProfile({ email: ' a@b.jp ' })));
  tryV((p) => { p.pages[0].fields[0].selector = ['#a', 'td:first-child input']; });
  tryV((p) => { p.pages[0].fields[0].selector = 'tr:nth-child(2) input'; });
  tryV((p) => { p.pages[0].fields[0].value = 'x'; });
  tryV((p) => { p.script = 'x'; });
  tryV((p) => { p.origins = ['https://*.example.jp']; });
  tryV((p) => { p.origins = ['http://www.example.co.jp']; });
  tryV((p) => { p.demo = true; p.origins = ['http://example.test:8080']; }, 'providers/demo/broken.ts');
  tryV((p) => { p.pages[0].fields[1].label = () => 'x'; });
  tryV((p) => { p.pages.push({ ...p.pages[0] }); });
  tryV((p) => { p.pages[0].fields[2].key = 'phone.mobile'; });
  tryV((p) => { p.origins = ['https://www.example.co.jp/']; });
  tryV((p) => { p.origins = ['https://WWW.example.co.jp']; });
  tryV((p) => { p.origins = ['https://www.example.co.jp:443']; });
  tryV((p) => { p.origins = ['https://user@www.example.co.jp']; });
  try { console.log(await fakeBrowser.tabs.get(999)); } catch (e) { console.log('tabs.get throws', (e as Error).message); }
  console.log(await fakeBrowser.storage.session.get('x'));
});
