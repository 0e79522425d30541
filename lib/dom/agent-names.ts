// The names the injected scripts register their entry functions under in the extension's isolated
// world (page scripts live in another world and cannot see them), and the files that do so. Shared
// by the scripts themselves and the channel that calls them.

/** The fill: collect, insert, outline, record. */
export const AGENT_GLOBAL = '__tetsuzukiPadAgent';
export const AGENT_FILE = '/page-agent.js';

/** Recognition (the classifier, much larger than the fill), loaded only when a page is recognised. */
export const RECOGNISER_GLOBAL = '__tetsuzukiPadRecogniser';
export const RECOGNISER_FILE = '/recognise-agent.js';

/** Where a request waits for its script, per script: asked before the script is there, the request
 * is left in the isolated world and the script answers it as it loads (one round trip less). */
export const AGENT_PENDING = '__tetsuzukiPadAgentPending';
export const RECOGNISER_PENDING = '__tetsuzukiPadRecogniserPending';
