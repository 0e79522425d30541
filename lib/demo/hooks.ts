import { providers } from '../../providers';
import { grantConsent } from '../procedures/consent';
import { updateProcedureRecord } from '../vault/procedure-store';
import { HOUSEHOLD_MEMBER_KEYS, PROFILE_KEYS } from '../profile/keys';
import { saveProfile, clearProfile } from '../vault/profile-store';
import { SAMPLE_PROFILE } from './sample-profile';

const EVERY_KEY = [...PROFILE_KEYS, ...Array.from({ length: 10 }, (_, i) => HOUSEHOLD_MEMBER_KEYS.map((k) => `household[${i}].${k}`)).flat()];

/** Demo/test builds only: lets the demo launcher and end-to-end tests seed or clear the profile
 * from the service worker console. Production builds never call this. */
export function installDemoHooks(): void {
  Object.assign(globalThis, {
    tetsuzukiPadDemo: {
      seedSampleProfile: () => saveProfile(SAMPLE_PROFILE),
      /** As if the user had already agreed to fill these sites (and every demo provider's). */
      grantConsent: (extraOrigins: string[] = []) =>
        updateProcedureRecord((record) =>
          [...providers.flatMap((p) => p.origins), ...extraOrigins].reduce((r, origin) => grantConsent(r, origin, origin, EVERY_KEY, new Date().toISOString()), record),
        ),
      clearProfile,
    },
  });
}
