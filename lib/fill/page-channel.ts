import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { AgentRefusal, AgentRequest, CollectResult, InsertResult, OutlineResult, RecogniseResult, RecordResult } from '../plan/types';
import { AGENT_FILE, AGENT_GLOBAL, RECOGNISER_FILE, RECOGNISER_GLOBAL } from '../dom/agent-names';
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

/** The script that answers a request, and the name it registers under in the isolated world:
 * recognition has its own (larger) script, loaded only when a page is recognised. */
function scriptFor(op: AgentRequest['op']): { file: typeof AGENT_FILE | typeof RECOGNISER_FILE; global: string } {
  return op === 'recognise' ? { file: RECOGNISER_FILE, global: RECOGNISER_GLOBAL } : { file: AGENT_FILE, global: AGENT_GLOBAL };
}

// Runs in the page's isolated world; it must not reference anything outside its own body.
function callAgent(request: AgentRequest, name: string): unknown {
  const agent = Object.hasOwn(globalThis, name) ? (globalThis as Record<string, unknown>)[name] : undefined;
  return typeof agent === 'function' ? agent(request) : { ok: false, error: 'no-agent' };
}

function isNoAgent(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { error?: unknown }).error === NO_AGENT;
}

/** Per script, the tabs whose agent has answered: their current document is asked before injecting again. */
const agentTabs = new Set<string>();

export function tabChannel(tabId: number): PageChannel {
  // Pinning to a document means a tab that navigated meanwhile gets nothing: Chrome refuses to
  // inject into a document that is gone.
  const targetOf = (documentId?: string) =>
    (documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] }) as { tabId: number; frameIds: number[] };

  async function call(request: AgentRequest, documentId?: string): Promise<{ raw: unknown; documentId?: string }> {
    const [result] = await browser.scripting.executeScript({
      target: targetOf(documentId),
      func: callAgent,
      args: [request, scriptFor(request.op).global],
    });
    const answered = (result as { documentId?: string } | undefined)?.documentId;
    return { raw: result?.result, ...(answered ? { documentId: answered } : {}) };
  }

  return {
    async send(request, documentId) {
      // Where the tab's agent answered before, the current document is asked first (it usually
      // still has the agent). Elsewhere the agent is injected first. Later requests of a fill are
      // pinned to the document that answered, so a page that navigated in between gets nothing.
      const script = scriptFor(request.op);
      const known = `${tabId} ${script.file}`;
      let answer: { raw: unknown; documentId?: string } | undefined;
      let pinned = documentId;
      if (documentId !== undefined || agentTabs.has(known)) {
        answer = await call(request, documentId);
        pinned ??= answer.documentId;
      }
      if (!answer || isNoAgent(answer.raw)) {
        const [injected] = await browser.scripting.executeScript({ target: targetOf(pinned), files: [script.file] });
        pinned ??= (injected as { documentId?: string } | undefined)?.documentId;
        answer = await call(request, pinned);
      }
      if (!isNoAgent(answer.raw)) agentTabs.add(known);
      const reply: ChannelReply<AgentReplyOf<typeof request>> = { response: parseAgentReply<typeof request>(request.op, answer.raw) };
      if (answer.documentId) reply.documentId = answer.documentId;
      return reply;
    },
  };
}
