// npm run providers:check                         every provider's test cases, filled in headless Chromium
// npm run providers:check -- --dir DIR            also the provider files in DIR (one being written)
// npm run providers:check -- --provider ID        only that provider
// npm run providers:check -- --page FILE.html --provider ID [--path /x]
//                                                 a freshly saved page against an existing mapping:
//                                                 what drifted (missing, ambiguous, refused fields)

import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { requireChromium } from './lib/find-chromium';
import { checkPage, likeliestPage, type PageCheck } from './lib/provider-check';
import { fixtureFile, providerFilesIn, repoProviderFiles } from './lib/provider-files';
import { validateAll } from './validate-providers';

function usage(message?: string): never {
  if (message) console.error(message);
  console.error('usage: npm run providers:check [-- --dir DIR] [--provider ID] [--page FILE.html --provider ID [--path /x]]');
  process.exit(2);
}

const args = process.argv.slice(2);
const dirs: string[] = [];
let only: string | undefined;
let pageFile: string | undefined;
let pagePath: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const next = () => args[++i] ?? usage(`${arg} needs a value`);
  if (arg === '--dir') dirs.push(resolve(next()));
  else if (arg === '--provider') only = next();
  else if (arg === '--page') pageFile = resolve(next());
  else if (arg === '--path') pagePath = next();
  else usage(`unknown argument ${arg}`);
}
if (pageFile && !only) usage('--page needs --provider ID (the mapping to check the page against)');

function printCheck(check: PageCheck, label: string): boolean {
  const ok = !check.error && check.problems.length === 0;
  const head = `${ok ? 'PASS' : 'FAIL'}  ${check.providerId} ${check.pageId} ${check.path}`;
  if (check.error) console.log(`${head} — the page refused the fill: ${check.error}`);
  else console.log(`${head} — ${check.filled} filled${ok ? '' : `, ${check.problems.length} problem(s)`} (${label})`);
  for (const p of check.problems) {
    console.log(`      ${p.key}${p.part === undefined ? '' : ` part ${p.part}`} (${p.selector}): ${p.problem}`);
  }
  return ok;
}

async function main(): Promise<number> {
  const { loaded, errors } = await validateAll([...repoProviderFiles(), ...dirs.flatMap(providerFilesIn)]);
  for (const e of errors) console.log(`FAIL  ${e}`);
  const invalid = errors.length;
  const chosen = only ? loaded.filter((l) => l.provider.id === only) : loaded;
  if (only && chosen.length === 0) usage(`no provider with id ${only}`);

  const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1100, height: 1400 } });
  let failed = invalid;
  let passed = 0;
  try {
    if (pageFile) {
      const { provider } = chosen[0];
      const page = pagePath ? provider.pages.find((p) => p.path === pagePath) ?? usage(`${provider.id} has no page ${pagePath}`) : await likeliestPage(context, provider, pageFile);
      const check = await checkPage({ context, provider, page, fixture: pageFile });
      if (printCheck(check, `drift check of ${pageFile}`)) {
        passed += 1;
        console.log('No drift: every mapped field was found once, visible, and took its value.');
      } else failed += 1;
    } else {
      for (const item of chosen) {
        const { tests } = item;
        if (tests.length === 0) console.log(`SKIP  ${item.provider.id} — no test cases in ${item.shown}`);
        for (const test of tests) {
          const page = item.provider.pages.find((p) => p.id === test.page)!;
          const check = await checkPage({ context, provider: item.provider, page, fixture: fixtureFile(item, test.fixture), test });
          if (printCheck(check, test.fixture)) passed += 1;
          else failed += 1;
        }
      }
    }
  } finally {
    await context.close();
    await browser.close();
  }
  console.log(`\nproviders:check: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
