import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PORTAL_PORT } from './lib/demo-server';
import { demoPageUrls, startDemoSites, UNMAPPED_SITE } from './lib/demo-sites';
import { requireChromium, type UiLanguage } from './lib/find-chromium';
import { launchWithExtension, seedSampleProfile, tabIdOf } from './lib/launch-extension';

// `npm start`: builds the demo extension, serves the fictional provider sites on 127.0.0.1, and
// opens Chromium with the extension and a sample profile. `npm start -- --headless` fills every demo
// page without a window and saves screenshots of the filled forms and the popup reports.
// `npm start -- --lang en` shows the extension's English UI.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-demo');
const argv = process.argv.slice(2);
const args = new Set(argv);
const wantsHeadless = args.has('--headless');
const langArg = argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? (argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : 'ja');
if (langArg !== 'ja' && langArg !== 'en') {
  console.error(`--lang takes ja or en (got ${langArg})`);
  process.exit(2);
}
const lang: UiLanguage = langArg;
const outDir = join(ROOT, 'demo-output');
/** Screenshot names carry the language when it is not the default. */
const shot = (name: string) => join(outDir, `${name}${lang === 'ja' ? '' : `-${lang}`}.png`);

function build(): void {
  if (args.has('--no-build')) return;
  console.log('Building the demo extension…');
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  const chromiumPath = requireChromium();
  const headless = wantsHeadless || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  if (headless && !wantsHeadless) console.log('No display found: running headless (same as --headless).');
  build();
  const sites = await startDemoSites({ busyPortWaitMs: 0 });
  const userDataDir = mkdtempSync(join(tmpdir(), 'tetsuzuki-pad-demo-'));
  const { context, worker, extensionId } = await launchWithExtension({ extensionDir: EXTENSION_DIR, userDataDir, headless, executablePath: chromiumPath, lang });
  const cleanup = async () => {
    await context.close().catch(() => {});
    await sites.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  if (!(await seedSampleProfile(worker))) throw new Error('could not store the sample profile');

  if (!headless) {
    const portal = context.pages()[0] ?? (await context.newPage());
    await portal.goto(`http://127.0.0.1:${PORTAL_PORT}/`);
    console.log(`\nDemo running. Chromium shows the demo portal (http://127.0.0.1:${PORTAL_PORT}/).`);
    console.log('Open a provider page, click the 手続きパッド toolbar button (pin it from the puzzle menu), then 「このページに入力」.');
    console.log('The sample profile is already stored. Close the browser or press Ctrl+C to stop.');
    context.on('close', () => void cleanup().then(() => process.exit(0)));
    process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));
    return;
  }

  mkdirSync(outDir, { recursive: true });
  for (const { providerId, pageId, url } of demoPageUrls()) {
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, url);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    await popup.locator('button.fill').click();
    await popup.locator('.report').waitFor();
    const counts = await popup.locator('.report-counts').innerText();
    await page.bringToFront();
    await page.screenshot({ path: shot(`${providerId}-${pageId}`), fullPage: true });
    await popup.locator('.fill-panel').screenshot({ path: shot(`${providerId}-${pageId}-report`) });
    console.log(`${providerId} / ${pageId}: ${counts}`);
    await popup.close();
    await page.close();
  }
  // The page without a mapping: what was recognised, then the report of the confirmed fill.
  const unmappedUrl = `http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}`;
  const page = await context.newPage();
  await page.goto(unmappedUrl);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await tabIdOf(worker, unmappedUrl)}`);
  await popup.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  await popup.locator('button.fill').click();
  await popup.locator('.guesses').waitFor();
  await popup.locator('.fill-panel').screenshot({ path: shot('unmapped-guesses') });
  // The user looks at the guesses that wait for a look and ticks those that are right: here every
  // one with a value, except the move date (the sample profile's date is not this page's).
  const preTicked = await popup.locator('.guess input[type=checkbox]:checked').count();
  const unticked = popup.locator('.guess:not([data-selector="#hikkoshi"]) input[type=checkbox]:not(:checked):not(:disabled)');
  const looked = await unticked.count();
  while ((await unticked.count()) > 0) await unticked.first().check();
  console.log(`unmapped / guessed: ${preTicked} ticked in advance, ${looked} ticked after a look`);
  await popup.locator('.guesses button.primary').click();
  await popup.locator('.report').waitFor();
  console.log(`unmapped / guessed: ${await popup.locator('.report-counts').innerText()}`);
  await page.bringToFront();
  await page.screenshot({ path: shot('unmapped-filled'), fullPage: true });

  console.log(`\nScreenshots saved in ${outDir}`);
  await cleanup();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
