import type { AgentRefusal, AgentRequest, RecogniseResult } from '../plan/types';
import { recognisePage } from './recognise-page';

export { RECOGNISER_GLOBAL } from './agent-names';

export function runRecogniserRequest(request: AgentRequest): RecogniseResult | AgentRefusal {
  if (!request || typeof request !== 'object' || request.op !== 'recognise') return { ok: false, error: 'bad-request' };
  return recognisePage(request);
}
