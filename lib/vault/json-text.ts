// Reading a file's text as JSON and telling why it is not: nothing in it, cut off part-way, or
// not JSON at all. JSON.parse's messages differ between engines, so truncation is decided here.

export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'empty' | 'truncated' | 'not-json' };

/** True when the text opens an object or array that is still open (or inside a string) at its end. */
export function endsInsideJson(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed[0] !== '{' && trimmed[0] !== '[') return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const ch of trimmed) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return false;
    }
  }
  return depth > 0 || inString;
}

export function parseJsonText(text: string): JsonTextResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'empty' };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, reason: endsInsideJson(body) ? 'truncated' : 'not-json' };
  }
}
