import { storageItems, type Draft } from '../storage/items';

// Unsaved editor input survives a closed popup or tab in session storage: memory only, gone when
// the browser quits, never written to disk.

export type { Draft };

export function loadDraft(variant: string): Promise<Draft | null> {
  return storageItems.draft(variant).get();
}

export async function saveDraft(variant: string, values: Record<string, unknown>): Promise<void> {
  await storageItems.draft(variant).set({ values, savedAt: new Date().toISOString() });
}

export async function clearDraft(variant: string): Promise<void> {
  await storageItems.draft(variant).remove();
}
