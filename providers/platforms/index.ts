import type { Provider } from '../../lib/providers/schema';
import ecCube2 from './ec-cube-2';
import ecCube4 from './ec-cube-4';

// Platform providers: shop and member software used by many sites. They carry no origin; a page on
// any https origin whose form shows a page's signature is offered for a confirmed (guessed) fill.
export const platformProviders: Provider[] = [ecCube2, ecCube4];
