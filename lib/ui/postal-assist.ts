import { browser } from 'wxt/browser';
import { normalisePostal, prefectureOf } from '../formats';
import { createPostalLookup, fetchChunkLoader, splitAddress, type PostalCandidate, type PostalLookup } from '../postal';
import { h, t } from './i18n';

// Address help in the profile editors, from the offline index shipped with the extension: a typed
// 郵便番号 offers the matching prefecture / city / town to confirm, and a whole address pasted into
// the 市区町村 box is split into prefecture, city and the rest.

const MAX_SHOWN = 8;
let shared: PostalLookup | null = null;

function postalLookup(): PostalLookup {
  shared ??= createPostalLookup(fetchChunkLoader((browser.runtime.getURL as (path: string) => string)('/postal/')));
  return shared;
}

type Control = HTMLInputElement | HTMLSelectElement;

export function attachPostalAssist(form: HTMLFormElement, side: 'oldAddress' | 'newAddress', onApplied: () => void): void {
  const control = (part: string) => form.querySelector<Control>(`[data-path="${side}.${part}"]`);
  const postal = control('postalCode');
  if (!postal) return;
  const panel = h('div', { class: 'postal-candidates', role: 'region', 'aria-live': 'polite', 'aria-label': t('postalCandidates') });
  postal.closest('.field')!.after(panel);
  let asked = '';

  function set(part: string, value: string): void {
    const el = control(part);
    if (el && value) el.value = value;
  }

  function apply(candidate: PostalCandidate): void {
    set('prefecture', candidate.prefecture);
    set('city', candidate.city);
    set('town', candidate.town);
    const kana = [candidate.prefectureKana, candidate.cityKana, candidate.townKana].filter(Boolean).join('');
    const kanaField = control('kana');
    if (kanaField && kana && !kanaField.value) kanaField.value = kana;
    panel.replaceChildren(h('p', { class: 'hint' }, t('postalApplied')));
    onApplied();
    control('block')?.focus();
  }

  async function offer(): Promise<void> {
    const code = normalisePostal(postal!.value);
    if (code === asked) return;
    asked = code;
    if (!code) {
      panel.replaceChildren();
      return;
    }
    const candidates = await postalLookup().lookup(code);
    if (asked !== code) return;
    if (candidates.length === 0) {
      panel.replaceChildren(h('p', { class: 'hint' }, t('postalUnknown')));
      return;
    }
    const buttons = candidates.slice(0, MAX_SHOWN).map((c) => {
      const button = h('button', { type: 'button', class: 'candidate' }, `${c.prefecture} ${c.city} ${c.town}`.trim());
      button.addEventListener('click', () => apply(c));
      return button;
    });
    panel.replaceChildren(h('p', { class: 'hint' }, t(candidates.length > 1 ? 'postalChooseOne' : 'postalConfirm')), ...buttons);
    if (candidates.length > MAX_SHOWN) panel.append(h('p', { class: 'hint' }, t('postalMore', String(candidates.length - MAX_SHOWN))));
  }

  postal.addEventListener('input', () => void offer());
  postal.addEventListener('focusout', () => void offer());

  const city = control('city') as HTMLInputElement | null;
  city?.addEventListener('paste', (event: ClipboardEvent) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!prefectureOf(text.slice(0, 4)) && !/^〒?\s*\d{3}/.test(text)) return;
    event.preventDefault();
    void splitAddress(text, (code) => postalLookup().cities(code)).then((parts) => {
      if (parts.postalCode) postal.value = parts.postalCode;
      set('prefecture', parts.prefecture);
      set('city', parts.city);
      set('town', parts.rest);
      onApplied();
    });
  });
}
