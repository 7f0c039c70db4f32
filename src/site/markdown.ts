// The one Markdown renderer, for pages and for the search index's text. Raw HTML is off, so any
// markup in an article shows as text; links are not made from bare addresses.
import MarkdownIt from 'markdown-it';

export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** The plain text of a Markdown body (what a reader sees), one line per block. */
export function plainText(body: string): string {
  return markdown
    .parse(body, {})
    .filter((token) => token.type === 'inline')
    .map((token) => (token.children ?? []).map((child) => (child.type === 'softbreak' ? ' ' : child.content)).join(''))
    .join('\n');
}
