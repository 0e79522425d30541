import type { Provider } from '../../lib/providers/schema';
import benchForty from './bench-forty';
import demoDenki from './demo-denki';
import demoGas from './demo-gas';
import demoSeimei from './demo-seimei';
import demoSuido from './demo-suido';
import demoTenkyo from './demo-tenkyo';
import testHostile from './test-hostile';
import testTrust from './test-trust';

// Demo providers: fictional sites served on 127.0.0.1 by `npm start` and the tests. Present only in
// demo/test builds (see ../index.ts). `test-hostile` backs the security suite (tests/e2e/hostile) and
// `test-trust` the trust suite (tests/e2e/trust.spec.ts), `bench-forty` the 40-field fill benchmark; the demo portal does not list them.
export const demoProviders: Provider[] = [demoDenki, demoGas, demoSuido, demoTenkyo, demoSeimei, testHostile, testTrust, benchForty];

/** Providers that exist for the test suites only: never listed to a person (the options page). */
// A function, not a module-level Set: a bundle that never calls it can leave this module out.
export function isTestOnlyProvider(id: string): boolean {
  return id === testHostile.id || id === testTrust.id || id === benchForty.id;
}
