// The archive's feeds (Atom at /feed.xml, JSON Feed at /feed.json) of its latest dated articles,
// written by the `feed` library rather than by string templates, so their XML and JSON are well formed.
import { Feed } from 'feed';
import type { ArticleMeta } from '../article.ts';
import { site } from './config.ts';
import { FEED_ITEMS } from './settings.ts';
import { absoluteUrl } from './urls.ts';

export const FEED_PATHS = { atom: '/feed.xml', json: '/feed.json' } as const;

/** The feeds' text; the latest FEED_ITEMS dated articles, newest first (an undated one has no place in time). */
export function feeds(entries: Array<{ article: ArticleMeta; url: string }>): { atom: string; json: string } {
  const latest = entries
    .filter((e) => e.article.date)
    .sort((a, b) => (a.article.date! < b.article.date! ? 1 : a.article.date! > b.article.date! ? -1 : a.url.localeCompare(b.url)))
    .slice(0, FEED_ITEMS);
  const feed = new Feed({
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    title: site.title,
    description: site.description,
    language: site.language,
    updated: latest[0] ? new Date(latest[0].article.date!) : new Date(0),
    generator: 'Clippings',
    feedLinks: { atom: absoluteUrl(FEED_PATHS.atom), json: absoluteUrl(FEED_PATHS.json) },
    copyright: `The articles' rights belong to their publishers.`,
  });
  for (const { article, url } of latest) {
    feed.addItem({
      id: absoluteUrl(url),
      link: absoluteUrl(url),
      title: article.title,
      date: new Date(article.date!),
      published: new Date(article.date!),
      description: article.summary,
      author: article.author ? [{ name: article.author }] : undefined,
      category: article.topics.map((t) => ({ name: t.name, term: t.name })),
    });
  }
  return { atom: feed.atom1(), json: feed.json1() };
}
