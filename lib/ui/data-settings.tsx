import { useComputed, useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { backupFileName, checkBackupSize, exportBackup, readBackup, type ReadBackupResult } from '../vault/backup';
import { messageOf } from '../vault/messages';
import { checkRetentionDays, DEFAULT_RETENTION_DAYS, deletionDate, deletionDue, type RetentionPolicy } from '../vault/retention';
import { changePassphrase, deleteEverything, disableProtection, enableProtection, lockProfile, setIdleLock } from '../vault/protection';
import { loadProfile, saveProfile } from '../vault/profile-store';
import { applyRetention, loadSettings } from '../vault/settings';
import { loadProcedureRecord, replaceProcedureRecord } from '../vault/procedure-store';
import { getPath } from '../profile/object-path';
import type { Profile } from '../profile/schema';
import { noteError } from '../diagnostics/log';
import { shownDate, shownMinutes } from './display';
import { t } from './i18n';
import { pathLabel } from './path-label';

// The options page's 「データの保護と保存期間」: passphrase protection, idle lock, retention,
// backup export/import and 「すべて削除」. Every action reports in a live region; failures keep the
// stored data as it was.

export type VaultState = 'off' | 'locked' | 'unlocked';

const IDLE_CHOICES = [5, 15, 30, 60, 240];

interface Said {
  text: string;
  error: boolean;
}

function useStatus() {
  const said = useSignal<Said>({ text: '', error: false });
  const say = (text: string, error = false) => {
    said.value = { text, error };
  };
  return { said, say };
}

function ActionStatus({ said }: { said: Signal<Said> }) {
  return (
    <p class={said.value.error ? 'action-status error' : 'action-status'} role="status" aria-live="polite">
      {said.value.text}
    </p>
  );
}

let uid = 0;
function PasswordField({ label, autoComplete, value }: { label: string; autoComplete: string; value: Signal<string> }) {
  const id = useSignal(`pw${++uid}`).value;
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <input
        type="password"
        id={id}
        autoComplete={autoComplete}
        minLength={8}
        value={value}
        onInput={(e) => (value.value = (e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function ProtectionSection({ vault }: { vault: Signal<VaultState> }) {
  const { said, say } = useStatus();
  const pass = useSignal('');
  const again = useSignal('');
  const current = useSignal('');
  const busy = useSignal(false);
  const idle = useSignal<number | null>(null);

  useEffect(() => {
    if (vault.value !== 'unlocked') return;
    void loadSettings().then((s) => (idle.value = s.idleMinutes));
  }, [vault.value]);

  const checkNew = (): boolean => {
    if (pass.value.length < 8) return say(t('err_passphrase_short'), true), false;
    if (pass.value !== again.value) return say(t('err_passphrase_mismatch'), true), false;
    return true;
  };

  async function run(where: string, action: () => Promise<void>): Promise<void> {
    busy.value = true;
    say(t('working'));
    try {
      await action();
    } catch (err) {
      void noteError(where, err);
      say(t(messageOf(err)), true);
    } finally {
      busy.value = false;
    }
  }

  const legend = <legend>{t('protectionTitle')}</legend>;
  if (vault.value === 'locked') {
    // The unlock form above is the one passphrase box of a locked page.
    return (
      <fieldset class="section" data-section="protection">
        {legend}
        <p>{t('protectionLockedHint')}</p>
      </fieldset>
    );
  }
  if (vault.value === 'off') {
    return (
      <fieldset class="section" data-section="protection">
        {legend}
        <p class="recommend">{t('protectionRecommend')}</p>
        <div class="grid">
          <PasswordField label="passphraseNew" autoComplete="new-password" value={pass} />
          <PasswordField label="passphraseAgain" autoComplete="new-password" value={again} />
        </div>
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => {
            if (!checkNew()) return;
            void run('settings.protection-enable', async () => {
              await enableProtection(pass.value);
              pass.value = again.value = '';
              say('');
              vault.value = 'unlocked';
            });
          }}
        >
          {t('protectionEnable')}
        </button>
        <ActionStatus said={said} />
      </fieldset>
    );
  }
  return (
    <fieldset class="section" data-section="protection">
      {legend}
      <p>{t('protectionOn')}</p>
      <div class="row-actions">
        <button
          type="button"
          onClick={async () => {
            await lockProfile();
            vault.value = 'locked';
          }}
        >
          {t('lockNow')}
        </button>
        <label for="idle-minutes">{t('idleLabel')}</label>
        <select
          id="idle-minutes"
          value={idle.value === null ? '' : String(idle.value)}
          onChange={async (e) => {
            const minutes = Number((e.currentTarget as HTMLSelectElement).value);
            idle.value = minutes;
            await setIdleLock(minutes);
            say(t('saved'));
          }}
        >
          {IDLE_CHOICES.map((m) => (
            <option value={String(m)}>{shownMinutes(m)}</option>
          ))}
        </select>
      </div>
      <h3>{t('passphraseChangeTitle')}</h3>
      <div class="grid">
        <PasswordField label="passphraseCurrent" autoComplete="current-password" value={current} />
        <PasswordField label="passphraseNew" autoComplete="new-password" value={pass} />
        <PasswordField label="passphraseAgain" autoComplete="new-password" value={again} />
      </div>
      <div class="row-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            if (!checkNew()) return;
            void run('settings.passphrase-change', async () => {
              await changePassphrase(current.value, pass.value);
              current.value = pass.value = again.value = '';
              say(t('passphraseChanged'));
            });
          }}
        >
          {t('passphraseChange')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run('settings.protection-disable', async () => {
              await disableProtection(current.value);
              current.value = '';
              say('');
              vault.value = 'off';
            })
          }
        >
          {t('protectionDisable')}
        </button>
      </div>
      <p class="hint">{t('protectionDisableHint')}</p>
      <ActionStatus said={said} />
    </fieldset>
  );
}

function RetentionSection({ moveDate }: { moveDate: Signal<string> }) {
  const { said, say } = useStatus();
  const loaded = useSignal(false);
  const mode = useSignal<'keep' | 'after-move'>('keep');
  const daysText = useSignal(String(DEFAULT_RETENTION_DAYS));
  const offered = useSignal(false);
  /** Set while the user is asked about a deletion day that is today or already past. */
  const asking = useSignal<string | null>(null);

  useEffect(() => {
    void loadSettings().then((settings) => {
      offered.value = !settings.retentionOffered && moveDate.peek() !== '';
      mode.value = settings.retention.mode === 'after-move' || offered.value ? 'after-move' : 'keep';
      if (settings.retention.mode === 'after-move') daysText.value = String(settings.retention.days);
      loaded.value = true;
    });
  }, []);

  const days = useComputed(() => checkRetentionDays(daysText.value));
  const policy = useComputed<RetentionPolicy | null>(() => {
    if (mode.value === 'keep') return { mode: 'keep' };
    const checked = days.value;
    return checked.ok ? { mode: 'after-move', days: checked.days } : null;
  });
  const description = useComputed(() => {
    const p = policy.value;
    if (!p) return '';
    if (p.mode === 'keep') return t('retentionKeepInfo');
    const day = deletionDate(p, moveDate.value);
    return day ? t('retentionOn', shownDate(day)) : t('retentionNeedsMoveDate');
  });
  const daysError = useComputed(() => {
    const checked = days.value;
    return mode.value === 'after-move' && !checked.ok ? t(`err_retention_${checked.reason.replace(/-/g, '_')}`) : '';
  });

  async function save(confirmed: boolean): Promise<void> {
    const p = policy.value;
    if (!p) {
      say(daysError.value, true);
      document.getElementById('retention-days')?.focus();
      return;
    }
    const day = deletionDate(p, moveDate.value);
    if (!confirmed && day && deletionDue(p, moveDate.value, new Date())) {
      asking.value = day;
      say('');
      return;
    }
    asking.value = null;
    try {
      await applyRetention(p, moveDate.value);
      offered.value = false;
      say(t(confirmed ? 'retentionSavedPast' : 'saved'));
    } catch (err) {
      void noteError('settings.retention-save', err);
      say(t('err_vault_unexpected'), true);
    }
  }

  const choose = (next: 'keep' | 'after-move') => {
    mode.value = next;
    asking.value = null;
  };

  return (
    <fieldset class="section" data-section="retention" hidden={!loaded.value}>
      <legend>{t('retentionTitle')}</legend>
      {offered.value && <p class="recommend">{t('retentionOffer', String(DEFAULT_RETENTION_DAYS))}</p>}
      <div class="choice">
        <input type="radio" name="retention" id="retention-keep" value="keep" checked={mode.value === 'keep'} onChange={() => choose('keep')} />
        <label for="retention-keep">{t('retentionKeep')}</label>
      </div>
      <div class="choice">
        <input
          type="radio"
          name="retention"
          id="retention-after"
          value="after-move"
          aria-label={t('retentionAfterName')}
          checked={mode.value === 'after-move'}
          onChange={() => choose('after-move')}
        />
        <label for="retention-after" aria-hidden="true">
          {t('retentionAfterBefore')}
        </label>
        <input
          type="text"
          inputMode="numeric"
          id="retention-days"
          aria-describedby="retention-days-error"
          aria-invalid={daysError.value ? 'true' : undefined}
          value={daysText}
          onInput={(e) => {
            daysText.value = (e.currentTarget as HTMLInputElement).value;
            asking.value = null;
            if (mode.peek() !== 'after-move') mode.value = 'after-move';
          }}
        />
        <label for="retention-days">{t('retentionAfterDays')}</label>
      </div>
      <p class="field-error" id="retention-days-error" hidden={!daysError.value}>
        {daysError}
      </p>
      <p class="hint">{description}</p>
      <button type="button" class={offered.value ? 'primary' : ''} onClick={() => void save(false)}>
        {t('retentionSave')}
      </button>
      <div class="confirm-row warning-box" role="alertdialog" aria-labelledby="retention-past-question" hidden={asking.value === null}>
        <p id="retention-past-question">{asking.value ? t('retentionPastQuestion', shownDate(asking.value)) : ''}</p>
        <p>{t('retentionPastWhat')}</p>
        <div class="row-actions">
          <button type="button" class="danger" onClick={() => void save(true)}>
            {t('retentionPastConfirm')}
          </button>
          <button type="button" onClick={() => (asking.value = null)}>
            {t('retentionPastCancel')}
          </button>
        </div>
      </div>
      <ActionStatus said={said} />
    </fieldset>
  );
}

/** A value as the preview shows it; an empty field reads 「（空欄）」. */
function previewValue(value: unknown): string {
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' ? String(value) : t('previewEmpty');
}

function BackupSection() {
  const { said, say } = useStatus();
  const exportPass = useSignal('');
  const importPass = useSignal('');
  const file = useSignal<File | null>(null);
  const preview = useSignal<{ result: ReadBackupResult; current: Profile } | null>(null);

  async function exportNow(): Promise<void> {
    if (exportPass.value.length < 8) return say(t('err_passphrase_short'), true);
    say(t('working'));
    try {
      const text = await exportBackup({ profile: await loadProfile(), procedures: await loadProcedureRecord() }, exportPass.value);
      download(backupFileName(new Date()), text);
      exportPass.value = '';
      say(t('backupExported'));
    } catch (err) {
      void noteError('settings.backup-export', err);
      say(t(messageOf(err)), true);
    }
  }

  async function check(): Promise<void> {
    preview.value = null;
    const chosen = file.value;
    if (!chosen) return say(t('backupChooseFile'), true);
    say(t('working'));
    try {
      checkBackupSize(chosen.size);
      const current = await loadProfile();
      const result = await readBackup(await chosen.text(), importPass.value, current);
      say('');
      preview.value = { result, current };
    } catch (err) {
      void noteError('settings.backup-read', err);
      say(t(messageOf(err)), true);
    }
  }

  async function apply(result: ReadBackupResult): Promise<void> {
    const saved = await saveProfile(result.data.profile);
    if (saved.ok && result.data.procedures) await replaceProcedureRecord(result.data.procedures);
    preview.value = null;
    say(saved.ok ? t('backupImported') : t('err_backup_invalid_profile'), !saved.ok);
    // Everything on the page shows the replaced data: start it again from storage.
    if (saved.ok) setTimeout(() => location.reload(), 600);
  }

  const shownPreview = preview.value;
  return (
    <fieldset class="section" data-section="backup">
      <legend>{t('backupTitle')}</legend>
      <p class="hint">{t('backupExplain')}</p>
      <div class="grid">
        <PasswordField label="backupPassphrase" autoComplete="new-password" value={exportPass} />
      </div>
      <button type="button" onClick={() => void exportNow()}>
        {t('backupExport')}
      </button>
      <h3>{t('backupImportTitle')}</h3>
      <div class="grid">
        <div class="field">
          <label for="backup-file">{t('backupFile')}</label>
          <input
            type="file"
            id="backup-file"
            accept=".json,application/json"
            onChange={(e) => {
              file.value = (e.currentTarget as HTMLInputElement).files?.[0] ?? null;
              preview.value = null;
            }}
          />
        </div>
        <PasswordField label="backupPassphraseImport" autoComplete="current-password" value={importPass} />
      </div>
      <button type="button" onClick={() => void check()}>
        {t('backupCheck')}
      </button>
      <div class="backup-preview">
        {shownPreview && (
          <>
            <h3>{t('backupPreviewTitle', shownDate(shownPreview.result.createdAt))}</h3>
            {shownPreview.result.preview.length ? (
              <ul>
                {shownPreview.result.preview.map((c) => (
                  <li data-change={c.change}>
                    {`${t(`change_${c.change}`)} ${pathLabel(c.path)}: `}
                    <span class="preview-old">{previewValue(getPath(shownPreview.current, c.path))}</span>
                    {' → '}
                    <span class="preview-new">{previewValue(getPath(shownPreview.result.data.profile, c.path))}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('backupNoChanges')}</p>
            )}
            {shownPreview.result.migration.unplaced.length > 0 && (
              <div>
                <p>{t('backupUnplaced')}</p>
                <ul>
                  {shownPreview.result.migration.unplaced.map((u) => (
                    <li>{`${u.field}: ${u.value}`}</li>
                  ))}
                </ul>
              </div>
            )}
            {shownPreview.result.data.procedures && (
              <p class="backup-procedures">
                {t('backupProcedures', [String(Object.keys(shownPreview.result.data.procedures.states).length), String(shownPreview.result.data.procedures.history.length)])}
              </p>
            )}
            <div class="row-actions">
              <button type="button" class="primary" onClick={() => void apply(shownPreview.result)}>
                {t('backupApply')}
              </button>
              <button type="button" onClick={() => (preview.value = null)}>
                {t('cancel')}
              </button>
            </div>
          </>
        )}
      </div>
      <ActionStatus said={said} />
    </fieldset>
  );
}

function DeleteSection() {
  const { said, say } = useStatus();
  const asking = useSignal(false);
  const busy = useSignal(false);
  return (
    <fieldset class="section" data-section="delete">
      <legend>{t('deleteAllTitle')}</legend>
      <p class="hint">{t('deleteAllExplain')}</p>
      <button
        type="button"
        class="danger"
        id="delete-all"
        onClick={() => {
          asking.value = true;
          requestAnimationFrame(() => document.getElementById('delete-all-confirm')?.focus());
        }}
      >
        {t('deleteAll')}
      </button>
      <div class="row-actions" hidden={!asking.value}>
        <span>{t('deleteAllQuestion')}</span>
        <button
          type="button"
          class="danger"
          id="delete-all-confirm"
          disabled={busy}
          onClick={async () => {
            busy.value = true;
            await deleteEverything();
            say(t('deleteAllDone'));
            setTimeout(() => location.reload(), 800);
          }}
        >
          {t('deleteAllConfirm')}
        </button>
        <button
          type="button"
          onClick={() => {
            asking.value = false;
            document.getElementById('delete-all')?.focus();
          }}
        >
          {t('cancel')}
        </button>
      </div>
      <ActionStatus said={said} />
    </fieldset>
  );
}

/** 「データの保護と保存期間」; `vault` changes as the user protects, locks or unprotects. */
export function DataSettings({ vault, moveDate }: { vault: Signal<VaultState>; moveDate: Signal<string> }) {
  const open = vault.value !== 'locked';
  return (
    <>
      <h2 id="data-title">{t('dataTitle')}</h2>
      <ProtectionSection vault={vault} />
      {open && <RetentionSection moveDate={moveDate} />}
      {open && <BackupSection />}
      <DeleteSection />
    </>
  );
}
