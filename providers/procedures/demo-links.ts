// Which catalog procedures the demo providers fill (demo and test builds only, like the providers
// themselves). Real providers are named in the catalog entry's own `providers`.
export const demoProcedureLinks: Record<string, string[]> = {
  electricity: ['demo-denki'],
  gas: ['demo-gas'],
  water: ['demo-suido'],
  'post-forwarding': ['demo-tenkyo'],
};
