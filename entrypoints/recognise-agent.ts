import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { RECOGNISER_PENDING } from '../lib/dom/agent-names';
import { RECOGNISER_GLOBAL, runRecogniserRequest } from '../lib/dom/recogniser';
import { registerAgent } from '../lib/dom/register-agent';

// Injected on demand (activeTab + scripting) into the top frame of a page without a mapping, when the
// user asks what its fields are. Registered like the page agent (see page-agent.ts).
export default defineUnlistedScript(() => registerAgent(RECOGNISER_GLOBAL, RECOGNISER_PENDING, runRecogniserRequest));
