import { signal, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { normalisePostal, prefectureOf } from '../formats';
import { noteError } from '../diagnostics/log';
import { createPostalLookup, fetchChunkLoader, splitAddress, type PostalCandidate, type PostalLookup } from '../postal';
import { t } from './i18n';

// Address help in the profile editors, from the offline index shipped with the extension: a typed
// 郵便番号 offers the matching prefecture / city / town to confirm, and a whole address pasted into
// the 市区町村 box is split into prefecture, city and the rest.

const MAX_SHOWN = 8;
let shared: PostalLookup | null = null;

function postalLookup(): PostalLookup {
  shared ??= createPostalLookup(fetchChunkLoader((browser.runtime.getURL as (path: string) => string)('/postal/')), (where, error) => void noteError(where, error));
  return shared;
}

type Offer =
  | { kind: 'none' }
  | { kind: 'message'; key: string }
  | { kind: 'candidates'; candidates: PostalCandidate[]; more: number };

export interface AddressSide {
  /** The editor's value of a part of this address ('postalCode', 'city', 'kana'…); null when not shown. */
  get(part: string): string | null;
  set(part: string, value: string): void;
  /** After a candidate or a split paste filled the address. */
  applied(): void;
  /** Where typing goes on after a chosen candidate (番地・号). */
  focus(part: string): void;
}

export interface PostalAssist {
  offer: Signal<Offer>;
  /** Looks the typed postal code up, once per distinct code. */
  lookUp(raw: string): Promise<void>;
  choose(candidate: PostalCandidate): void;
  /** A pasted whole address: true when it was taken (the paste is then the assist's to handle). */
  paste(text: string): boolean;
}

export function createPostalAssist(side: AddressSide): PostalAssist {
  const offer = signal<Offer>({ kind: 'none' });
  let asked = '';

  function set(part: string, value: string): void {
    if (value && side.get(part) !== null) side.set(part, value);
  }

  async function lookUp(raw: string): Promise<void> {
    const code = normalisePostal(raw);
    if (code === asked) return;
    asked = code;
    if (!code) {
      offer.value = { kind: 'none' };
      return;
    }
    const candidates = await postalLookup().lookup(code);
    if (asked !== code) return;
    offer.value =
      candidates.length === 0
        ? { kind: 'message', key: 'postalUnknown' }
        : { kind: 'candidates', candidates: candidates.slice(0, MAX_SHOWN), more: Math.max(0, candidates.length - MAX_SHOWN) };
  }

  function choose(candidate: PostalCandidate): void {
    set('prefecture', candidate.prefecture);
    set('city', candidate.city);
    set('town', candidate.town);
    const kana = [candidate.prefectureKana, candidate.cityKana, candidate.townKana].filter(Boolean).join('');
    if (kana && side.get('kana') === '') side.set('kana', kana);
    offer.value = { kind: 'message', key: 'postalApplied' };
    side.applied();
    side.focus('block');
  }

  function paste(text: string): boolean {
    if (!prefectureOf(text.slice(0, 4)) && !/^〒?\s*\d{3}/.test(text)) return false;
    void splitAddress(text, (code) => postalLookup().cities(code)).then((parts) => {
      if (parts.postalCode) side.set('postalCode', parts.postalCode);
      set('prefecture', parts.prefecture);
      set('city', parts.city);
      set('town', parts.rest);
      side.applied();
    });
    return true;
  }

  return { offer, lookUp, choose, paste };
}

/** The candidates (or the message) under the postal code box. */
export function PostalCandidates({ assist }: { assist: PostalAssist }) {
  const offer = assist.offer.value;
  return (
    <div class="postal-candidates" role="region" aria-live="polite" aria-label={t('postalCandidates')}>
      {offer.kind === 'message' && <p class="hint">{t(offer.key)}</p>}
      {offer.kind === 'candidates' && (
        <>
          <p class="hint">{t(offer.candidates.length > 1 ? 'postalChooseOne' : 'postalConfirm')}</p>
          {offer.candidates.map((c) => (
            <button type="button" class="candidate" onClick={() => assist.choose(c)}>
              {`${c.prefecture} ${c.city} ${c.town}`.trim()}
            </button>
          ))}
          {offer.more > 0 && <p class="hint">{t('postalMore', String(offer.more))}</p>}
        </>
      )}
    </div>
  );
}
