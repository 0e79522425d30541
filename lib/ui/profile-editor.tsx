import { computed, signal, useComputed, useSignalEffect, type Signal } from '@preact/signals';
import { render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { normaliseInput, type InputKind } from '../profile/normalise-input';
import { emptyProfile, parseProfile, type Profile, type ProfileIssue } from '../profile/schema';
import { getPath, setPath } from '../profile/object-path';
import { loadProfile, saveProfile, StoredProfileError, vaultState } from '../vault/profile-store';
import { deletionDate, deletionDue } from '../vault/retention';
import { loadSettings } from '../vault/settings';
import { shownDate } from './display';
import { noteError } from '../diagnostics/log';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft-store';
import { editorDirty, profileStatus, registerEditorSaver, type SaveOutcome } from './editor-status';
import { t } from './i18n';
import { countHandlerCall } from './mount-scope';
import { pathLabel } from './path-label';
import { createPostalAssist, PostalCandidates, type PostalAssist } from './postal-assist';
import { CHOICES, HOUSEHOLD_FIELDS, PROFILE_SECTIONS, providerFields, type FieldDef } from './profile-fields';
import { sameProfile } from './same-profile';

export interface EditorProvider {
  id: string;
  label: string;
  /** The provider's category: which numbers it asks for (供給地点特定番号 only for electricity and gas). */
  category?: string;
}

export interface EditorOptions {
  variant: 'popup' | 'options';
  container: HTMLElement;
  /** Providers whose numbers the options page edits. */
  providers?: EditorProvider[];
  onSaved?: (profile: Profile) => void;
  /** The mount's life: the editor and its listeners outside the form (document, window) end with it. */
  signal: AbortSignal;
}

export interface EditorHandle {
  isDirty(): boolean;
  profile(): Profile;
}

/** What the editor starts from: the saved profile (or an empty one when it cannot be read) and a draft. */
export interface EditorData {
  saved: Profile;
  /** The stored record exists but does not validate: it is kept, and the editor says so. */
  loadError: boolean;
  draft: Draft | null;
}

export async function loadEditorData(variant: EditorOptions['variant']): Promise<EditorData> {
  let saved = emptyProfile();
  let loadError = false;
  try {
    saved = await loadProfile();
  } catch (err) {
    void noteError('editor.load', err);
    if (!(err instanceof StoredProfileError)) throw err;
    loadError = true;
  }
  return { saved, loadError, draft: await loadDraft(variant) };
}

const INPUT_TYPES: Record<InputKind, { type: string; inputMode?: string }> = {
  text: { type: 'text' },
  kana: { type: 'text' },
  romaji: { type: 'text', inputMode: 'latin' },
  postal: { type: 'text', inputMode: 'numeric' },
  tel: { type: 'tel', inputMode: 'tel' },
  email: { type: 'email', inputMode: 'email' },
  date: { type: 'date' },
  prefecture: { type: 'select' },
  gender: { type: 'select' },
};

/** One control of the editor: a field definition bound to a full path of the stored profile. */
interface FieldSlot {
  path: string;
  def: FieldDef;
}

const fieldId = (path: string) => `ed-${path.replace(/\./g, '-')}`;

function choiceLabel(kind: InputKind, value: string): string {
  if (value === '') return t('choose');
  return kind === 'gender' ? t(`gender_${value}`) : value;
}

/** Shows a field whole, clear of the sticky save bar, and puts the cursor in it. */
export function focusInView(id: string): void {
  // After the render that opened its section.
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'center' });
  });
}

export interface ProfileEditorProps {
  variant: EditorOptions['variant'];
  data: EditorData;
  providers?: EditorProvider[];
  onSaved?: (profile: Profile) => void;
  /** False while passphrase protection is on: Blink writes form state with purpose tokens to disk. */
  purposeTokens: boolean;
  /** Receives the editor's handle once mounted. */
  onHandle?: (handle: EditorHandle) => void;
}

interface Status {
  key: string;
  tone: 'done' | 'notice';
}

