import type { Provider } from '../lib/providers/schema';
import { demoProviders, isTestOnlyProvider } from './demo';
import { platformProviders as platformFiles } from './platforms';

// The registry: every provider file is imported here explicitly. Real providers (https origins) are
// listed in `realProviders`; demo and test providers exist only in `--mode demo` builds.
const realProviders: Provider[] = [];

// Registered as plain copies: what runs is exactly the data that validation read (a module cannot
// hand out different values later). A file's test cases are a separate export, never imported here.
function registered(list: Provider[]): readonly Provider[] {
  return structuredClone(list);
}

const DEMO = import.meta.env.MODE === 'demo' || import.meta.env.MODE === 'test';

export const providers: readonly Provider[] = registered(DEMO ? [...realProviders, ...demoProviders] : realProviders);

/** The providers a person sees listed (the options page): all but the test suites' own. The demo
 * module is referenced only under the build-time constant, so production bundles leave it out. */
export const listedProviders: readonly Provider[] = DEMO ? providers.filter((p) => !isTestOnlyProvider(p.id)) : providers;

/** Shop and member software matched by page signature on any https origin (always a confirmed fill). */
export const platformProviders: readonly Provider[] = registered(platformFiles);

export { realProviders };
