import type { Procedure } from '../../lib/providers/procedure-schema';
import children from './children';
import government from './government';
import lifeEvents from './life-events';
import life from './life';
import money from './money';
import utilities from './utilities';
import vehicle from './vehicle';

// The registry of catalog modules, imported explicitly. Validated by `npm run providers:validate`
// and the unit tests; at run time parsed once by lib/procedures/catalog.

export const catalogModules = [
  { file: 'providers/procedures/government.ts', entries: government },
  { file: 'providers/procedures/children.ts', entries: children },
  { file: 'providers/procedures/vehicle.ts', entries: vehicle },
  { file: 'providers/procedures/utilities.ts', entries: utilities },
  { file: 'providers/procedures/money.ts', entries: money },
  { file: 'providers/procedures/life.ts', entries: life },
  { file: 'providers/procedures/life-events.ts', entries: lifeEvents },
] as const;

export type { Procedure };
