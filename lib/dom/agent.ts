import type { AgentRefusal, AgentRequest, CollectResult, InsertResult } from '../plan/types';
import { collectFields } from './collect';
import { insertFields } from './insert';

/** Name of the function the page agent leaves in the extension's isolated world. Page scripts live in
 * another JavaScript world and cannot see or call it. */
export const AGENT_GLOBAL = '__tetsuzukiPadAgent';

export type AgentResponse = CollectResult | InsertResult | AgentRefusal;

export function runAgentRequest(request: AgentRequest): AgentResponse {
  if (!request || typeof request !== 'object') return { ok: false, error: 'bad-request' };
  if (request.op === 'collect') return collectFields(request);
  if (request.op === 'insert') return insertFields(request);
  return { ok: false, error: 'bad-request' };
}
