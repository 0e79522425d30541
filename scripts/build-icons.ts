import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The toolbar and store icons are drawn once as SVG (assets/icon.svg) and rasterised at build time;
// no PNG is committed.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ICON_SOURCE = join(ROOT, 'assets/icon.svg');
export const ICON_DIR = join(ROOT, '.generated/icons');
export const ICON_SIZES = [16, 32, 48, 128] as const;

async function mtime(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return -1;
  }
}

/** Writes `.generated/icons/{size}.png` for every size, when the SVG is newer than the PNGs. */
export async function ensureIcons(): Promise<string[]> {
  const source = await mtime(ICON_SOURCE);
  const files = ICON_SIZES.map((size) => join(ICON_DIR, `${size}.png`));
  if ((await Promise.all(files.map(mtime))).every((m) => m >= source)) return files;
  const svg = await readFile(ICON_SOURCE, 'utf8');
  await mkdir(ICON_DIR, { recursive: true });
  for (const [i, size] of ICON_SIZES.entries()) {
    await writeFile(files[i], new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
  }
  return files;
}
