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
  const agent = (globalThis as Record<string, unknown>).__tetsuzukiPadAgent;
  return typeof agent === 'function' ? agent(request) : { ok: false, error: 'no-agent' };
}

export function tabChannel(tabId: number): PageChannel {
  async function call(request: AgentRequest, documentId?: string): Promise<ChannelReply> {
    // Pinning to the collected document means a tab that navigated meanwhile gets nothing:
    // Chrome refuses to inject into a document that is gone.
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
    const [result] = await browser.scripting.executeScript({
      target: target as { tabId: number; frameIds: number[] },
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
      const target = pinned ? { tabId, documentIds: [pinned] } : { tabId, frameIds: [0] };
      await browser.scripting.executeScript({ target: target as { tabId: number; frameIds: number[] }, files: ['/page-agent.js'] });
      return call(request, pinned);
    },
  };
}
