// The names the injected scripts register their entry functions under in the extension's isolated
// world (page scripts live in another world and cannot see them), and the files that do so. Shared
// by the scripts themselves and the channel that calls them.

/** The fill: collect, insert, outline, record. */
export const AGENT_GLOBAL = '__tetsuzukiPadAgent';
export const AGENT_FILE = '/page-agent.js';

/** Recognition (the classifier, much larger than the fill), loaded only when a page is recognised. */
export const RECOGNISER_GLOBAL = '__tetsuzukiPadRecogniser';
export const RECOGNISER_FILE = '/recognise-agent.js';
