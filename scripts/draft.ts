// npm run draft -- PAGE.html [--url URL] [--out providers/ID.ts]
//                                          a provider mapping file draft for the page, valid as it is
// npm run draft -- --json PAGE.html        prints {"fields":[{selector,key,part,confidence}]}
// npm run draft -- --explain PAGE.html     prints, per field, the guess and the ids of the rules that fired

import { writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { classifyFields } from '../lib/recognise';
import { loadPage } from './lib/load-page';
import { NothingToDraftError, renderFieldsJson, renderProviderDraft } from './lib/provider-draft';
import { renderExplanation } from '../lib/recognise/explain';
import { applyLearnedCalibration, describeCalibration } from '../lib/recognise/calibrate';

function usage(): never {
  console.error('usage: npm run draft -- [--json | --explain] PAGE.html [--url https://www.example.co.jp/move/form] [--out providers/ID.ts]');
  process.exit(2);
}

const args = process.argv.slice(2);
let json = false;
let explain = false;
let url: string | undefined;
let page: string | undefined;
let out: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--json') json = true;
  else if (arg === '--explain') explain = true;
  else if (arg === '--url') url = args[++i] ?? usage();
  else if (arg.startsWith('--url=')) url = arg.slice(6);
  else if (arg === '--out') out = args[++i] ?? usage();
  else if (arg.startsWith('--out=')) out = arg.slice(6);
  else if (!arg.startsWith('-') && !page) page = arg;
  else usage();
}
if (!page) usage();
if (url && !/^https:\/\//.test(url)) {
  console.error('--url must be an https URL');
  process.exit(2);
}

const parsed = loadPage(page, url);
// --explain classifies once with the hand-written verdicts, says what the learned calibration makes
// of them, then applies it, as classifyFields does.
const fields = classifyFields(parsed.document, { handCalibration: explain });
if (explain) {
  const calibration = describeCalibration(fields);
  applyLearnedCalibration(fields);
  process.stdout.write(renderExplanation(fields, calibration));
  await parsed.close();
  process.exit(0);
}
const inRepo = relative(process.cwd(), resolve(page));
let text: string;
try {
  text = json
  ? `${renderFieldsJson(fields)}\n`
  : renderProviderDraft({
      fields,
      document: parsed.document,
      url,
      pageName: basename(page).replace(/\.(?:html?|tpl)$/, ''),
      today: new Date().toISOString().slice(0, 10),
      ...(inRepo.startsWith('tests/fixtures/sites/') ? { fixture: inRepo } : {}),
    });
} catch (err) {
  if (!(err instanceof NothingToDraftError)) throw err;
  console.error(`draft: ${err.message}`);
  await parsed.close();
  process.exit(1);
}
if (out) {
  writeFileSync(out, text);
  const checks = text.split('\n').filter((l) => l.includes('// check:')).length;
  console.log(`saved ${out}: ${fields.filter((f) => f.key).length} keyed field(s), ${checks} line(s) marked "// check:"`);
} else {
  // npm writes its own "> tetsuzuki-pad draft" lines to standard output: saving with --out avoids them.
  if (!process.stdout.isTTY && !json) console.error('tip: npm run draft -- PAGE --out providers/ID.ts saves the draft without npm\'s own lines');
  process.stdout.write(text);
}
await parsed.close();
