import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { noteError } from '../diagnostics/log';
import type { FillError } from '../fill/fill-page';
import { askBackground, type ConsentNeeded, type GuessChoice, type GuessPreview, type ProcedureOfPage, type Refusal, type TabStatus } from '../messages';
import type { FillReport as Report } from '../plan/types';
import { messageOf } from '../vault/messages';
import { ConsentPanel } from './consent-panel';
import { editorDirty, profileStatus, saveEditor } from './editor-status';
import { FillReport } from './fill-report';
import { GuessPanel } from './guess-panel';
import { t } from './i18n';
import { ProcedureLine } from './procedure-line';
import { RecordPanel } from './record-panel';

type Failure = FillError | Refusal['error'] | 'consent-declined';
type Outcome = { ok: true; report: Report } | { ok: false; error: Failure };

/** What the panel shows under the button. */
type View =
  | { kind: 'nothing' }
  | { kind: 'report'; report: Report; fresh: boolean }
  | { kind: 'error'; message: string }
  | { kind: 'consent'; consent: ConsentNeeded['consent']; answer: (agreed: boolean) => void }
  | { kind: 'guess'; preview: GuessPreview };

/** A refusal or a missing answer reads as the page not being reachable. */
function fillErrorOf(error: Failure): FillError | 'consent-declined' {
  return error === 'refused' || error === 'bad-request' || error === 'no-answer' ? 'inject-failed' : error;
}

const errorMessage = (error: Failure) => t(`fillError_${fillErrorOf(error).replace(/-/g, '_')}`);

interface FillPanelProps {
  tabId: number | undefined;
  /** The tab's status from the popup's opening answer; null until it comes. */
  status: TabStatus | null;
  /** Called once a passphrase typed here unlocked the profile, before the fill goes on. */
  onUnlocked: () => Promise<void>;
}

