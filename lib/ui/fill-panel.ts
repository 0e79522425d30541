import type { FillError } from '../fill/fill-page';
import { askBackground, type ConsentNeeded, type GuessChoice, type Refusal, type TabStatus } from '../messages';
import type { FillReport } from '../plan/types';
import { renderConsentPanel } from './consent-panel';
import { renderFillReport } from './fill-report';
import { renderProcedureLine } from './procedure-line';
import { renderGuessPanel } from './guess-panel';
import { renderRecordPanel } from './record-panel';
import { h, t } from './i18n';

type Outcome = { ok: true; report: FillReport } | { ok: false; error: FillError | Refusal['error'] | 'consent-declined' };

/** A refusal or a missing answer reads as the page not being reachable. */
function fillErrorOf(error: FillError | Refusal['error'] | 'consent-declined'): FillError | 'consent-declined' {
  return error === 'refused' || error === 'bad-request' || error === 'no-answer' ? 'inject-failed' : error;
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
  const tab = tabId;
  const answer = await askBackground({ type: 'tab-status', tabId: tab });
  const status: TabStatus = answer.ok ? answer.status : { kind: 'unsupported' };
  if (status.kind === 'provider') {
    heading.textContent = status.providerLabel;
    detail.textContent = t('status_provider', [status.pageTitle, String(status.step), String(status.steps), String(status.fieldCount)]);
    button.disabled = false;
  } else if (status.kind === 'recorded') {
    heading.textContent = t('status_recorded');
    detail.textContent = t('status_recordedDetail', [status.pageTitle, String(status.fieldCount)]);
    button.disabled = false;
  } else if (status.kind === 'none') {
    heading.textContent = t('status_none');
    detail.textContent = t('status_noneDetail', status.origin);
    button.disabled = false;
  } else {
    heading.textContent = t('status_unsupported');
  }

  if (status.kind === 'none' || status.kind === 'recorded') container.append(renderRecordPanel(tab, status.recording, status.kind === 'recorded'));

  const procedureLine = h('p', { class: 'procedure-line' });
  container.insertBefore(procedureLine, button);
  async function refreshProcedure(): Promise<void> {
    const answer = await askBackground({ type: 'procedure-status', tabId: tab });
    procedureLine.replaceChildren(...renderProcedureLine(answer.ok ? answer.procedure : null));
  }
  await refreshProcedure();

  const last = await askBackground({ type: 'last-report', tabId: tab });
  if (last.ok && last.report) result.replaceChildren(renderFillReport(last.report, tab));


  function busy(on: boolean): void {
    button.disabled = on;
    if (on) {
      container.setAttribute('aria-busy', 'true');
      progress.replaceChildren(h('progress', { 'aria-label': t('filling') }), h('span', {}, t('filling')));
    } else {
      container.removeAttribute('aria-busy');
    }
  }

  const shownOrigin = status.kind === 'provider' || status.kind === 'none' ? status.origin : undefined;
  let lastChoices: GuessChoice[] | null = null;

  async function overwrite(ids: string[]): Promise<void> {
    busy(true);
    const choices = lastChoices;
    const outcome = choices
      ? await withConsent(() => askBackground({ type: 'fill-guessed', tabId: tab, origin: shownOrigin, fields: choices, overwrite: ids }))
      : await withConsent(() => askBackground({ type: 'fill', tabId: tab, origin: shownOrigin, overwrite: ids }));
    busy(false);
    show(outcome);
    await refreshProcedure();
  }

  function show(outcome: Outcome): void {
    if (outcome.ok) {
      progress.textContent = t('fillDone', String(outcome.report.counts.filled));
      result.replaceChildren(renderFillReport(outcome.report, tab, (ids) => void overwrite(ids)));
    } else {
      progress.textContent = '';
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(`fillError_${fillErrorOf(outcome.error).replace(/-/g, '_')}`)));
    }
  }

  // The first fill on a site waits for the user's consent to what it will receive.
  async function withConsent(send: () => Promise<Outcome | ConsentNeeded>): Promise<Outcome> {
    const outcome = await send();
    if (outcome.ok || outcome.error !== 'consent-needed') return outcome as Outcome;
    busy(false);
    progress.textContent = '';
    const { consent } = outcome as ConsentNeeded;
    const agreed = await new Promise<boolean>((resolve) => result.replaceChildren(renderConsentPanel(consent, resolve)));
    if (!agreed) return { ok: false, error: 'consent-declined' };
    busy(true);
    await askBackground({ type: 'grant-consent', tabId: tab, keys: consent.items.map((i) => i.key) });
    const again = await send();
    return again.ok || again.error !== 'consent-needed' ? (again as Outcome) : { ok: false, error: 'consent-declined' };
  }

  async function fillGuessed(choices: GuessChoice[]): Promise<void> {
    busy(true);
    lastChoices = choices;
    const outcome = await withConsent(() => askBackground({ type: 'fill-guessed', tabId: tab, origin: shownOrigin, fields: choices }));
    busy(false);
    show(outcome);
    await refreshProcedure();
  }

  button.addEventListener('click', async () => {
    busy(true);
    if (status.kind === 'provider' || status.kind === 'recorded') {
      lastChoices = null;
      const outcome = await withConsent(() => askBackground({ type: 'fill', tabId: tab, origin: shownOrigin }));
      busy(false);
      show(outcome);
      await refreshProcedure();
      return;
    }
    // No mapping: recognise first, fill only what the user confirms.
    const guessed = await askBackground({ type: 'recognise', tabId: tab, origin: shownOrigin });
    busy(false);
    progress.textContent = '';
    if (!guessed.ok) {
      show(guessed);
      return;
    }
    result.replaceChildren(renderGuessPanel(guessed.preview, (choices) => void fillGuessed(choices)));
  });
}
