import type { Provider } from '../lib/providers/schema';
import { demoProviders } from './demo';

// The registry: every provider file is imported here explicitly. Real providers (https origins) are
// listed in `realProviders`; demo and test providers exist only in `--mode demo` builds.
const realProviders: Provider[] = [];

// Registered as plain copies: what runs is exactly the data that validation read (a module cannot
// hand out different values later).
export const providers: readonly Provider[] = structuredClone(
  import.meta.env.MODE === 'demo' || import.meta.env.MODE === 'test' ? [...realProviders, ...demoProviders] : realProviders,
);

export { realProviders };
