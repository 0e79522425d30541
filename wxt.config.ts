import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { ensureIcons, ICON_SIZES } from './scripts/build-icons';
import { ensurePostalIndex, POSTAL_INDEX_DIR } from './scripts/build-postal-index';

// Demo/test builds (`--mode demo`) may reach the embedded demo sites on 127.0.0.1 (and the same
// loopback sites under *.localhost names, which the tests use as sites without a mapping), and the
// https test origin shop.example (a reserved name the tests answer from fixtures), without a user
// gesture so that end-to-end tests can drive the popup. Production builds never get this.
const DEMO_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://*.localhost/*', 'https://shop.example/*'];

const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  imports: false,
  hooks: {
    // The offline postal index is generated from an npm package at build time (never committed) and
    // shipped as /postal/*.json.gz, loaded lazily by the extension's own pages.
    'build:before': async () => {
      await ensurePostalIndex();
      await ensureIcons();
    },
    'build:publicAssets': async (_wxt, files) => {
      for (const [i, file] of (await ensureIcons()).entries()) files.push({ absoluteSrc: file, relativeDest: `icon/${ICON_SIZES[i]}.png` });
      for (const name of await readdir(POSTAL_INDEX_DIR)) {
        if (name.endsWith('.json.gz')) files.push({ absoluteSrc: join(POSTAL_INDEX_DIR, name), relativeDest: `postal/${name}` });
      }
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({
    // The extension pages are Preact components (JSX compiled by esbuild, no extra plugin).
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      rollupOptions: {
        // zod 4 ships `@__PURE__` comments in places Rollup cannot use; the warning is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'demo' ? { host_permissions: DEMO_HOST_PERMISSIONS } : {}),
    icons: ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    commands: {
      'fill-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFillPage__',
      },
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tetsuzuki-pad@tetsuzuki-pad.jp',
              // data_collection_permissions (declaring that nothing is collected) needs 140 / 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
