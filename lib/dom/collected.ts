import type { FormControl } from './resolve-field';

// What the agent collected in this document. Insert writes only these elements (looked up by the id
// they were collected under), never elements found again from selectors the page could have changed.
// The token names this document's agent: an insert built from another document's collect (the page
// navigated, reloaded or was replaced) is refused, on Chrome and on Firefox alike.

let token: string | null = null;
const collected = new Map<string, FormControl[]>();

export function documentToken(): string {
  token ??= crypto.randomUUID();
  return token;
}

/** Starts a new collect: the earlier one's elements are forgotten. */
export function rememberCollected(entries: Iterable<[string, FormControl[]]>): string {
  collected.clear();
  for (const [id, elements] of entries) collected.set(id, elements);
  return documentToken();
}

export function collectedElements(id: string): FormControl[] | undefined {
  return collected.get(id);
}

export function allCollected(): FormControl[] {
  return Array.from(collected.values()).flat();
}
