import { signal } from '@preact/signals';

// What the popup's fill button needs to know about the profile editor beside it, held as signals so
// that the fill panel and the editor never read each other's DOM.

/** `none`: nothing saved yet; `stored`: a saved, readable profile; `locked`: protected and locked. */
export type ProfileStatus = 'loading' | 'none' | 'stored' | 'locked';

export const profileStatus = signal<ProfileStatus>('loading');

/** True while the editor holds changes that are not saved. */
export const editorDirty = signal(false);

/** `saved`: nothing left unsaved; `invalid`: the editor shows its errors and nothing was saved. */
export type SaveOutcome = 'saved' | 'invalid';

type Saver = () => Promise<SaveOutcome>;
let saver: Saver | null = null;

/** The mounted editor registers how to save itself; the returned function unregisters it. */
export function registerEditorSaver(save: Saver): () => void {
  saver = save;
  return () => {
    if (saver === save) saver = null;
  };
}

/** Saves the editor's unsaved changes, if any (「保存して入力」). */
export async function saveEditor(): Promise<SaveOutcome> {
  if (!editorDirty.value || !saver) return 'saved';
  return saver();
}
