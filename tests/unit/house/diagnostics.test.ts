import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { diagnosticsText, errorCode, noteDiagnostic, noteError, readDiagnostics } from '../../../lib/diagnostics/log';
import { clearSession, MAX_DIAGNOSTIC_ENTRIES as MAX_ENTRIES, storageItems } from '../../../lib/storage/items';
import { VaultError } from '../../../lib/vault/errors';

describe('the diagnostic log', () => {
  it('keeps codes and places, never an error message', async () => {
    await noteError('fill.collect', new Error('山田 太郎 was not found'));
    await noteError('unlock', new VaultError('wrong-passphrase'));
    await noteError('editor.load', new SyntaxError('Unexpected token 山'));
    const entries = await readDiagnostics();
    expect(entries.map((e) => [e.where, e.code])).toEqual([
      ['fill.collect', 'Error'],
      ['unlock', 'wrong-passphrase'],
      ['editor.load', 'SyntaxError'],
    ]);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('山');
  });

  it('keeps the last entries only', async () => {
    for (let i = 0; i < MAX_ENTRIES + 5; i++) await noteDiagnostic('test', `code-${i}`);
    const entries = await readDiagnostics();
    expect(entries).toHaveLength(MAX_ENTRIES);
    expect(entries[0].code).toBe('code-5');
    expect(entries.at(-1)!.code).toBe(`code-${MAX_ENTRIES + 4}`);
  });

  it('survives a lock, which clears the rest of session memory', async () => {
    await noteDiagnostic('background.recognise', 'inject-failed');
    await storageItems.draft('popup').set({ values: { a: 1 }, savedAt: 'x' });
    await clearSession();
    expect(await storageItems.draft('popup').get()).toBeNull();
    expect((await readDiagnostics()).map((e) => e.code)).toEqual(['inject-failed']);
  });

  it('records a stored value that failed validation by its key', async () => {
    await fakeBrowser.storage.session.set({ 'tp:report:12': { fields: 'no' } });
    expect(await storageItems.report(12).get()).toBeNull();
    await noteDiagnostic('control', 'flush');
    expect((await readDiagnostics()).map((e) => `${e.where} ${e.code}`)).toEqual(['storage.read invalid tp:report:<tab>', 'control flush']);
  });

  it('gives codes for odd throws and a copyable text', () => {
    expect(errorCode('a string')).toBe('string');
    expect(errorCode(new TypeError('x'))).toBe('TypeError');
    expect(diagnosticsText([], '0.1.0')).toBe('tetsuzuki-pad 0.1.0\n(no entries)');
    expect(diagnosticsText([{ at: 't', where: 'w', code: 'c' }], '0.1.0')).toBe('tetsuzuki-pad 0.1.0\nt\tw\tc');
  });
});
