// How an injected script makes itself callable in the extension's isolated world. `in` would also
// see elements the page names like the global (window's named properties); only an own property
// that is our function counts.

/** Registers `run` under `name` (once per document), then answers the request left waiting under
 * `pending`, if any: its answer is the script's completion value, which executeScript returns. */
export function registerAgent<Q, A>(name: string, pending: string, run: (request: Q) => A): A | undefined {
  const scope = globalThis as Record<string, unknown>;
  const own = Object.hasOwn(scope, name) ? scope[name] : undefined;
  if (typeof own !== 'function') Object.defineProperty(scope, name, { value: run, configurable: false, writable: false });
  const agent = (typeof own === 'function' ? own : run) as (request: Q) => A;
  if (!Object.hasOwn(scope, pending)) return undefined;
  const request = scope[pending] as Q;
  delete scope[pending];
  return agent(request);
}
