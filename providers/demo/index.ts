import type { Provider } from '../../lib/providers/schema';
import demoDenki from './demo-denki';
import demoGas from './demo-gas';
import demoSuido from './demo-suido';
import demoTenkyo from './demo-tenkyo';
import testHostile from './test-hostile';
import benchForty from './bench-forty';

// Demo providers: fictional sites served on 127.0.0.1 by `npm start` and the tests. Present only in
// demo/test builds (see ../index.ts).
export const demoProviders: Provider[] = [demoDenki, demoGas, demoSuido, demoTenkyo];
demoProviders.push(testHostile); // tests/e2e/hostile: security tests only
demoProviders.push(benchForty); // bench/fill.bench.ts: the 40-field timing form
