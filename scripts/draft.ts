// npm run draft -- PAGE.html [--url URL]   prints a provider mapping file draft for the page
// npm run draft -- --json PAGE.html        prints {"fields":[{selector,key,part,confidence}]}
// npm run draft -- --explain PAGE.html     prints, per field, the guess and the ids of the rules that fired

import { basename } from 'node:path';
import { classifyFields } from '../lib/recognise';
import { loadPage } from './lib/load-page';
import { renderFieldsJson, renderProviderDraft } from './lib/provider-draft';
import { renderExplanation } from '../lib/recognise/explain';

function usage(): never {
  console.error('usage: npm run draft -- [--json | --explain] PAGE.html [--url https://www.example.co.jp/move/form]');
  process.exit(2);
}

const args = process.argv.slice(2);
let json = false;
let explain = false;
let url: string | undefined;
let page: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--json') json = true;
  else if (arg === '--explain') explain = true;
  else if (arg === '--url') url = args[++i] ?? usage();
  else if (arg.startsWith('--url=')) url = arg.slice(6);
  else if (!arg.startsWith('-') && !page) page = arg;
  else usage();
}
if (!page) usage();
if (url && !/^https:\/\//.test(url)) {
  console.error('--url must be an https URL');
  process.exit(2);
}

const parsed = loadPage(page, url);
const fields = classifyFields(parsed.document);
if (explain) process.stdout.write(renderExplanation(fields));
else if (json) process.stdout.write(`${renderFieldsJson(fields)}\n`);
else
  process.stdout.write(
    renderProviderDraft({
      fields,
      document: parsed.document,
      url,
      pageName: basename(page).replace(/\.(?:html?|tpl)$/, ''),
      today: new Date().toISOString().slice(0, 10),
    }),
  );
await parsed.close();
