// Writes lib/formats/phone-metadata.jp.json: the Japan slice of libphonenumber-js's own metadata,
// so the extension carries a few kilobytes instead of every country's rules.
// Run after upgrading libphonenumber-js: npx tsx scripts/build-phone-metadata.ts
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface PhoneMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
}

export const PHONE_METADATA_PATH = fileURLToPath(
  new URL('../lib/formats/phone-metadata.jp.json', import.meta.url),
);

/** The JP-only metadata derived from the installed package. */
export async function japanPhoneMetadata(): Promise<PhoneMetadata> {
  const require = createRequire(import.meta.url);
  const full = JSON.parse(
    await readFile(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'),
  ) as PhoneMetadata;
  return {
    version: full.version,
    country_calling_codes: { '81': ['JP'] },
    countries: { JP: full.countries.JP },
  };
}

async function main(): Promise<void> {
  const metadata = await japanPhoneMetadata();
  await writeFile(PHONE_METADATA_PATH, `${JSON.stringify(metadata)}\n`);
  console.log(`wrote ${PHONE_METADATA_PATH}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
