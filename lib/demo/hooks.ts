import { saveProfile, clearProfile } from '../vault/profile-store';
import { SAMPLE_PROFILE } from './sample-profile';

/** Demo/test builds only: lets the demo launcher and end-to-end tests seed or clear the profile
 * from the service worker console. Production builds never call this. */
export function installDemoHooks(): void {
  Object.assign(globalThis, {
    tetsuzukiPadDemo: {
      seedSampleProfile: () => saveProfile(SAMPLE_PROFILE),
      clearProfile,
    },
  });
}
