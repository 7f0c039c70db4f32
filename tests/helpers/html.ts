// Reading built pages in tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Page {
  path: string;
  html: string;
}

/** Every HTML page under the site folder, by path relative to it. */
export function pages(site: string): Page[] {
  return readdirSync(site, { recursive: true })
    .map(String)
    .filter((p) => p.endsWith('.html') && !p.startsWith('pagefind'))
    .map((path) => ({ path: path.split('\\').join('/'), html: readFileSync(join(site, path), 'utf8') }));
}

/** The text between the first opening tag matching `open` and its closing `close`. */
export function between(html: string, open: RegExp, close: string): string | undefined {
  const m = open.exec(html);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  return html.slice(start, html.indexOf(close, start));
}

export function decodeEntities(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A page without its JSON-LD block (data for search engines, never run), once that block is checked
 * to be JSON with no `<` in it that could close the script element.
 */
export function withoutJsonLd(html: string): string {
  return html.replace(/<script type="application\/ld\+json">([^]*?)<\/script>/g, (_, json: string) => {
    if (json.includes('<')) throw new Error(`JSON-LD holds a '<': ${json}`);
    JSON.parse(json);
    return '';
  });
}
