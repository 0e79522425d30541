import { browser } from 'wxt/browser';

// Unsaved editor input survives a closed popup or tab in session storage: memory only, gone when
// the browser quits, never written to disk.

export interface Draft {
  values: Record<string, unknown>;
  savedAt: string;
}

const key = (variant: string) => `tp:draft:${variant}`;

export async function loadDraft(variant: string): Promise<Draft | null> {
  const stored = await browser.storage.session.get(key(variant));
  return (stored[key(variant)] as Draft | undefined) ?? null;
}

export async function saveDraft(variant: string, values: Record<string, unknown>): Promise<void> {
  await browser.storage.session.set({ [key(variant)]: { values, savedAt: new Date().toISOString() } satisfies Draft });
}

export async function clearDraft(variant: string): Promise<void> {
  await browser.storage.session.remove(key(variant));
}
