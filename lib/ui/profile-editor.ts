import { normaliseInput, type InputKind } from '../profile/normalise-input';
import { emptyProfile, parseProfile, type Profile, type ProfileIssue } from '../profile/schema';
import { loadProfile, saveProfile, StoredProfileError, vaultState } from '../vault/profile-store';
import { clearDraft, loadDraft, saveDraft } from './draft-store';
import { h, t } from './i18n';
import { getPath, setPath } from '../profile/object-path';
import { countHandlerCall } from './mount-scope';
import { attachPostalAssist } from './postal-assist';
import { CHOICES, HOUSEHOLD_FIELDS, PROFILE_SECTIONS, PROVIDER_FIELDS, type FieldDef } from './profile-fields';
import { noteError } from '../diagnostics/log';

export interface EditorOptions {
  variant: 'popup' | 'options';
  container: HTMLElement;
  /** Providers whose numbers the options page edits. */
  providers?: { id: string; label: string }[];
  onSaved?: (profile: Profile) => void;
  /** The mount's life: listeners outside the form (document, window) end with it. */
  signal: AbortSignal;
}

export interface EditorHandle {
  isDirty(): boolean;
  profile(): Profile;
}

type Control = HTMLInputElement | HTMLSelectElement;

const INPUT_TYPES: Record<InputKind, { type: string; inputmode?: string }> = {
  text: { type: 'text' },
  kana: { type: 'text' },
  romaji: { type: 'text', inputmode: 'latin' },
  postal: { type: 'text', inputmode: 'numeric' },
  tel: { type: 'tel', inputmode: 'tel' },
  email: { type: 'email', inputmode: 'email' },
  date: { type: 'date' },
  prefecture: { type: 'select' },
  gender: { type: 'select' },
};

let uid = 0;

function choiceLabel(kind: InputKind, value: string): string {
  if (value === '') return t('choose');
  return kind === 'gender' ? t(`gender_${value}`) : value;
}

// Blink writes the state of form controls whose autocomplete is not "off" into the browser's session
// file on disk, in plain text. With passphrase protection on, the editor gives up the purpose tokens
// (WCAG 1.3.5) so that what the user types is never written there.
let purposeTokens = true;

function fieldControl(def: FieldDef, path: string): { wrap: HTMLElement; control: Control } {
  const id = `f${++uid}`;
  const spec = INPUT_TYPES[def.kind];
  const errorId = `${id}-err`;
  const common = { id, name: path, 'data-path': path, 'data-kind': def.kind, 'aria-describedby': errorId };
  let control: Control;
  if (spec.type === 'select') {
    control = h('select', common, ...(CHOICES[def.kind] ?? []).map((v) => h('option', { value: v }, choiceLabel(def.kind, v))));
  } else {
    control = h('input', {
      ...common,
      type: spec.type,
      inputmode: spec.inputmode,
      autocomplete: purposeTokens ? def.autocomplete ?? 'off' : 'off',
      placeholder: def.placeholder ? t(def.placeholder) : undefined,
      spellcheck: 'false',
    });
  }
  const wrap = h(
    'div',
    { class: def.wide ? 'field wide' : 'field' },
    h('label', { for: id }, t(def.label)),
    control,
    h('p', { class: 'field-error', id: errorId, hidden: true }),
  );
  return { wrap, control };
}

