// An article's schema.org NewsArticle, as search engines and archives read it from the page.
import type { Article } from '../article.ts';
import { site } from './config.ts';
import { absoluteUrl } from './urls.ts';

type Described = Pick<Article, 'title' | 'date' | 'author' | 'publisher' | 'summary' | 'language'> & { originalUrl?: string };

/**
 * The JSON-LD of the article page at `pageUrl`, safe inside `<script type="application/ld+json">`:
 * `<` is escaped, so no text of an article can close the script element.
 */
export function articleJsonLd(article: Described, pageUrl: string): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.date,
    inLanguage: article.language,
    author: article.author ? { '@type': 'Person', name: article.author } : undefined,
    publisher: article.publisher ? { '@type': 'Organization', name: article.publisher } : undefined,
    isBasedOn: article.originalUrl,
    url: absoluteUrl(pageUrl),
    isPartOf: { '@type': 'WebSite', name: site.title, url: absoluteUrl('/') },
  };
  return JSON.stringify(ld).replace(/</g, '\\u003c');
}
