import type { AgentRefusal, AgentRequest, RecogniseResult } from '../plan/types';
import { recognisePage } from './recognise-page';

/** Name of the function the recognition script leaves in the extension's isolated world, loaded only
 * into pages without a mapping when the user asks for a guess. */
export const RECOGNISER_GLOBAL = '__tetsuzukiPadRecogniser';

export function runRecogniserRequest(request: AgentRequest): RecogniseResult | AgentRefusal {
  if (!request || typeof request !== 'object' || request.op !== 'recognise') return { ok: false, error: 'bad-request' };
  return recognisePage(request);
}
