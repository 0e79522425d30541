import { providers } from '../../providers';
import { checkLookAlike, displayHost, isPunycode, registrableDomain } from '../match/look-alike';
import { OFFICIAL_DOMAINS } from '../match/official-domains';
import type { SiteIdentity } from '../messages';

/** Registrable domains a guessed-fill page must not imitate: every registered provider's and the
 * catalogued official ones. */
export function trustedDomains(): string[] {
  const fromProviders = providers.flatMap((p) => p.origins.map((o) => registrableDomain(new URL(o).hostname)));
  return [...new Set([...fromProviders, ...OFFICIAL_DOMAINS])];
}

/** Origins a guessed-fill page must not frame. */
export function guardedOrigins(): string[] {
  const origins = providers.flatMap((p) => p.origins);
  for (const domain of OFFICIAL_DOMAINS) origins.push(`https://${domain}`, `https://www.${domain}`);
  return [...new Set(origins)];
}

/** Plain http, except loopback addresses, which browsers also treat as a secure context. */
export function isInsecure(url: URL): boolean {
  if (url.protocol !== 'http:') return false;
  const host = url.hostname;
  return !(host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host));
}

/** How the popup names a page's site before a guessed fill. */
export function siteIdentity(url: URL): SiteIdentity {
  const host = url.hostname;
  return {
    domain: displayHost(registrableDomain(host)),
    host: displayHost(host),
    punycode: isPunycode(host),
    insecure: isInsecure(url),
    imitates: checkLookAlike(host, trustedDomains())?.imitates ?? null,
  };
}
