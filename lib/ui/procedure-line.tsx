import { browser } from 'wxt/browser';
import type { Status } from '../procedures/state';
import { t } from './i18n';

export interface PageProcedure {
  id: string;
  name: string;
  status: Status;
}

/** The popup's line about this page's procedure (state and a link to the list), or just the link. */
export function ProcedureLine({ procedure }: { procedure: PageProcedure | null }) {
  const link = (
    <a href={browser.runtime.getURL('/checklist.html') + (procedure ? `#${procedure.id}` : '')} target="_blank" class="open-checklist">
      {t('openChecklist')}
    </a>
  );
  return (
    <p class="procedure-line">
      {procedure && (
        <>
          <span class="procedure-name">{t('procedureOfPage', procedure.name)}</span>{' '}
          <span class={`status status-${procedure.status}`} data-status={procedure.status}>
            {t(`status_${procedure.status.replace(/-/g, '_')}`)}
          </span>{' '}
        </>
      )}
      {link}
    </p>
  );
}
