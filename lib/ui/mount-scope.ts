// The life of one mounted view (an editor, an unlock form): listeners it puts outside its own
// elements (document, window) are registered with its signal and go when the view is replaced.

export class MountScope {
  private controller = new AbortController();

  /** Ends the previous view's life and starts a new one; returns the new view's signal. */
  renew(): AbortSignal {
    this.controller.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }
}

/** Demo/test builds only: counts calls of a named handler so that a test can see that one event
 * reaches one handler however often a view was re-mounted. Production builds drop the body. */
export function countHandlerCall(name: string): void {
  if (import.meta.env.MODE !== 'demo') return;
  const counts = ((globalThis as { __tetsuzukiPadHandlerCalls?: Record<string, number> }).__tetsuzukiPadHandlerCalls ??= {});
  counts[name] = (counts[name] ?? 0) + 1;
}