export async function mountProfileEditor(options: EditorOptions): Promise<EditorHandle> {
  const { variant, container } = options;
  const compact = variant === 'popup';
  let saved: Profile = emptyProfile();
  let loadError = false;
  try {
    saved = await loadProfile();
  } catch (err) {
    void noteError('editor.load', err);
    if (!(err instanceof StoredProfileError)) throw err;
    loadError = true;
  }

  purposeTokens = (await vaultState()) === 'off';
  const summary = h('div', { class: 'editor-summary', role: 'alert', hidden: true });
  const status = h('p', { class: 'editor-status', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: `editor editor-${variant}`, novalidate: true, 'aria-label': t('editorTitle'), autocomplete: purposeTokens ? undefined : 'off' });
  const body = h('div', { class: 'editor-sections' });
  const householdList = h('div', { class: 'household-list' });
  const saveButton = h('button', { type: 'submit', class: 'primary' }, t('save'));
  const cancelButton = h('button', { type: 'button' }, t('cancel'));
  const actions = h('div', { class: 'editor-actions' }, saveButton, cancelButton, status);
  form.append(summary, body, actions);
  container.replaceChildren(form);
  if (loadError) showSummary([t('err_stored_unreadable')]);

  const sectionBadges = new Map<string, HTMLElement>();

  for (const section of PROFILE_SECTIONS) {
    const fields = compact ? section.fields.filter((f) => f.popup) : section.fields;
    const grid = h('div', { class: 'grid' }, ...fields.map((f) => fieldControl(f, f.path).wrap));
    const badge = h('span', { class: 'badge', 'aria-hidden': 'true' });
    sectionBadges.set(section.id, badge);
    if (compact) {
      body.append(
        h('details', { class: 'section', 'data-section': section.id }, h('summary', {}, h('span', {}, t(section.title)), badge), grid),
      );
    } else {
      body.append(h('fieldset', { class: 'section', 'data-section': section.id }, h('legend', {}, t(section.title), badge), grid));
    }
  }

  if (!compact) {
    const addMember = h('button', { type: 'button', class: 'add-member' }, t('householdAdd'));
    addMember.addEventListener('click', () => {
      const values = readValues();
      const list = (values.household as unknown[] | undefined) ?? [];
      list.push({});
      values.household = list;
      renderHousehold(list.length);
      writeValues(values);
      onEdited();
      householdList.querySelector<HTMLInputElement>('.member:last-child input')?.focus();
    });
    body.append(
      h('fieldset', { class: 'section', 'data-section': 'household' }, h('legend', {}, t('section_household')), h('p', { class: 'hint' }, t('householdHint')), householdList, addMember),
    );
    const providerRows = (options.providers ?? []).map((p) =>
      h('fieldset', { class: 'provider-values' }, h('legend', {}, p.label), h('div', { class: 'grid' }, ...PROVIDER_FIELDS.map((f) => fieldControl(f, `providers.${p.id}.${f.path}`).wrap))),
    );
    body.append(
      h('fieldset', { class: 'section', 'data-section': 'providers' }, h('legend', {}, t('section_providers')), h('p', { class: 'hint' }, t('providersHint')), ...providerRows),
    );
  }

  function renderHousehold(count: number): void {
    householdList.replaceChildren(
      ...Array.from({ length: count }, (_, i) => {
        const remove = h('button', { type: 'button', class: 'remove-member' }, t('householdRemove'));
        remove.addEventListener('click', () => {
          const values = readValues();
          const list = ((values.household as unknown[] | undefined) ?? []).filter((_, j) => j !== i);
          values.household = list;
          renderHousehold(list.length);
          writeValues(values);
          onEdited();
        });
        return h(
          'fieldset',
          { class: 'member' },
          h('legend', {}, t('householdMember', String(i + 1))),
          h('div', { class: 'grid' }, ...HOUSEHOLD_FIELDS.map((f) => fieldControl(f, `household.${i}.${f.path}`).wrap)),
          remove,
        );
      }),
    );
  }

  function controls(): Control[] {
    return Array.from(form.querySelectorAll<Control>('[data-path]'));
  }

  function readValues(): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const control of controls()) {
      setPath(values, control.dataset.path!, normaliseInput(control.dataset.kind as InputKind, control.value));
    }
    if (!compact && !values.household) values.household = [];
    return values;
  }

  /** The profile the editor would save: the saved one with this editor's fields replaced. */
  function merged(values: Record<string, unknown>): Record<string, unknown> {
    const base = structuredClone(saved) as unknown as Record<string, unknown>;
    for (const control of controls()) setPath(base, control.dataset.path!, getPath(values, control.dataset.path!));
    if (!compact) {
      base.household = values.household ?? [];
      const providers = (values.providers ?? {}) as Record<string, Record<string, string>>;
      base.providers = Object.fromEntries(Object.entries(providers).filter(([, v]) => Object.values(v).some(Boolean)));
    }
    return base;
  }

  function writeValues(values: unknown): void {
    for (const control of controls()) {
      const value = getPath(values, control.dataset.path!);
      control.value = typeof value === 'string' ? value : '';
    }
    updateBadges();
  }

  function updateBadges(): void {
    for (const section of PROFILE_SECTIONS) {
      const inSection = controls().filter((c) => section.fields.some((f) => f.path === c.dataset.path));
      const filled = inSection.filter((c) => c.value.trim() !== '').length;
      sectionBadges.get(section.id)!.textContent = `${filled}/${inSection.length}`;
    }
  }

  function showIssues(issues: ProfileIssue[], only?: string): void {
    for (const control of controls()) {
      const path = control.dataset.path!;
      if (only && path !== only) continue;
      const issue = issues.find((i) => i.path === path);
      const error = form.querySelector<HTMLElement>(`#${control.getAttribute('aria-describedby')}`)!;
      error.textContent = issue ? t(issue.message) : '';
      error.hidden = !issue;
      if (issue) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }

  function showSummary(lines: string[]): void {
    summary.replaceChildren(...lines.map((l) => h('p', {}, l)));
    summary.hidden = lines.length === 0;
  }

  function isDirty(): boolean {
    return JSON.stringify(merged(readValues())) !== JSON.stringify(saved);
  }

  function onEdited(): void {
    updateBadges();
    status.textContent = '';
    const dirty = isDirty();
    form.classList.toggle('dirty', dirty);
    void (dirty ? saveDraft(variant, readValues()) : clearDraft(variant));
  }

  function revealField(control: Control): void {
    const details = control.closest('details');
    if (details) details.open = true;
    control.focus();
  }

  // A message that appears on blur moves everything below it. When the blur comes from a mouse press,
  // showing it only after the click lets that click land where the user aimed.
  let pointerDown = false;
  const pending: (() => void)[] = [];
  const afterPointer = (fn: () => void) => (pointerDown ? pending.push(fn) : fn());
  const { signal } = options;
  document.addEventListener(
    'pointerdown',
    () => {
      countHandlerCall('editor.pointerdown');
      pointerDown = true;
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'pointerup',
    () => {
      setTimeout(() => {
        pointerDown = false;
        pending.splice(0).forEach((fn) => fn());
      });
    },
    { capture: true, signal },
  );

  form.addEventListener('input', onEdited);
  attachPostalAssist(form, 'oldAddress', onEdited);
  attachPostalAssist(form, 'newAddress', onEdited);
  form.addEventListener('change', onEdited);
  form.addEventListener('focusout', (event) => {
    const control = event.target as Control;
    if (!control.dataset?.path) return;
    const normalised = normaliseInput(control.dataset.kind as InputKind, control.value);
    if (control.value !== normalised) {
      control.value = normalised;
      onEdited();
    }
    const result = parseProfile(merged(readValues()));
    afterPointer(() => showIssues(result.ok ? [] : result.issues, control.dataset.path));
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = readValues();
    writeValues(values);
    const result = await saveProfile(merged(values));
    if (!result.ok) {
      showIssues(result.issues);
      showSummary([t('err_summary', String(result.issues.length))]);
      const first = controls().find((c) => c.getAttribute('aria-invalid') === 'true');
      if (first) revealField(first);
      return;
    }
    saved = result.profile;
    loadError = false;
    showIssues([]);
    showSummary([]);
    await clearDraft(variant);
    form.classList.remove('dirty');
    status.textContent = t('saved');
    options.onSaved?.(saved);
  });

  cancelButton.addEventListener('click', async () => {
    await clearDraft(variant);
    if (!compact) renderHousehold(saved.household.length);
    writeValues(saved);
    showIssues([]);
    showSummary(loadError ? [t('err_stored_unreadable')] : []);
    form.classList.remove('dirty');
    status.textContent = t('cancelled');
  });

  if (!compact) {
    window.addEventListener(
      'beforeunload',
      (event) => {
        if (isDirty()) event.preventDefault();
      },
      { signal },
    );
  }

  const draft = await loadDraft(variant);
  const initial = draft?.values ?? saved;
  if (!compact) renderHousehold(((initial as { household?: unknown[] }).household ?? []).length);
  writeValues(initial);
  if (draft && isDirty()) {
    form.classList.add('dirty');
    status.textContent = t('draftRestored');
  } else if (draft) {
    await clearDraft(variant);
  }

  const empty = controls().every((c) => c.value === '');
  if (compact && empty) body.querySelector('details')?.setAttribute('open', '');

  return { isDirty, profile: () => saved };
}
