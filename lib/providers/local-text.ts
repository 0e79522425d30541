/** A provider's own text in the UI's language: English where the file gives it and the browser is
 * not in Japanese, Japanese otherwise. */
export function localText(text: { ja: string; en?: string }, uiLanguage: string): string {
  return !uiLanguage.toLowerCase().startsWith('ja') && text.en ? text.en : text.ja;
}
