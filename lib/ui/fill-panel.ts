import { browser } from 'wxt/browser';
import type { FillError, FillResult } from '../fill/fill-page';
import type { GuessChoice, GuessPreview, TabStatus } from '../messages';
import type { FillReport } from '../plan/types';
import { renderFillReport } from './fill-report';
import { renderGuessPanel } from './guess-panel';
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
    button.disabled = false;
  } else {
    heading.textContent = t('status_unsupported');
  }

  const last = await ask<{ report: FillReport | null }>({ type: 'last-report', tabId });
  if (last.report) result.replaceChildren(renderFillReport(last.report));


  function busy(on: boolean): void {
    button.disabled = on;
    if (on) {
      container.setAttribute('aria-busy', 'true');
      progress.replaceChildren(h('progress', { 'aria-label': t('filling') }), h('span', {}, t('filling')));
    } else {
      container.removeAttribute('aria-busy');
    }
  }

  const shownOrigin = status.kind === 'unsupported' ? undefined : status.origin;
  let lastChoices: GuessChoice[] | null = null;

  async function overwrite(ids: string[]): Promise<void> {
    busy(true);
    const outcome = lastChoices
      ? await request({ type: 'fill-guessed', tabId, origin: shownOrigin, fields: lastChoices, overwrite: ids })
      : await request({ type: 'fill', tabId, origin: shownOrigin, overwrite: ids });
    busy(false);
    show(outcome);
  }

  function show(outcome: FillResult): void {
    if (outcome.ok) {
      progress.textContent = t('fillDone', String(outcome.report.counts.filled));
      result.replaceChildren(renderFillReport(outcome.report, (ids) => void overwrite(ids)));
    } else {
      progress.textContent = '';
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(`fillError_${outcome.error.replace(/-/g, '_')}`)));
    }
  }

  async function request(message: unknown): Promise<FillResult> {
    try {
      return await ask<FillResult>(message);
    } catch {
      return { ok: false, error: 'inject-failed' };
    }
  }

  async function fillGuessed(choices: GuessChoice[]): Promise<void> {
    busy(true);
    lastChoices = choices;
    const outcome = await request({ type: 'fill-guessed', tabId, origin: shownOrigin, fields: choices });
    busy(false);
    show(outcome);
  }

  button.addEventListener('click', async () => {
    busy(true);
    if (status.kind === 'provider') {
      lastChoices = null;
      const outcome = await request({ type: 'fill', tabId, origin: shownOrigin });
      busy(false);
      show(outcome);
      return;
    }
    // No mapping: recognise first, fill only what the user confirms.
    type Guessed = { ok: true; preview: GuessPreview } | { ok: false; error: FillError };
    const guessed = await ask<Guessed>({ type: 'recognise', tabId, origin: shownOrigin }).catch((): Guessed => ({ ok: false, error: 'inject-failed' }));
    busy(false);
    progress.textContent = '';
    if (!guessed.ok) {
      show(guessed);
      return;
    }
    result.replaceChildren(renderGuessPanel(guessed.preview, (choices) => void fillGuessed(choices)));
  });
}
