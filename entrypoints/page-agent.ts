import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AGENT_GLOBAL, runAgentRequest } from '../lib/dom/agent';

// Injected on demand (activeTab + scripting) into the top frame of the page the user asked to fill.
// `in` would also see elements the page names like the global (window's named properties); only an
// own property that is our function counts.
export default defineUnlistedScript(() => {
  const own = Object.hasOwn(globalThis, AGENT_GLOBAL) ? (globalThis as Record<string, unknown>)[AGENT_GLOBAL] : undefined;
  if (typeof own !== 'function') {
    Object.defineProperty(globalThis, AGENT_GLOBAL, { value: runAgentRequest, configurable: false, writable: false });
  }
});
