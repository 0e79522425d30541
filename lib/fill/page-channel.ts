import { browser } from 'wxt/browser';
import type { AgentResponse } from '../dom/agent';
import type { AgentRequest } from '../plan/types';

export interface ChannelReply {
  response: AgentResponse | undefined;
  /** The document that answered (Chrome); later requests are pinned to it. */
  documentId?: string;
}

/** Talks to the page agent of one tab's top frame. */
export interface PageChannel {
  send(request: AgentRequest, documentId?: string): Promise<ChannelReply>;
}

// Runs in the page's isolated world; it must not reference anything outside its own body.
function callAgent(request: AgentRequest): unknown {
  const agent = Object.hasOwn(globalThis, '__tetsuzukiPadAgent') ? (globalThis as Record<string, unknown>).__tetsuzukiPadAgent : undefined;
  return typeof agent === 'function' ? agent(request) : { ok: false, error: 'no-agent' };
}

export function tabChannel(tabId: number): PageChannel {
  // Pinning to a document means a tab that navigated meanwhile gets nothing: Chrome refuses to
  // inject into a document that is gone.
  const targetOf = (documentId?: string) =>
    (documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] }) as { tabId: number; frameIds: number[] };

  async function call(request: AgentRequest, documentId?: string): Promise<ChannelReply> {
    const [result] = await browser.scripting.executeScript({
      target: targetOf(documentId),
      func: callAgent,
      args: [request],
    });
    const reply: ChannelReply = { response: result?.result as AgentResponse | undefined };
    const answered = (result as { documentId?: string } | undefined)?.documentId;
    if (answered) reply.documentId = answered;
    return reply;
  }
  return {
    async send(request, documentId) {
      const first = await call(request, documentId);
      const missing = (first.response as { error?: string } | undefined)?.error === 'no-agent';
      if (!missing) return first;
      // First fill of this page: inject the agent once, then ask again — both pinned to the document
      // that answered, so a page that navigated in between gets nothing. Later fills reuse the agent.
      const pinned = documentId ?? first.documentId;
      await browser.scripting.executeScript({ target: targetOf(pinned), files: ['/page-agent.js'] });
      return call(request, pinned);
    },
  };
}
