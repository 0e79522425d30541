import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { AgentRefusal, AgentRequest, CollectResult, InsertResult, OutlineResult, RecogniseResult, RecordResult } from '../plan/types';
import { AGENT_FILE, AGENT_GLOBAL, AGENT_PENDING, RECOGNISER_FILE, RECOGNISER_GLOBAL, RECOGNISER_PENDING } from '../dom/agent-names';
import { agentRefusalSchema, collectResultSchema, insertResultSchema, outlineResultSchema, recogniseResultSchema, recordResultSchema } from '../plan/schemas';

/** What the agent answers to each request, by its `op`. */
export interface AgentReplies {
  collect: CollectResult;
  insert: InsertResult;
  recognise: RecogniseResult;
  outline: OutlineResult;
  record: RecordResult;
}

/** An answer that came back but is not what the agent answers to this request. */
export type MalformedReply = { ok: false; error: 'malformed-reply' };

export type AgentReplyOf<R extends AgentRequest> = AgentReplies[R['op']] | AgentRefusal | MalformedReply;

export interface ChannelReply<T = AgentReplyOf<AgentRequest>> {
  /** The agent's answer, validated; undefined when there was none. */
  response: T | undefined;
  /** The document that answered (Chrome); later requests are pinned to it. */
  documentId?: string;
}

/** Talks to the page agent of one tab's top frame. */
export interface PageChannel {
  send<R extends AgentRequest>(request: R, documentId?: string): Promise<ChannelReply<AgentReplyOf<R>>>;
}

const REPLY_SCHEMAS = {
  collect: collectResultSchema,
  insert: insertResultSchema,
  recognise: recogniseResultSchema,
  outline: outlineResultSchema,
  record: recordResultSchema,
} satisfies { [Op in AgentRequest['op']]: z.ZodType<AgentReplies[Op]> };

/** Reads what came back from the page's isolated world: the reply to `op`, a refusal, a malformed
 * reply, or undefined when nothing came back. */
export function parseAgentReply<R extends AgentRequest>(op: R['op'], raw: unknown): AgentReplyOf<R> | undefined {
  if (raw === undefined || raw === null) return undefined;
  const refusal = agentRefusalSchema.safeParse(raw);
  if (refusal.success) return refusal.data;
  const reply = REPLY_SCHEMAS[op].safeParse(raw);
  return reply.success ? (reply.data as AgentReplies[R['op']]) : { ok: false, error: 'malformed-reply' };
}

const NO_AGENT = 'no-agent';

/** The script that answers a request, the name it registers under in the isolated world and where a
 * request waits for it: recognition has its own (larger) script, loaded only when a page is recognised. */
function scriptFor(op: AgentRequest['op']): { file: typeof AGENT_FILE | typeof RECOGNISER_FILE; global: string; pending: string } {
  return op === 'recognise'
    ? { file: RECOGNISER_FILE, global: RECOGNISER_GLOBAL, pending: RECOGNISER_PENDING }
    : { file: AGENT_FILE, global: AGENT_GLOBAL, pending: AGENT_PENDING };
}

// Runs in the page's isolated world; it must not reference anything outside its own body. Where the
// script is not there yet, the request is left for it (`pending`, null for requests that must not
// wait: an insert carries values and only ever goes to the document that collected).
function callAgent(request: AgentRequest, name: string, pending: string | null): unknown {
  const scope = globalThis as Record<string, unknown>;
  const agent = Object.hasOwn(scope, name) ? scope[name] : undefined;
  if (typeof agent === 'function') return agent(request);
  if (pending) Object.defineProperty(scope, pending, { value: request, configurable: true, writable: true });
  return { ok: false, error: 'no-agent' };
}

function isNoAgent(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { error?: unknown }).error === NO_AGENT;
}

export function tabChannel(tabId: number): PageChannel {
  // Pinning to a document means a tab that navigated meanwhile gets nothing: Chrome refuses to
  // inject into a document that is gone.
  const targetOf = (documentId?: string) =>
    (documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] }) as { tabId: number; frameIds: number[] };

  async function call(request: AgentRequest, documentId?: string): Promise<{ raw: unknown; documentId?: string }> {
    const script = scriptFor(request.op);
    const [result] = await browser.scripting.executeScript({
      target: targetOf(documentId),
      func: callAgent,
      args: [request, script.global, request.op === 'insert' ? null : script.pending],
    });
    const answered = (result as { documentId?: string } | undefined)?.documentId;
    return { raw: result?.result, ...(answered ? { documentId: answered } : {}) };
  }

  return {
    async send(request, documentId) {
      // The document is asked first: it has the agent when it answered before. Where it has not, the
      // request waits there and the injected script answers it as it loads. Later requests of a fill
      // are pinned to the document that answered, so a page that navigated in between gets nothing.
      let answer = await call(request, documentId);
      const pinned = documentId ?? answer.documentId;
      if (isNoAgent(answer.raw)) {
        const [injected] = await browser.scripting.executeScript({ target: targetOf(pinned), files: [scriptFor(request.op).file] });
        const raw = (injected as { result?: unknown } | undefined)?.result;
        // An insert never waits for the script: its document lost the agent, and the request goes again.
        answer = request.op === 'insert' || raw === undefined ? await call(request, pinned) : { raw, ...(pinned ? { documentId: pinned } : {}) };
      }
      const reply: ChannelReply<AgentReplyOf<typeof request>> = { response: parseAgentReply<typeof request>(request.op, answer.raw) };
      if (answer.documentId) reply.documentId = answer.documentId;
      return reply;
    },
  };
}
