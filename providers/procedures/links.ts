import { demoProcedureLinks } from './demo-links';

/** Provider links added in demo and test builds only; production bundles never contain them. */
export const extraProviderLinks: Readonly<Record<string, string[]>> =
  import.meta.env.MODE === 'demo' || import.meta.env.MODE === 'test' ? demoProcedureLinks : {};
