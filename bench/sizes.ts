import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Sizes of the production Chrome build (.output/chrome-mv3) and its packed zip (`wxt zip`).

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every file a page loads at start: the html, its scripts, module preloads and style sheets, and the
 * chunks those scripts import statically. */
export function pageFiles(buildDir: string, html: string): string[] {
  const files = new Set<string>([join(buildDir, html)]);
  const source = readFileSync(join(buildDir, html), 'utf8');
  const queue: string[] = [];
  for (const m of source.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)) queue.push(join(buildDir, m[1]));
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const js = readFileSync(file, 'utf8');
    for (const m of js.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) queue.push(resolve(dirname(file), m[1]));
  }
  return Array.from(files);
}

export function pageGzipBytes(buildDir: string, html: string): number {
  return pageFiles(buildDir, html).reduce((n, f) => n + gzipBytes(f), 0);
}

export function chromeZip(outputDir: string): string {
  const zips = readdirSync(outputDir).filter((f) => f.endsWith('-chrome.zip'));
  if (zips.length === 0) throw new Error(`no *-chrome.zip in ${outputDir}: run "npx wxt zip"`);
  return join(outputDir, zips.sort((a, b) => statSync(join(outputDir, b)).mtimeMs - statSync(join(outputDir, a)).mtimeMs)[0]);
}

export function buildSizes(root: string): Record<'inject_script_gzip_bytes' | 'recognise_script_gzip_bytes' | 'popup_gzip_bytes' | 'options_gzip_bytes' | 'zip_bytes', number> {
  const build = join(root, '.output/chrome-mv3');
  return {
    inject_script_gzip_bytes: gzipBytes(join(build, 'page-agent.js')),
    recognise_script_gzip_bytes: gzipBytes(join(build, 'recognise-agent.js')),
    popup_gzip_bytes: pageGzipBytes(build, 'popup.html'),
    options_gzip_bytes: pageGzipBytes(build, 'options.html'),
    zip_bytes: statSync(chromeZip(join(root, '.output'))).size,
  };
}
