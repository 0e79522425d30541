// What a failed exchange with the page agent means, from the error the browser raised (Chrome and
// Firefox word them differently) or from what came back. Only the code is kept, never the message,
// which may quote the page's address.

export type ChannelFailure = 'no-permission' | 'page-refused' | 'page-closed' | 'navigated' | 'agent-error' | 'inject-failed';

const PATTERNS: [RegExp, ChannelFailure][] = [
  // The browser never lets extensions script its own pages, the web store or error pages.
  [/cannot be scripted|Cannot access a (chrome|chrome-extension|about|edge|moz-extension):|extensions gallery|showing error page|Cannot access contents of url "(chrome|about|view-source|file)/i, 'page-refused'],
  [/Cannot access contents of|Missing host permission|permission to access|Extension manifest must request permission|host permission/i, 'no-permission'],
  [/No tab with id|Invalid tab ID|tab was closed|No window with id/i, 'page-closed'],
  [/Frame with ID \d+ (was removed|is not)|No frame with id|No document with id|Frame not found|document .*(gone|removed|unloaded)|was removed/i, 'navigated'],
];

/** The failure a thrown error of `browser.scripting.executeScript` stands for. */
export function channelFailure(error: unknown): ChannelFailure {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  for (const [pattern, failure] of PATTERNS) if (pattern.test(text)) return failure;
  // An error raised by the agent's own code inside the page.
  if (error instanceof Error && /^(TypeError|ReferenceError|RangeError|SyntaxError)$/.test(error.name)) return 'agent-error';
  return 'inject-failed';
}
