// A guessed fill happens on pages nobody vetted. A page that embeds a registered provider's (or an
// official) site in a frame can make a person believe they are on that site while the fields they
// see belong to the embedding page, so such a page gets no guessed fill.

const FRAME_SOURCES: [string, string][] = [
  ['iframe', 'src'],
  ['frame', 'src'],
  ['object', 'data'],
  ['embed', 'src'],
  ['portal', 'src'],
];

function originOf(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    return new URL(raw, base).origin;
  } catch {
    return null;
  }
}

/** Whether the document frames one of `guarded` (origins) while not being that origin itself. */
export function framesGuardedOrigin(doc: Document, guarded: readonly string[]): boolean {
  if (guarded.length === 0) return false;
  const own = doc.location?.origin ?? '';
  const wanted = new Set(guarded.filter((o) => o !== own));
  for (const [tag, attr] of FRAME_SOURCES) {
    for (const el of Array.from(doc.getElementsByTagName(tag))) {
      const origin = originOf(el.getAttribute(attr), doc.baseURI);
      if (origin && wanted.has(origin)) return true;
    }
  }
  return false;
}
