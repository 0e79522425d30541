import { useSignal } from '@preact/signals';
import type { ConsentNeeded } from '../messages';
import { t } from './i18n';
import { keyLabel } from './key-label';

interface ConsentPanelProps {
  request: ConsentNeeded['consent'];
  onAnswer: (agreed: boolean) => void;
}

/** Before the first fill on a site: exactly which items it will receive, values masked. */
export function ConsentPanel({ request, onAnswer }: ConsentPanelProps) {
  const answered = useSignal(false);
  const answer = (agreed: boolean) => {
    answered.value = true;
    onAnswer(agreed);
  };
  return (
    <section class="consent" aria-labelledby="consent-title">
      <h2 id="consent-title">{t('consentTitle', request.label)}</h2>
      <p class="hint">{t('consentExplain', request.origin)}</p>
      <table class="consent-items">
        <thead>
          <tr>
            <th scope="col">{t('consentItem')}</th>
            <th scope="col">{t('consentValue')}</th>
          </tr>
        </thead>
        <tbody>
          {request.items.map((item) => (
            <tr key={item.key} data-key={item.key}>
              <th scope="row">{keyLabel(item.key)}</th>
              <td class="masked">{item.masked || t('consentNoValue')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('consentRemembered')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={answered.value} onClick={() => answer(true)}>
          {t('consentAgree')}
        </button>
        <button type="button" disabled={answered.value} onClick={() => answer(false)}>
          {t('consentDecline')}
        </button>
      </div>
    </section>
  );
}
