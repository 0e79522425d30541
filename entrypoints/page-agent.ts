import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AGENT_GLOBAL, runAgentRequest } from '../lib/dom/agent';
import { AGENT_PENDING } from '../lib/dom/agent-names';
import { registerAgent } from '../lib/dom/register-agent';

// Injected on demand (activeTab + scripting) into the top frame of the page the user asked to fill.
export default defineUnlistedScript(() => registerAgent(AGENT_GLOBAL, AGENT_PENDING, runAgentRequest));
