import type { AgentRefusal, AgentRequest, CollectResult, InsertResult, OutlineResult, RecordResult } from '../plan/types';
import { collectFields } from './collect';
import { insertFields } from './insert';
import { outlineForm } from './outline-form';
import { recordFields } from './record-fields';

export { AGENT_GLOBAL } from './agent-names';

export type AgentResponse = CollectResult | InsertResult | OutlineResult | RecordResult | AgentRefusal;

export function runAgentRequest(request: AgentRequest): AgentResponse {
  if (!request || typeof request !== 'object') return { ok: false, error: 'bad-request' };
  if (request.op === 'collect') return collectFields(request);
  if (request.op === 'insert') return insertFields(request);
  if (request.op === 'outline') return outlineForm(request);
  if (request.op === 'record') return recordFields(request);
  return { ok: false, error: 'bad-request' };
}
