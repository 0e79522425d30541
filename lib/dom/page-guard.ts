import type { AgentRefusal } from '../plan/types';

/** The agent acts only in the top-level document of the exact page the fill was planned for. */
export function checkPage(expected: { origin: string; path: string }): AgentRefusal | null {
  if (window.top !== window) return { ok: false, error: 'framed' };
  const path = location.pathname.length > 1 ? location.pathname.replace(/\/+$/, '') : location.pathname;
  const want = expected.path.length > 1 ? expected.path.replace(/\/+$/, '') : expected.path;
  if (location.origin !== expected.origin || path !== want) return { ok: false, error: 'wrong-page' };
  return null;
}
