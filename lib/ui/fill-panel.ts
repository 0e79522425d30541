import { browser } from 'wxt/browser';
import type { FillResult } from '../fill/fill-page';
import type { TabStatus } from '../messages';
import type { FillReport } from '../plan/types';
import { renderFillReport } from './fill-report';
import { h, t } from './i18n';

async function ask<T>(message: unknown): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}

/** The popup's top part: which provider page this tab is, the fill button, progress and report. */
export async function mountFillPanel(container: HTMLElement, tabId: number | undefined): Promise<void> {
  const heading = h('h2', { class: 'page-name' });
  const detail = h('p', { class: 'page-detail' });
  const button = h('button', { type: 'button', class: 'fill primary', disabled: true }, t('fillButton'));
  const progress = h('div', { class: 'progress', role: 'status', 'aria-live': 'polite' });
  const result = h('div', { class: 'fill-result' });
  container.replaceChildren(heading, detail, button, progress, result);

  if (tabId === undefined) {
    heading.textContent = t('status_unsupported');
    return;
  }
  const { status } = await ask<{ status: TabStatus }>({ type: 'tab-status', tabId });
  if (status.kind === 'provider') {
    heading.textContent = status.providerLabel;
    detail.textContent = t('status_provider', [status.pageTitle, String(status.step), String(status.steps), String(status.fieldCount)]);
    button.disabled = false;
  } else if (status.kind === 'none') {
    heading.textContent = t('status_none');
    detail.textContent = t('status_noneDetail', status.origin);
  } else {
    heading.textContent = t('status_unsupported');
  }

  const last = await ask<{ report: FillReport | null }>({ type: 'last-report', tabId });
  if (last.report) result.replaceChildren(renderFillReport(last.report));

  button.addEventListener('click', async () => {
    button.disabled = true;
    container.setAttribute('aria-busy', 'true');
    progress.replaceChildren(h('progress', { 'aria-label': t('filling') }), h('span', {}, t('filling')));
    let outcome: FillResult;
    try {
      outcome = await ask<FillResult>({ type: 'fill', tabId });
    } catch {
      outcome = { ok: false, error: 'inject-failed' };
    }
    container.removeAttribute('aria-busy');
    button.disabled = false;
    if (outcome.ok) {
      progress.textContent = t('fillDone', String(outcome.report.counts.filled));
      result.replaceChildren(renderFillReport(outcome.report));
    } else {
      progress.textContent = '';
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(`fillError_${outcome.error.replace(/-/g, '_')}`)));
    }
  });
}
