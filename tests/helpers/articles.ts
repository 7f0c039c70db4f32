// An article's metadata for unit tests: every field ingest gives, with plain defaults a test overrides.
import { createHash } from 'node:crypto';
import type { ArticleMeta } from '../../src/article.ts';
import { fingerprint } from '../../src/ingest/fingerprint.ts';

export function articleMeta(title: string, fields: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    sourceFile: `${title}.txt`,
    sha256: createHash('sha256').update(title).digest('hex'),
    title,
    titleDerived: false,
    summary: '',
    topics: [],
    wordCount: 50,
    fingerprint: fingerprint([title]),
    confidence: { body: 1, title: 1 },
    warnings: [],
    ...fields,
  };
}
