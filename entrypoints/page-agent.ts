import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AGENT_GLOBAL, runAgentRequest } from '../lib/dom/agent';

// Injected on demand (activeTab + scripting) into the top frame of the page the user asked to fill.
export default defineUnlistedScript(() => {
  if (!(AGENT_GLOBAL in globalThis)) {
    Object.defineProperty(globalThis, AGENT_GLOBAL, { value: runAgentRequest });
  }
});