/** The popup's top part: which provider page this tab is, the fill button, progress and report. */
export function FillPanel({ tabId, status: current, onUnlocked }: FillPanelProps) {
  const procedure = useSignal<ProcedureOfPage | null>(null);
  const view = useSignal<View>({ kind: 'nothing' });
  const busy = useSignal(false);
  const progress = useSignal('');
  const unlocking = useSignal(false);
  const passphrase = useSignal('');
  const unlockError = useSignal('');
  const lastChoices = useSignal<GuessChoice[] | null>(null);

  async function refreshProcedure(tab: number): Promise<void> {
    const answer = await askBackground({ type: 'procedure-status', tabId: tab });
    procedure.value = answer.ok ? answer.procedure : null;
  }

  useEffect(() => {
    if (tabId === undefined || current === null || current.kind === 'unsupported') return;
    void (async () => {
      await refreshProcedure(tabId);
      const last = await askBackground({ type: 'last-report', tabId });
      if (last.ok && last.report && view.value.kind === 'nothing') view.value = { kind: 'report', report: last.report, fresh: false };
    })();
  }, [tabId, current]);

  if (tabId === undefined || current === null) {
    return <section id="fill-panel" class="fill-panel" aria-label={t('fillRegion')} aria-busy="true" />;
  }
  if (current.kind === 'unsupported') {
    return (
      <section id="fill-panel" class="fill-panel empty-state" aria-label={t('fillRegion')}>
        <h2 class="page-name">{t('status_unsupported')}</h2>
        <p class="page-detail">{t(`unsupported_${(current.reason ?? 'no-page').replace(/-/g, '_')}`)}</p>
      </section>
    );
  }
  const tab = tabId;
  const shownOrigin = current.kind === 'provider' || current.kind === 'none' ? current.origin : undefined;

  function setBusy(on: boolean): void {
    busy.value = on;
    if (on) progress.value = t('filling');
  }

  function show(outcome: Outcome): void {
    if (outcome.ok) {
      progress.value = t('fillDone', String(outcome.report.counts.filled));
      view.value = { kind: 'report', report: outcome.report, fresh: true };
    } else {
      progress.value = '';
      view.value = { kind: 'error', message: errorMessage(outcome.error) };
    }
  }

  // The first fill on a site waits for the user's consent to what it will receive.
  async function withConsent(send: () => Promise<Outcome | ConsentNeeded>): Promise<Outcome> {
    const outcome = await send();
    if (outcome.ok || outcome.error !== 'consent-needed') return outcome as Outcome;
    setBusy(false);
    progress.value = '';
    const { consent } = outcome as ConsentNeeded;
    const agreed = await new Promise<boolean>((answer) => (view.value = { kind: 'consent', consent, answer }));
    if (!agreed) return { ok: false, error: 'consent-declined' };
    setBusy(true);
    await askBackground({ type: 'grant-consent', tabId: tab, keys: consent.items.map((i) => i.key) });
    const again = await send();
    return again.ok || again.error !== 'consent-needed' ? (again as Outcome) : { ok: false, error: 'consent-declined' };
  }

  async function finish(outcome: Outcome): Promise<void> {
    setBusy(false);
    show(outcome);
    await refreshProcedure(tab);
  }

  async function overwrite(ids: string[]): Promise<void> {
    setBusy(true);
    const choices = lastChoices.value;
    await finish(
      choices
        ? await withConsent(() => askBackground({ type: 'fill-guessed', tabId: tab, origin: shownOrigin, fields: choices, overwrite: ids }))
        : await withConsent(() => askBackground({ type: 'fill', tabId: tab, origin: shownOrigin, overwrite: ids })),
    );
  }

  async function fillGuessed(choices: GuessChoice[]): Promise<void> {
    setBusy(true);
    lastChoices.value = choices;
    await finish(await withConsent(() => askBackground({ type: 'fill-guessed', tabId: tab, origin: shownOrigin, fields: choices })));
  }

  async function fill(): Promise<void> {
    setBusy(true);
    // 「保存して入力」: what the user sees in the editor is what the page gets.
    if ((await saveEditor()) === 'invalid') {
      setBusy(false);
      progress.value = '';
      view.value = { kind: 'error', message: t('fillEditorInvalid') };
      return;
    }
    if (current!.kind === 'provider' || current!.kind === 'recorded') {
      lastChoices.value = null;
      await finish(await withConsent(() => askBackground({ type: 'fill', tabId: tab, origin: shownOrigin })));
      return;
    }
    // No mapping: recognise first, fill only what the user confirms.
    const guessed = await askBackground({ type: 'recognise', tabId: tab, origin: shownOrigin });
    setBusy(false);
    progress.value = '';
    if (!guessed.ok) show(guessed);
    else view.value = { kind: 'guess', preview: guessed.preview };
  }

  async function unlockAndFill(event: Event): Promise<void> {
    event.preventDefault();
    setBusy(true);
    progress.value = t('unlocking');
    try {
      const { unlockProfile } = await import('../vault/protection');
      await unlockProfile(passphrase.value);
    } catch (err) {
      void noteError('fill-panel.unlock', err);
      setBusy(false);
      progress.value = '';
      unlockError.value = t(messageOf(err));
      return;
    }
    passphrase.value = '';
    unlockError.value = '';
    unlocking.value = false;
    await onUnlocked();
    await fill();
  }

  const locked = profileStatus.value === 'locked';
  // With no profile the first step is entering it: the fill stays secondary and says why it waits.
  const waiting = profileStatus.value === 'none';
  const label = locked ? t('fillUnlockAndFill') : editorDirty.value ? t('fillSaveAndFill') : t('fillButton');
  const detail =
    current.kind === 'provider'
      ? t('status_provider', [current.pageTitle, String(current.step), String(current.steps), String(current.fieldCount)])
      : current.kind === 'recorded'
        ? t('status_recordedDetail', [current.pageTitle, String(current.fieldCount)])
        : t('status_noneDetail', current.origin);
  const heading = current.kind === 'provider' ? current.providerLabel : current.kind === 'recorded' ? t('status_recorded') : t('status_none');
  const shown = view.value;

  return (
    <section id="fill-panel" class="fill-panel" aria-label={t('fillRegion')} aria-busy={busy.value ? 'true' : undefined}>
      <h2 class="page-name">{heading}</h2>
      <p class="page-detail">{detail}</p>
      <ProcedureLine procedure={procedure.value} />
      {locked && unlocking.value ? (
        <form class="fill-unlock" onSubmit={(e) => void unlockAndFill(e)}>
          <label for="fill-unlock-passphrase">{t('passphrase')}</label>
          <input
            id="fill-unlock-passphrase"
            type="password"
            autocomplete="current-password"
            required
            value={passphrase.value}
            aria-invalid={unlockError.value ? 'true' : undefined}
            aria-describedby={unlockError.value ? 'fill-unlock-error' : undefined}
            onInput={(e) => (passphrase.value = e.currentTarget.value)}
            ref={(el) => el?.focus()}
          />
          {unlockError.value && (
            <p id="fill-unlock-error" class="field-error" role="alert">
              {unlockError}
            </p>
          )}
          <button type="submit" class="fill primary" disabled={busy.value}>
            {label}
          </button>
        </form>
      ) : (
        <>
          <button
            type="button"
            class={waiting ? 'fill' : 'fill primary'}
            disabled={busy.value || profileStatus.value === 'loading'}
            aria-describedby={waiting ? 'fill-waits' : undefined}
            onClick={() => (locked ? (unlocking.value = true) : void fill())}
          >
            {label}
          </button>
          {waiting && (
            <p id="fill-waits" class="hint fill-waits">
              {t('fillWaitsForProfile')}
            </p>
          )}
        </>
      )}
      <div class="progress" role="status" aria-live="polite">
        {busy.value && <progress aria-label={t('filling')} />}
        <span>{progress}</span>
      </div>
      <div class="fill-result">
        {shown.kind === 'report' && <FillReport report={shown.report} tabId={tab} onOverwrite={shown.fresh ? (ids) => void overwrite(ids) : undefined} />}
        {shown.kind === 'error' && (
          <p class="error" role="alert">
            {shown.message}
          </p>
        )}
        {shown.kind === 'consent' && <ConsentPanel request={shown.consent} onAnswer={shown.answer} />}
        {shown.kind === 'guess' && <GuessPanel preview={shown.preview} onConfirm={(choices) => void fillGuessed(choices)} />}
      </div>
      {(current.kind === 'none' || current.kind === 'recorded') && <RecordPanel tabId={tab} recordingNow={current.recording} hasSaved={current.kind === 'recorded'} />}
    </section>
  );
}
