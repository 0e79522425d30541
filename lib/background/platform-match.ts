import type { PageChannel } from '../fill/page-channel';
import type { Provider, ProviderPage } from '../providers/schema';

// Platform providers (EC-CUBE…) carry no origin: a page counts as a platform page when every selector
// of its signature finds exactly one element. The agent's own collect step answers that, so the page
// learns nothing but the selectors of a public template.

export interface PlatformMatch {
  provider: Provider;
  page: ProviderPage;
}

export async function matchPlatform(
  channel: PageChannel,
  expected: { origin: string; path: string },
  platforms: readonly Provider[],
): Promise<PlatformMatch | null> {
  for (const provider of platforms) {
    for (const page of provider.pages) {
      const signature = page.signature ?? [];
      if (signature.length === 0) continue;
      const reply = await channel.send({ op: 'collect', expected, fields: signature.map((s, i) => ({ id: `s${i}`, selectors: [s] })) });
      const found = reply.response;
      if (found?.ok && 'url' in found && found.fields.every((f) => f.status === 'found')) return { provider, page };
    }
  }
  return null;
}
