import type { Provider, ProviderPage } from '../providers/schema';

export interface PageMatch {
  provider: Provider;
  page: ProviderPage;
}

function normalisePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** The provider page a URL belongs to, by exact origin (scheme, host and port) and exact path.
 * Query and fragment are ignored; a lookalike host, another port or http-for-https never matches. */
export function matchUrl(url: string, providers: readonly Provider[]): PageMatch | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password) return null;
  const path = normalisePath(parsed.pathname);
  for (const provider of providers) {
    if (!provider.origins.includes(parsed.origin)) continue;
    const page = provider.pages.find((p) => normalisePath(p.path) === path);
    if (page) return { provider, page };
  }
  return null;
}

/** Whether a URL is still the same provider page as a match (the tab may have navigated). */
export function isSamePage(url: string, match: PageMatch): boolean {
  const again = matchUrl(url, [match.provider]);
  return again !== null && again.page.id === match.page.id;
}
