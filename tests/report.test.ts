// The build report (src/build/report.ts): every file accounted for, the articles ingest is least
// sure of first, so that a person checks those and not all of them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Outcome } from '../src/build/archive.ts';
import { fileLines, summarize, summaryLine } from '../src/build/report.ts';
import { UNCERTAIN_BELOW } from '../src/ingest/settings.ts';
import { articleMeta } from './helpers/articles.ts';

const meta = (title: string, body: number, titleSure: number) =>
  articleMeta(title, { sha256: '0'.repeat(64), confidence: { body, title: titleSure }, wordCount: 1, fingerprint: '' });
const built = (name: string, body: number, title: number): Outcome => ({ file: `${name}.txt`, status: 'built', article: meta(name, body, title), url: `/undated/${name}/`, duplicates: [] });

describe('the build report', () => {
  const outcomes: Outcome[] = [
    built('sure', 1, 0.9),
    { file: 'twin.txt', status: 'duplicate', of: 'sure.txt', url: '/undated/sure/' },
    built('doubtful-title', 0.95, UNCERTAIN_BELOW / 2),
    { file: 'empty.txt', status: 'rejected', reason: 'empty file' },
    built('doubtful-body', UNCERTAIN_BELOW / 4, 0.8),
  ];

  it('lists rejections first, then the articles from the least sure, each with how sure, then duplicates', () => {
    const lines = fileLines(outcomes, 'articles');
    assert.deepEqual(lines.map((l) => l.slice(0, l.indexOf(':'))), ['articles/empty.txt', 'articles/doubtful-body.txt', 'articles/doubtful-title.txt', 'articles/sure.txt', 'articles/twin.txt']);
    assert.match(lines[1]!, /built at \/undated\/doubtful-body\/ \(sure of body 0\.13, title 0\.80\)/);
  });

  it('counts the articles whose body or title is less sure than UNCERTAIN_BELOW', () => {
    assert.match(summaryLine(summarize(outcomes)), /3 articles built, .* 2 uncertain, 1 duplicate, 1 rejected/);
  });
});