export function ProfileEditor(props: ProfileEditorProps) {
  const { variant } = props;
  const compact = variant === 'popup';
  const editor = useMemo(() => createEditorState(props), []);
  const formClass = useComputed(() => `editor editor-${variant}${editor.dirty.value ? ' dirty' : ''}`);
  const { values, householdCount, issues, summary, status, dirty, openSections } = editor;

  useEffect(() => {
    props.onHandle?.({ isDirty: () => dirty.peek(), profile: () => editor.saved.peek() });
    const unregister = registerEditorSaver(() => editor.save());
    // A message that appears on blur moves everything below it. When the blur comes from a mouse
    // press, showing it only after the click lets that click land where the user aimed.
    const onDown = () => {
      countHandlerCall('editor.pointerdown');
      editor.pointerDown = true;
    };
    const onUp = () =>
      setTimeout(() => {
        editor.pointerDown = false;
        editor.pending.splice(0).forEach((fn) => fn());
      });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.peek()) event.preventDefault();
    };
    document.addEventListener('pointerdown', onDown, { capture: true });
    document.addEventListener('pointerup', onUp, { capture: true });
    if (!compact) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unregister();
      editorDirty.value = false;
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('pointerup', onUp, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  useSignalEffect(() => {
    editorDirty.value = dirty.value;
  });

  useEffect(() => {
    editor.purposeTokens.value = props.purposeTokens;
  }, [props.purposeTokens]);

  const providerRows = compact ? [] : props.providers ?? [];
  const summaryShown = summary.value;

  return (
    <form
      class={formClass}
      noValidate
      aria-label={t('editorTitle')}
      autoComplete={props.purposeTokens ? undefined : 'off'}
      onSubmit={(event) => {
        event.preventDefault();
        void editor.save();
      }}
    >
      <div class="editor-summary" role="alert" hidden={!summaryShown}>
        {summaryShown?.unreadable && <p>{t('err_stored_unreadable')}</p>}
        {summaryShown && summaryShown.issues.length > 0 && (
          <>
            <p>{t('err_summary', String(summaryShown.issues.length))}</p>
            <ul class="summary-links">
              {summaryShown.issues.map((issue) => (
                <li>
                  {editor.slots.peek().has(issue.path) ? (
                    <a
                      href={`#${fieldId(issue.path)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        editor.reveal(issue.path);
                      }}
                    >
                      {t('summaryItem', [editor.label(issue.path), t(issue.message)])}
                    </a>
                  ) : (
                    t('summaryItem', [editor.label(issue.path), t(issue.message)])
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="warning-box" role="alertdialog" aria-labelledby="editor-past-question" hidden={editor.askingPast.value === null}>
        <p id="editor-past-question">{editor.askingPast.value ? t('moveDatePastQuestion', shownDate(editor.askingPast.value)) : ''}</p>
        <p>{t('retentionPastWhat')}</p>
        <div class="row-actions">
          <button type="button" class="danger" onClick={() => void editor.save(true)}>
            {t('moveDatePastConfirm')}
          </button>
          <button type="button" onClick={() => (editor.askingPast.value = null)}>
            {t('retentionPastCancel')}
          </button>
        </div>
      </div>
      {status.value?.tone === 'notice' && (
        <p class="editor-notice" role="status">
          {t(status.value.key)}
        </p>
      )}
      <div class="editor-sections">
        {PROFILE_SECTIONS.map((section) => {
          const fields = compact ? section.fields.filter((f) => f.popup) : section.fields;
          const grid = (
            <div class="grid">
              {fields.map((f) => (
                <Field editor={editor} slot={{ path: f.path, def: f }} />
              ))}
            </div>
          );
          const badge = <SectionBadge values={values} paths={fields.map((f) => f.path)} />;
          return compact ? (
            <details
              class="section"
              data-section={section.id}
              open={openSections.value.has(section.id)}
              onToggle={(event) => editor.setOpen(section.id, (event.currentTarget as HTMLDetailsElement).open)}
            >
              <summary>
                <span>{t(section.title)}</span>
                {badge}
              </summary>
              {grid}
            </details>
          ) : (
            <fieldset class="section" data-section={section.id}>
              <legend>
                {t(section.title)}
                {badge}
              </legend>
              {grid}
            </fieldset>
          );
        })}
        {!compact && (
          <fieldset class="section" data-section="household">
            <legend>{t('section_household')}</legend>
            <p class="hint">{t('householdHint')}</p>
            <div class="household-list">
              {Array.from({ length: householdCount.value }, (_, i) => (
                <fieldset class="member">
                  <legend>{t('householdMember', String(i + 1))}</legend>
                  <div class="grid">
                    {HOUSEHOLD_FIELDS.map((f) => (
                      <Field editor={editor} slot={{ path: `household.${i}.${f.path}`, def: f }} />
                    ))}
                  </div>
                  <button type="button" class="remove-member" onClick={() => editor.removeMember(i)}>
                    {t('householdRemove')}
                  </button>
                </fieldset>
              ))}
            </div>
            <button type="button" class="add-member" onClick={() => editor.addMember()}>
              {t('householdAdd')}
            </button>
          </fieldset>
        )}
        {!compact && (
          <fieldset class="section" data-section="providers">
            <legend>{t('section_providers')}</legend>
            <p class="hint">{t('providersHint')}</p>
            {providerRows.map((p) => (
              <fieldset class="provider-values">
                <legend>{p.label}</legend>
                <div class="grid">
                  {providerFields(p.category).map((f) => (
                    <Field editor={editor} slot={{ path: `providers.${p.id}.${f.path}`, def: f }} />
                  ))}
                </div>
              </fieldset>
            ))}
          </fieldset>
        )}
      </div>
      <div class="editor-actions">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={() => void editor.revert()}>
          {t('editorRevert')}
        </button>
        <UnsavedMark dirty={dirty} />
        <p class="editor-status" role="status" aria-live="polite">
          {status.value?.tone === 'done' ? t(status.value.key) : ''}
        </p>
      </div>
    </form>
  );

}

function SectionBadge({ values: all, paths }: { values: Map<string, Signal<string>>; paths: string[] }) {
  const text = useComputed(() => `${paths.filter((p) => (all.get(p)?.value ?? '').trim() !== '').length}/${paths.length}`);
  return (
    <span class="badge" aria-hidden="true">
      {text}
    </span>
  );
}

/** 「未保存の変更があります」 while the editor holds unsaved changes: words, not a coloured dot alone. */
function UnsavedMark({ dirty }: { dirty: Signal<boolean> }) {
  if (!dirty.value) return null;
  return (
    <span class="unsaved">
      <span aria-hidden="true">● </span>
      {t('unsavedChanges')}
    </span>
  );
}

function Field({ editor, slot }: { editor: EditorState; slot: FieldSlot }) {
  const { path, def } = slot;
  const value = editor.valueOf(path);
  const issue = editor.issues.value[path];
  const id = fieldId(path);
  const errorId = `${id}-err`;
  const spec = INPUT_TYPES[def.kind];
  const assist = editor.postalFor(path);
  const common = {
    id,
    name: path,
    'data-path': path,
    'data-kind': def.kind,
    'aria-describedby': errorId,
    'aria-invalid': issue ? ('true' as const) : undefined,
    value: value.value,
    onInput: (event: Event) => editor.edit(path, (event.currentTarget as HTMLInputElement | HTMLSelectElement).value),
    onFocusOut: () => editor.left(path),
  };
  const control =
    spec.type === 'select' ? (
      <select {...common}>
        {(CHOICES[def.kind] ?? []).map((v) => (
          <option value={v}>{choiceLabel(def.kind, v)}</option>
        ))}
      </select>
    ) : (
      <input
        {...common}
        type={spec.type}
        inputMode={spec.inputMode as never}
        autoComplete={editor.purposeTokens.value ? def.autocomplete ?? 'off' : 'off'}
        placeholder={def.placeholder ? t(def.placeholder) : undefined}
        spellcheck={false}
        onPaste={editor.pasteHandler(path)}
      />
    );
  return (
    <>
      <div class={def.wide ? 'field wide' : 'field'}>
        <label for={id}>{t(def.label)}</label>
        {control}
        <p class="field-error" id={errorId} hidden={!issue}>
          {issue ? t(issue) : ''}
        </p>
      </div>
      {assist && <PostalCandidates assist={assist} />}
    </>
  );
}

type EditorState = ReturnType<typeof createEditorState>;

/** The editor's state, all in signals: the typed value of every shown field by path, the number of
 * household members, the errors shown, the saved profile. */
function createEditorState(props: ProfileEditorProps) {
  const { variant, data } = props;
  const compact = variant === 'popup';
  const saved = signal<Profile>(data.saved);
  const loadError = signal(data.loadError);
  const values = new Map<string, Signal<string>>();
  const householdCount = signal(0);
  const issues = signal<Record<string, string>>({});
  const summary = signal<{ unreadable: boolean; issues: ProfileIssue[] } | null>(data.loadError ? { unreadable: true, issues: [] } : null);
  const status = signal<Status | null>(null);
  const openSections = signal<Set<string>>(new Set());
  /** Set while the user is asked whether a moving date that ends the retention period may be saved. */
  const askingPast = signal<string | null>(null);

  /** Every shown field by path, in the order of the form. */
  const slots = computed(() => {
    const map = new Map<string, FieldDef>();
    for (const section of PROFILE_SECTIONS) {
      for (const f of section.fields) if (!compact || f.popup) map.set(f.path, f);
    }
    if (!compact) {
      for (let i = 0; i < householdCount.value; i++) for (const f of HOUSEHOLD_FIELDS) map.set(`household.${i}.${f.path}`, f);
      for (const p of props.providers ?? []) for (const f of providerFields(p.category)) map.set(`providers.${p.id}.${f.path}`, f);
    }
    return map;
  });

  function valueOf(path: string): Signal<string> {
    let s = values.get(path);
    if (!s) values.set(path, (s = signal('')));
    return s;
  }

  function normalised(path: string): string {
    const def = slots.peek().get(path);
    const raw = valueOf(path).peek();
    return def ? normaliseInput(def.kind, raw) : raw;
  }

  /** The profile the editor would save: the saved one with this editor's fields replaced. */
  function merged(): Record<string, unknown> {
    const base = structuredClone(saved.value) as unknown as Record<string, unknown>;
    const shown = slots.value;
    for (const path of shown.keys()) {
      if (!path.startsWith('household.') && !path.startsWith('providers.')) setPath(base, path, normaliseInput(shown.get(path)!.kind, valueOf(path).value));
    }
    if (!compact) {
      const household: Record<string, unknown>[] = [];
      for (let i = 0; i < householdCount.value; i++) {
        const member: Record<string, unknown> = {};
        for (const f of HOUSEHOLD_FIELDS) setPath(member, f.path, normaliseInput(f.kind, valueOf(`household.${i}.${f.path}`).value));
        household.push(member);
      }
      base.household = household;
      const providers = structuredClone(saved.value.providers) as Record<string, Record<string, string>>;
      for (const p of props.providers ?? []) {
        for (const f of providerFields(p.category)) {
          providers[p.id] = { ...providers[p.id], [f.path]: normaliseInput(f.kind, valueOf(`providers.${p.id}.${f.path}`).value) };
        }
      }
      base.providers = Object.fromEntries(Object.entries(providers).filter(([, v]) => Object.values(v).some(Boolean)));
    }
    return base;
  }

  const dirty = computed(() => !sameProfile(merged(), saved.value));

  /** Puts a profile-shaped value (the saved profile, a draft) into the fields. */
  function write(source: unknown): void {
    if (!compact) householdCount.value = ((getPath(source, 'household') as unknown[] | undefined) ?? []).length;
    for (const path of slots.peek().keys()) {
      const value = getPath(source, path);
      valueOf(path).value = typeof value === 'string' ? value : '';
    }
  }

  /** The typed values as a nested record, for the draft. */
  function typed(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const path of slots.peek().keys()) setPath(out, path, normalised(path));
    if (!compact && !out.household) out.household = [];
    return out;
  }

  function edited(): void {
    if (status.peek()?.tone === 'done') status.value = null;
    void (dirty.peek() ? saveDraft(variant, typed()) : clearDraft(variant));
  }

  function showIssues(list: ProfileIssue[], only?: string): void {
    const next = only ? { ...issues.peek() } : {};
    if (only) delete next[only];
    for (const issue of list) if (slots.peek().has(issue.path) && (!only || issue.path === only)) next[issue.path] = issue.message;
    issues.value = next;
  }

  function reveal(path: string): void {
    const section = PROFILE_SECTIONS.find((s) => s.fields.some((f) => f.path === path));
    if (compact && section) setOpen(section.id, true);
    focusInView(fieldId(path));
  }

  function setOpen(id: string, open: boolean): void {
    if (openSections.peek().has(id) === open) return;
    const next = new Set(openSections.peek());
    if (open) next.add(id);
    else next.delete(id);
    openSections.value = next;
  }

  const postal = new Map<string, PostalAssist>();
  for (const side of ['oldAddress', 'newAddress'] as const) {
    const part = (name: string) => `${side}.${name}`;
    postal.set(
      part('postalCode'),
      createPostalAssist({
        get: (name) => (slots.peek().has(part(name)) ? valueOf(part(name)).peek() : null),
        set: (name, value) => {
          valueOf(part(name)).value = value;
        },
        applied: edited,
        focus: (name) => reveal(part(name)),
      }),
    );
  }

  const state = {
    saved,
    values,
    householdCount,
    issues,
    summary,
    status,
    dirty,
    openSections,
    askingPast,
    slots,
    purposeTokens: signal(props.purposeTokens),
    pointerDown: false,
    pending: [] as (() => void)[],
    valueOf,
    reveal,
    setOpen,
    label: pathLabel,
    postalFor: (path: string) => postal.get(path) ?? null,
    edit(path: string, value: string): void {
      valueOf(path).value = value;
      edited();
      if (path.endsWith('.postalCode')) void postal.get(path)?.lookUp(value);
    },
    left(path: string): void {
      const value = normalised(path);
      if (valueOf(path).peek() !== value) {
        valueOf(path).value = value;
        edited();
      }
      void postal.get(path)?.lookUp(value);
      const result = parseProfile(merged());
      const show = () => showIssues(result.ok ? [] : result.issues, path);
      if (state.pointerDown) state.pending.push(show);
      else show();
    },
    pasteHandler(path: string): ((event: ClipboardEvent) => void) | undefined {
      const side = /^(oldAddress|newAddress)\.city$/.exec(path)?.[1];
      if (!side) return undefined;
      return (event) => {
        if (postal.get(`${side}.postalCode`)!.paste(event.clipboardData?.getData('text/plain') ?? '')) event.preventDefault();
      };
    },
    addMember(): void {
      householdCount.value += 1;
      edited();
      focusInView(fieldId(`household.${householdCount.peek() - 1}.${HOUSEHOLD_FIELDS[0].path}`));
    },
    removeMember(index: number): void {
      const count = householdCount.peek();
      for (let i = index; i < count - 1; i++) {
        for (const f of HOUSEHOLD_FIELDS) valueOf(`household.${i}.${f.path}`).value = valueOf(`household.${i + 1}.${f.path}`).peek();
      }
      for (const f of HOUSEHOLD_FIELDS) valueOf(`household.${count - 1}.${f.path}`).value = '';
      householdCount.value = count - 1;
      edited();
    },
    async save(pastConfirmed = false): Promise<SaveOutcome> {
      for (const path of slots.peek().keys()) valueOf(path).value = normalised(path);
      const next = merged();
      // A moving date that puts the deletion day of the chosen retention period today or in the past
      // would delete everything at the next opening: asked first, with the date.
      const { retention } = await loadSettings();
      const nextMove = String(getPath(next, 'move.date') ?? '');
      const now = new Date();
      if (!pastConfirmed && deletionDue(retention, nextMove, now) && !deletionDue(retention, saved.peek().move.date, now)) {
        askingPast.value = deletionDate(retention, nextMove);
        return 'invalid';
      }
      askingPast.value = null;
      const result = await saveProfile(next);
      if (!result.ok) {
        showIssues(result.issues);
        summary.value = { unreadable: false, issues: result.issues };
        const first = [...slots.peek().keys()].find((p) => result.issues.some((i) => i.path === p));
        if (first) reveal(first);
        return 'invalid';
      }
      saved.value = result.profile;
      write(result.profile);
      loadError.value = false;
      issues.value = {};
      summary.value = null;
      await clearDraft(variant);
      status.value = { key: 'saved', tone: 'done' };
      profileStatus.value = 'stored';
      props.onSaved?.(result.profile);
      return 'saved';
    },
    async revert(): Promise<void> {
      await clearDraft(variant);
      write(saved.peek());
      issues.value = {};
      summary.value = loadError.peek() ? { unreadable: true, issues: [] } : null;
      status.value = { key: 'cancelled', tone: 'done' };
    },
  };

  // Start: the saved profile, or an unsaved draft over it.
  write(data.saved);
  if (data.draft) {
    write(data.draft.values);
    if (dirty.peek()) status.value = { key: 'draftRestored', tone: 'notice' };
    else {
      write(data.saved);
      void clearDraft(variant);
    }
  }
  profileStatus.value = data.saved.updatedAt !== '' ? 'stored' : 'none';
  if (compact && [...slots.peek().keys()].every((p) => valueOf(p).peek() === '')) setOpen(PROFILE_SECTIONS[0].id, true);
  return state;
}

/** Renders the editor into `container` once the profile is loaded; it ends with `options.signal`. */
export async function mountProfileEditor(options: EditorOptions): Promise<EditorHandle> {
  const { variant, container } = options;
  const [data, state] = await Promise.all([loadEditorData(variant), vaultState()]);
  // Preact renders into a host of its own, so that the editor unmounts cleanly even after the caller
  // replaced the container's children.
  const host = document.createElement('div');
  host.className = 'editor-host';
  container.replaceChildren(host);
  let handle: EditorHandle = { isDirty: () => false, profile: () => data.saved };
  render(
    <ProfileEditor
      variant={variant}
      data={data}
      providers={options.providers}
      onSaved={options.onSaved}
      purposeTokens={state === 'off'}
      onHandle={(h) => (handle = h)}
    />,
    host,
  );
  options.signal.addEventListener('abort', () => render(null, host), { once: true });
  return { isDirty: () => handle.isDirty(), profile: () => handle.profile() };
}
