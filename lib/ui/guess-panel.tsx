import { signal, useSignal, type Signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { GuessChoice, GuessPreview } from '../messages';
import { t } from './i18n';
import { orderGuesses } from './guess-order';
import { decodeChoice, encodeChoice, KeySelect } from './key-options';

type Guessed = GuessPreview['fields'][number];

interface Row {
  id: string;
  field: Guessed;
  original: string;
  choice: Signal<string>;
  checked: Signal<boolean>;
}

const needsLook = (f: Guessed) => !f.remembered && f.key !== null && !!f.review;

function GuessRow({ row }: { row: Row }) {
  const { id, field, original, choice, checked } = row;
  const changed = choice.value !== original;
  const shownValue = changed ? t('guessChangedValue') : field.preview ?? (field.key ? t(`reason_${(field.skip ?? 'no-value').replace(/-/g, '_')}`) : '—');
  return (
    <li class={`guess${field.remembered ? ' remembered' : ''}${changed ? ' corrected' : ''}`} data-selector={field.selector}>
      <input type="checkbox" id={id} aria-describedby={`${id}-value`} checked={checked.value} disabled={choice.value === ''} onChange={(e) => (checked.value = e.currentTarget.checked)} />
      <label for={id} class="guess-label">
        {field.label || field.selector}
        {field.remembered && <small class="tag">{` ${t('guessRemembered')}`}</small>}
        {needsLook(field) && <small class="tag review">{` ${t('guessReview', t(`guessReview_${field.review!.replace(/-/g, '_')}`))}`}</small>}
      </label>
      <KeySelect
        label={t('guessKeyFor', field.label || field.selector)}
        value={choice.value}
        onChange={(value) => {
          choice.value = value;
          checked.value = value !== '';
        }}
      />
      <span class="guess-value" id={`${id}-value`}>
        {shownValue}
      </span>
    </li>
  );
}

interface GuessPanelProps {
  preview: GuessPreview;
  onConfirm: (choices: GuessChoice[]) => void;
}

/** The confirmation step on a page without a mapping: every recognised field with its label, the
 * key it was taken for (changeable) and the value it would get. Only checked fields are filled. */
export function GuessPanel({ preview, onConfirm }: GuessPanelProps) {
  const { site } = preview;
  // On a host that imitates a trusted site nothing is ticked in advance: the user picks each field.
  const preTick = !site.imitates;
  const [rows] = useState<Row[]>(() =>
    orderGuesses(preview.fields).map((field, i) => {
      const original = encodeChoice(field.key, field.part);
      const ticked = preTick && field.key !== null && field.preview !== null && (field.remembered || field.preselect === true);
      return { id: `guess-${i}`, field, original, choice: signal(original), checked: signal(ticked) };
    }),
  );
  // On plain http the page (and anyone on the network path) can be someone else: ask once more.
  const insecureOk = useSignal(false);
  const sent = useSignal(false);

  function confirm(): void {
    sent.value = true;
    onConfirm(
      rows.map((r) => {
        const choice = decodeChoice(r.choice.value);
        const result: GuessChoice = { selector: r.field.selector, key: choice.key, fill: r.checked.value && choice.key !== null, corrected: r.choice.value !== r.original };
        if (choice.part !== undefined) result.part = choice.part;
        return result;
      }),
    );
  }

  if (rows.length === 0) {
    return (
      <section class="guesses empty-state" aria-labelledby="guess-title">
        <h2 id="guess-title">{t('noFormTitle')}</h2>
        <p>{t('noFormNext')}</p>
        <p class="hint">{t('noFormFrameHint')}</p>
      </section>
    );
  }
  return (
    <section class="guesses" aria-labelledby="guess-title">
      <h2 id="guess-title">{t('guessTitle')}</h2>
      {preview.platform && (
        <p class="platform-note" role="status">
          {t('guessPlatform', preview.platform)}
        </p>
      )}
      <p class="guess-site">
        <span>{t('guessSite')}</span> <strong class="guess-domain">{site.domain}</strong>
        {site.host !== site.domain && <small>{` (${site.host})`}</small>}
        {site.punycode && <span class="flag">{` ${t('guessPunycode')}`}</span>}
      </p>
      {site.imitates && (
        <p class="warning" role="alert">
          {t('guessLookAlike', [site.domain, site.imitates])}
        </p>
      )}
      <p class="hint">{t('guessExplain')}</p>
      <ul class="guess-fields">
        {rows.map((row) => (
          <GuessRow key={row.id} row={row} />
        ))}
      </ul>
      {site.insecure && (
        <p class="guess-insecure">
          <input type="checkbox" id="guess-insecure-ok" checked={insecureOk.value} onChange={(e) => (insecureOk.value = e.currentTarget.checked)} />
          <label for="guess-insecure-ok">{t('guessInsecureConfirm')}</label>
        </p>
      )}
      <button type="button" class="primary" disabled={sent.value || (site.insecure && !insecureOk.value)} onClick={confirm}>
        {t('guessConfirm')}
      </button>
    </section>
  );
}
