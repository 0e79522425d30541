import { readFileSync } from 'node:fs';
import { parseHtml, type ParsedPage } from './parse-html';
import { renderEcCubeTemplate } from './render-smarty';

/** Reads a page from disk; EC-CUBE `.tpl` templates are rendered to HTML first. */
export function readPageSource(path: string): string {
  return path.endsWith('.tpl') ? renderEcCubeTemplate(path) : readFileSync(path, 'utf8');
}

export function loadPage(path: string, url?: string): ParsedPage {
  return parseHtml(readPageSource(path), url);
}
