// Where the pipeline reads and writes, relative to the project folder.
import { join, resolve } from 'node:path';

export interface Paths {
  /** Raw article files. */
  articles: string;
  /** The built site. */
  site: string;
  /** Generated working files: the ingest cache, builds in progress. */
  work: string;
  cache: string;
  /** The last build's line for every article file. */
  report: string;
}

export function projectPaths(root = process.cwd(), articles = 'articles', site = '_site'): Paths {
  const work = resolve(root, '.clippings');
  return {
    articles: resolve(root, articles),
    site: resolve(root, site),
    work,
    cache: join(work, 'cache'),
    report: join(work, 'report.txt'),
  };
}
