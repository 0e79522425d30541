import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { RECOGNISER_GLOBAL, runRecogniserRequest } from '../lib/dom/recogniser';

// Injected on demand (activeTab + scripting) into the top frame of a page without a mapping, when the
// user asks what its fields are. Registered like the page agent (see page-agent.ts).
export default defineUnlistedScript(() => {
  const own = Object.hasOwn(globalThis, RECOGNISER_GLOBAL) ? (globalThis as Record<string, unknown>)[RECOGNISER_GLOBAL] : undefined;
  if (typeof own !== 'function') {
    Object.defineProperty(globalThis, RECOGNISER_GLOBAL, { value: runRecogniserRequest, configurable: false, writable: false });
  }
});
