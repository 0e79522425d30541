import { backupFileName, exportBackup, readBackup, type ReadBackupResult } from '../vault/backup';
import { messageOf } from '../vault/messages';
import { DEFAULT_RETENTION_DAYS, deletionDate, type RetentionPolicy } from '../vault/retention';
import { changePassphrase, deleteEverything, disableProtection, enableProtection, lockProfile, setIdleLock } from '../vault/protection';
import { loadProfile, saveProfile, vaultState } from '../vault/profile-store';
import { applyRetention, loadSettings } from '../vault/settings';
import { loadProcedureRecord, replaceProcedureRecord } from '../vault/procedure-store';
import { h, t } from './i18n';
import { keyLabel } from './key-label';
import { isProfileKey } from '../profile/keys';
import { noteError } from '../diagnostics/log';

// The options page's 「データの保護と保存期間」: passphrase protection, idle lock, retention,
// backup export/import and 「すべて削除」. Every action reports in a live region; failures keep the
// stored data as it was.

const IDLE_CHOICES = [5, 15, 30, 60, 240];
const MAX_BACKUP_BYTES = 1_000_000;

let uid = 0;
function passwordField(label: string, autocomplete: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const id = `pw${++uid}`;
  const input = h('input', { type: 'password', id, autocomplete, minlength: '8' });
  return { wrap: h('div', { class: 'field' }, h('label', { for: id }, t(label)), input), input };
}

function status(): HTMLElement {
  return h('p', { class: 'action-status', role: 'status', 'aria-live': 'polite' });
}

function say(el: HTMLElement, text: string, isError = false): void {
  el.textContent = text;
  el.classList.toggle('error', isError);
}

