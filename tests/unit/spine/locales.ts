import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Messages = Record<string, { message: string; description?: string }>;

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function readMessages(locale: 'ja' | 'en'): Messages {
  return JSON.parse(readFileSync(resolve(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Messages;
}

export const JA = readMessages('ja');
export const EN = readMessages('en');

/** A `browser.i18n.getMessage` stand-in over the Japanese messages that records every key it was
 * asked for and could not find (returning '' for those, as the browser does). */
export function recordingGetMessage(missing: Set<string>) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = JA[key];
    if (!entry) {
      missing.add(key);
      return '';
    }
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
