/** Reads `a.b.0.c` from nested objects/arrays. */
export function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((cur, seg) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined), obj);
}

/** Writes `a.b.0.c` into nested objects/arrays, creating containers (arrays for numeric segments). */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const segs = path.split('.');
  let cur: Record<string, unknown> = obj;
  segs.forEach((seg, i) => {
    if (i === segs.length - 1) {
      cur[seg] = value;
      return;
    }
    if (!cur[seg] || typeof cur[seg] !== 'object') cur[seg] = /^\d+$/.test(segs[i + 1]) ? [] : {};
    cur = cur[seg] as Record<string, unknown>;
  });
}
