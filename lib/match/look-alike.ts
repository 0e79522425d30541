import { remove as skeleton } from 'confusables';
import { toUnicode } from 'punycode/punycode.js';
import { getDomain, getDomainWithoutSuffix, getPublicSuffix } from 'tldts';

// Hosts that imitate a trusted site: a registered provider's or an official domain. A guessed fill
// can happen on any page, so the popup warns when the page's host looks like one of those without
// being it (or a subdomain of it), and then ticks nothing in advance.

export type LookAlikeKind = 'extra-labels' | 'one-edit' | 'confusable';

export interface LookAlike {
  /** The trusted registrable domain the host imitates. */
  imitates: string;
  kind: LookAlikeKind;
}

/** The host as a person reads it: each punycode label decoded. */
export function displayHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  try {
    return toUnicode(lower);
  } catch {
    return lower;
  }
}

export function isPunycode(host: string): boolean {
  return host.toLowerCase().split('.').some((label) => label.startsWith('xn--'));
}

/** The registrable domain (eTLD+1) of a host; an IP address or a bare suffix stands for itself. */
export function registrableDomain(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return getDomain(lower, { allowPrivateDomains: true }) ?? lower;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  // One substitution, insertion, deletion, or a swap of two neighbours.
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) ||
    restA.slice(1) === restB ||
    restA === restB.slice(1) ||
    (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
  );
}

/** ASCII look of a label: Unicode confusables (Cyrillic а, Greek ο, fullwidth letters…) mapped to the
 * Latin letters they imitate. */
function look(text: string): string {
  return skeleton(text.normalize('NFKC')).toLowerCase();
}

interface Trusted {
  domain: string;
  /** The domain without its public suffix ("tepco" for "tepco.co.jp"). */
  name: string;
  labels: string[];
}

function trustedEntry(domain: string): Trusted {
  const lower = domain.toLowerCase();
  return { domain: lower, name: getDomainWithoutSuffix(lower, { allowPrivateDomains: true }) ?? lower, labels: lower.split('.') };
}

function containsLabels(labels: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= labels.length; i++) if (run.every((l, j) => labels[i + j] === l)) return true;
  return false;
}

const MIN_NAME = 4;

/**
 * Whether `host` imitates one of the `trusted` registrable domains. The trusted domains and their
 * subdomains pass; so does any host whose registrable domain has nothing to do with them.
 */
export function checkLookAlike(host: string, trusted: readonly string[]): LookAlike | null {
  const raw = host.toLowerCase().replace(/\.$/, '');
  if (!raw) return null;
  const shown = displayHost(raw);
  const domain = registrableDomain(raw);
  const entries = [...new Set(trusted.map((d) => d.toLowerCase()))].map(trustedEntry);
  if (entries.some((t) => t.domain === domain)) return null;

  const shownLabels = look(shown).split('.');
  const suffix = getPublicSuffix(raw, { allowPrivateDomains: true }) ?? '';
  const name = getDomainWithoutSuffix(raw, { allowPrivateDomains: true }) ?? domain;
  const shownName = look(displayHost(name));
  const shownDomain = look(displayHost(domain));

  // Strongest signs first, over every trusted domain, so the warning names the site most imitated.
  for (const t of entries) {
    // The whole trusted domain written inside another domain: example.co.jp.evil.test, example-co-jp.evil.test.
    if (containsLabels(shownLabels, t.labels) || (t.labels.length > 1 && shownLabels.some((l) => l.includes(t.labels.join('-'))))) {
      return { imitates: t.domain, kind: 'extra-labels' };
    }
  }
  for (const t of entries) {
    // Characters that look like the trusted ones: tеpco.co.jp with a Cyrillic е.
    if (shownDomain === t.domain || (isPunycode(raw) && shownName === t.name)) return { imitates: t.domain, kind: 'confusable' };
  }
  for (const t of entries) {
    if (t.name.length < MIN_NAME) continue;
    // One character away (tepc0.co.jp, tepcoo.co.jp, tpeco.co.jp), or the same name under another suffix.
    if (withinOneEdit(shownName, t.name) && (shownName !== t.name || suffix !== getPublicSuffix(t.domain))) {
      return { imitates: t.domain, kind: shownName === t.name ? 'extra-labels' : isPunycode(raw) ? 'confusable' : 'one-edit' };
    }
    // The trusted name as a label of some other site: tepco.evil.test, login-tepco.test.
    if (shownLabels.slice(0, -1).some((l) => l === t.name || l.split('-').includes(t.name))) return { imitates: t.domain, kind: 'extra-labels' };
  }
  return null;
}