function pathLabel(path: string): string {
  const key = path.replace(/^household\.(\d+)\./, (_, n) => `household[${n}].`).replace(/^providers\.[^.]+\./, 'provider.');
  return isProfileKey(key) || key.startsWith('provider.') ? keyLabel(key) : path;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function protectionSection(onChanged: () => void): Promise<HTMLElement> {
  const state = await vaultState();
  const out = status();
  const box = h('fieldset', { class: 'section', 'data-section': 'protection' }, h('legend', {}, t('protectionTitle')));
  if (state === 'off') {
    const pass = passwordField('passphraseNew', 'new-password');
    const again = passwordField('passphraseAgain', 'new-password');
    const button = h('button', { type: 'button', class: 'primary' }, t('protectionEnable'));
    button.addEventListener('click', async () => {
      if (pass.input.value.length < 8) return say(out, t('err_passphrase_short'), true);
      if (pass.input.value !== again.input.value) return say(out, t('err_passphrase_mismatch'), true);
      button.disabled = true;
      say(out, t('working'));
      try {
        await enableProtection(pass.input.value);
        onChanged();
      } catch (err) {
        void noteError('settings.protection-enable', err);
        say(out, t(messageOf(err)), true);
        button.disabled = false;
      }
    });
    box.append(h('p', { class: 'recommend' }, t('protectionRecommend')), h('div', { class: 'grid' }, pass.wrap, again.wrap), button, out);
    return box;
  }
  const settings = await loadSettings();
  const idle = h('select', { id: 'idle-minutes' }, ...IDLE_CHOICES.map((m) => h('option', { value: String(m) }, t('idleMinutes', String(m)))));
  idle.value = String(settings.idleMinutes);
  idle.addEventListener('change', async () => {
    await setIdleLock(Number(idle.value));
    say(out, t('saved'));
  });
  const lock = h('button', { type: 'button' }, t('lockNow'));
  lock.addEventListener('click', async () => {
    await lockProfile();
    onChanged();
  });
  const current = passwordField('passphraseCurrent', 'current-password');
  const next = passwordField('passphraseNew', 'new-password');
  const again = passwordField('passphraseAgain', 'new-password');
  const change = h('button', { type: 'button' }, t('passphraseChange'));
  change.addEventListener('click', async () => {
    if (next.input.value.length < 8) return say(out, t('err_passphrase_short'), true);
    if (next.input.value !== again.input.value) return say(out, t('err_passphrase_mismatch'), true);
    say(out, t('working'));
    try {
      await changePassphrase(current.input.value, next.input.value);
      for (const f of [current, next, again]) f.input.value = '';
      say(out, t('passphraseChanged'));
    } catch (err) {
      void noteError('settings.passphrase-change', err);
      say(out, t(messageOf(err)), true);
    }
  });
  const remove = h('button', { type: 'button' }, t('protectionDisable'));
  remove.addEventListener('click', async () => {
    say(out, t('working'));
    try {
      await disableProtection(current.input.value);
      onChanged();
    } catch (err) {
      void noteError('settings.protection-disable', err);
      say(out, t(messageOf(err)), true);
    }
  });
  box.append(
    h('p', {}, t('protectionOn')),
    h('div', { class: 'row-actions' }, lock, h('label', { for: 'idle-minutes' }, t('idleLabel')), idle),
    h('h3', {}, t('passphraseChangeTitle')),
    h('div', { class: 'grid' }, current.wrap, next.wrap, again.wrap),
    h('div', { class: 'row-actions' }, change, remove),
    h('p', { class: 'hint' }, t('protectionDisableHint')),
    out,
  );
  return box;
}

async function retentionSection(moveDate: string): Promise<HTMLElement> {
  const settings = await loadSettings();
  const out = status();
  const keep = h('input', { type: 'radio', name: 'retention', id: 'retention-keep', value: 'keep' });
  const after = h('input', { type: 'radio', name: 'retention', id: 'retention-after', value: 'after-move' });
  const days = h('input', { type: 'number', id: 'retention-days', min: '1', max: '3650', value: String(settings.retention.mode === 'after-move' ? settings.retention.days : DEFAULT_RETENTION_DAYS) });
  // The offer: once a move date is set, deleting 30 days after it is preselected until answered.
  const offered = !settings.retentionOffered && moveDate !== '';
  (settings.retention.mode === 'after-move' || offered ? after : keep).checked = true;
  const when = h('p', { class: 'hint' });
  const policy = (): RetentionPolicy => (after.checked ? { mode: 'after-move', days: Math.max(1, Math.min(3650, Number(days.value) || DEFAULT_RETENTION_DAYS)) } : { mode: 'keep' });
  const describe = () => {
    const p = policy();
    const day = deletionDate(p, moveDate);
    when.textContent = p.mode === 'keep' ? t('retentionKeepInfo') : day ? t('retentionOn', day) : t('retentionNeedsMoveDate');
  };
  describe();
  for (const el of [keep, after, days]) el.addEventListener('change', describe);
  const save = h('button', { type: 'button', class: offered ? 'primary' : '' }, t('retentionSave'));
  save.addEventListener('click', async () => {
    await applyRetention(policy(), moveDate);
    say(out, t('saved'));
  });
  return h(
    'fieldset',
    { class: 'section', 'data-section': 'retention' },
    h('legend', {}, t('retentionTitle')),
    offered ? h('p', { class: 'recommend' }, t('retentionOffer', String(DEFAULT_RETENTION_DAYS))) : null,
    h('div', { class: 'choice' }, keep, h('label', { for: 'retention-keep' }, t('retentionKeep'))),
    h('div', { class: 'choice' }, after, h('label', { for: 'retention-after' }, t('retentionAfterBefore')), days, h('label', { for: 'retention-days' }, t('retentionAfterDays'))),
    when,
    save,
    out,
  );
}

function backupSection(): HTMLElement {
  const out = status();
  const exportPass = passwordField('backupPassphrase', 'new-password');
  const exportButton = h('button', { type: 'button' }, t('backupExport'));
  exportButton.addEventListener('click', async () => {
    if (exportPass.input.value.length < 8) return say(out, t('err_passphrase_short'), true);
    say(out, t('working'));
    try {
      const text = await exportBackup({ profile: await loadProfile(), procedures: await loadProcedureRecord() }, exportPass.input.value);
      download(backupFileName(new Date()), text);
      exportPass.input.value = '';
      say(out, t('backupExported'));
    } catch (err) {
      void noteError('settings.backup-export', err);
      say(out, t(messageOf(err)), true);
    }
  });

  const file = h('input', { type: 'file', id: 'backup-file', accept: '.json,application/json' });
  const importPass = passwordField('backupPassphraseImport', 'current-password');
  const check = h('button', { type: 'button' }, t('backupCheck'));
  const preview = h('div', { class: 'backup-preview' });
  check.addEventListener('click', async () => {
    preview.replaceChildren();
    const chosen = file.files?.[0];
    if (!chosen) return say(out, t('backupChooseFile'), true);
    if (chosen.size > MAX_BACKUP_BYTES) return say(out, t('err_backup_foreign'), true);
    say(out, t('working'));
    let result: ReadBackupResult;
    try {
      result = await readBackup(await chosen.text(), importPass.input.value, await loadProfile());
    } catch (err) {
      void noteError('settings.backup-read', err);
      return say(out, t(messageOf(err)), true);
    }
    say(out, '');
    showPreview(result);
  });

  function showPreview(result: ReadBackupResult): void {
    const apply = h('button', { type: 'button', class: 'primary' }, t('backupApply'));
    const cancel = h('button', { type: 'button' }, t('cancel'));
    const changes = result.preview.map((c) => h('li', { 'data-change': c.change }, `${t(`change_${c.change}`)}: ${pathLabel(c.path)}`));
    const unplaced = result.migration.unplaced.map((u) => h('li', {}, `${u.field}: ${u.value}`));
    preview.replaceChildren(
      h('h3', {}, t('backupPreviewTitle', result.createdAt.slice(0, 10))),
      changes.length ? h('ul', {}, ...changes) : h('p', {}, t('backupNoChanges')),
      unplaced.length ? h('div', {}, h('p', {}, t('backupUnplaced')), h('ul', {}, ...unplaced)) : '',
      result.data.procedures ? h('p', { class: 'backup-procedures' }, t('backupProcedures', [String(Object.keys(result.data.procedures.states).length), String(result.data.procedures.history.length)])) : '',
      h('div', { class: 'row-actions' }, apply, cancel),
    );
    cancel.addEventListener('click', () => preview.replaceChildren());
    apply.addEventListener('click', async () => {
      const saved = await saveProfile(result.data.profile);
      if (saved.ok && result.data.procedures) await replaceProcedureRecord(result.data.procedures);
      preview.replaceChildren();
      say(out, saved.ok ? t('backupImported') : t('err_backup_invalid_profile'), !saved.ok);
      if (saved.ok) setTimeout(() => location.reload(), 600);
    });
  }

  return h(
    'fieldset',
    { class: 'section', 'data-section': 'backup' },
    h('legend', {}, t('backupTitle')),
    h('p', { class: 'hint' }, t('backupExplain')),
    h('div', { class: 'grid' }, exportPass.wrap),
    exportButton,
    h('h3', {}, t('backupImportTitle')),
    h('div', { class: 'grid' }, h('div', { class: 'field' }, h('label', { for: 'backup-file' }, t('backupFile')), file), importPass.wrap),
    check,
    preview,
    out,
  );
}

function deleteSection(): HTMLElement {
  const out = status();
  const first = h('button', { type: 'button', class: 'danger' }, t('deleteAll'));
  const confirmBox = h('div', { class: 'row-actions', hidden: true });
  const yes = h('button', { type: 'button', class: 'danger' }, t('deleteAllConfirm'));
  const no = h('button', { type: 'button' }, t('cancel'));
  confirmBox.append(h('span', {}, t('deleteAllQuestion')), yes, no);
  first.addEventListener('click', () => {
    confirmBox.hidden = false;
    yes.focus();
  });
  no.addEventListener('click', () => {
    confirmBox.hidden = true;
    first.focus();
  });
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    await deleteEverything();
    say(out, t('deleteAllDone'));
    setTimeout(() => location.reload(), 800);
  });
  return h('fieldset', { class: 'section', 'data-section': 'delete' }, h('legend', {}, t('deleteAllTitle')), h('p', { class: 'hint' }, t('deleteAllExplain')), first, confirmBox, out);
}

/** Mounts the section; `refresh` re-renders the whole options page after a state change. */
export async function mountDataSettings(container: HTMLElement, moveDate: string, refresh: () => void): Promise<void> {
  const state = await vaultState();
  const parts: HTMLElement[] = [await protectionSection(refresh)];
  if (state !== 'locked') parts.push(await retentionSection(moveDate), backupSection());
  parts.push(deleteSection());
  container.replaceChildren(h('h2', { id: 'data-title' }, t('dataTitle')), ...parts);
}
