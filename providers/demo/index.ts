import type { Provider } from '../../lib/providers/schema';
import demoDenki from './demo-denki';
import demoGas from './demo-gas';
import demoSuido from './demo-suido';
import demoTenkyo from './demo-tenkyo';
import testHostile from './test-hostile';

// Demo providers: fictional sites served on 127.0.0.1 by `npm start` and the tests. Present only in
// demo/test builds (see ../index.ts).
export const demoProviders: Provider[] = [demoDenki, demoGas, demoSuido, demoTenkyo];
demoProviders.push(testHostile); // tests/e2e/hostile: security tests only
