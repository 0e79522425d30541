import { isProfileEmpty } from '../../lib/profile/schema';
import { editorDirty, profileStatus, registerEditorSaver, type SaveOutcome } from '../../lib/ui/editor-status';
import type { EditorHandle } from '../../lib/ui/profile-editor';

// Ties the popup's profile editor to the editor status the fill button reads: whether it holds
// unsaved changes, whether a profile is stored, and how to save it before a fill.

/** Waits for the editor's own submit handler to finish: it always rewrites its error summary, shown
 * when the input is invalid and hidden once saved. */
function submitAndWait(form: HTMLFormElement, handle: EditorHandle, signal: AbortSignal): Promise<SaveOutcome> {
  const summary = form.querySelector<HTMLElement>('.editor-summary');
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve(summary && !summary.hidden && handle.isDirty() ? 'invalid' : 'saved');
    });
    if (!summary) {
      resolve('invalid');
      return;
    }
    observer.observe(summary, { childList: true, attributes: true, attributeFilter: ['hidden'] });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      resolve('invalid');
    });
    form.requestSubmit();
  });
}

export function linkEditor(container: HTMLElement, handle: EditorHandle, signal: AbortSignal): void {
  const form = container.querySelector('form');
  const update = () => {
    editorDirty.value = handle.isDirty();
    profileStatus.value = isProfileEmpty(handle.profile()) ? 'none' : 'stored';
  };
  update();
  if (!form) return;
  // The editor marks itself dirty with a class on every edit, save, cancel and restored draft.
  const observer = new MutationObserver(update);
  observer.observe(form, { attributes: true, attributeFilter: ['class'] });
  form.addEventListener('input', update, { signal });
  const unregister = registerEditorSaver(async () => {
    const outcome = await submitAndWait(form, handle, signal);
    update();
    return outcome;
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    unregister();
    editorDirty.value = false;
  });
}
