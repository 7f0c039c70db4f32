// The article body's structure (paragraphs, section headings, lists) and its Markdown form.
// Every character Markdown would read as syntax is escaped, so the text shows exactly as written.
import { SECTION_HEADING_MAX_WORDS, SENTENCE_MIN_WORDS } from './settings.ts';
import { countWords, isProse } from './text.ts';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[]; start?: number };

/** Bullets, including the `o` that text dumps of web pages give nested list items (before a capital). */
const BULLET = /^([•●▪◦·*+-]|[–—]|o(?=\s+[\p{Lu}\d]))\s+(?=\S)/u;
const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)/;

/** A list item's text and kind, or undefined. En/em dashes only count in runs (dialogue uses them). */
export function listItem(line: string): { ordered: boolean; text: string; dash: boolean; number?: number } | undefined {
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, text: line.slice(bullet[0].length), dash: /[–—]/u.test(bullet[1]!) };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { ordered: true, text: line.slice(numbered[0].length), dash: false, number: Number(numbered[1]) };
  return undefined;
}

/** A short, capitalised line without closing punctuation: the shape of a section heading. */
export function looksLikeHeading(line: string): boolean {
  const n = countWords(line, SECTION_HEADING_MAX_WORDS + 1);
  return n >= 1 && n <= SECTION_HEADING_MAX_WORDS && !/[.,;:!?…]$/u.test(line) && /^[\p{Lu}\p{Lo}\p{N}“"‘']/u.test(line);
}

/** Running text long enough to sit under a heading. */
function opensSection(line: string | undefined): boolean {
  return line !== undefined && !listItem(line) && (isProse(line) || countWords(line, SENTENCE_MIN_WORDS) >= SENTENCE_MIN_WORDS);
}

/** Text quoted the way plain text quotes it: `> …` at the start of the line. */
const QUOTED = /^>\s?/;

/** Groups body lines (one paragraph each, as scraped text has them) into blocks. */
export function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const item = listItem(line);
    const inRun = item && (!item.dash || listItem(lines[i - 1] ?? '')?.dash || listItem(lines[i + 1] ?? '')?.dash);
    const last = blocks.at(-1);
    if (QUOTED.test(line)) {
      const text = line.replace(QUOTED, '');
      if (last?.kind === 'quote') last.lines.push(text);
      else blocks.push({ kind: 'quote', lines: [text] });
    } else if (item && inRun) {
      if (last?.kind === 'list' && last.ordered === item.ordered) last.items.push(item.text);
      else blocks.push({ kind: 'list', ordered: item.ordered, items: [item.text], start: item.number });
    } else if (looksLikeHeading(line) && opensSection(lines[i + 1])) {
      blocks.push({ kind: 'heading', text: line });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  });
  return blocks;
}

/** Every line of text a block holds. */
export function blockLines(block: Block): string[] {
  return block.kind === 'list' ? block.items : block.kind === 'quote' ? block.lines : [block.text];
}

/** The first line of text a block holds. */
export function firstLineOf(block: Block): string {
  return block.kind === 'list' ? block.items[0]! : block.kind === 'quote' ? block.lines[0]! : block.text;
}

/** Escapes Markdown syntax in one line of text (inline marks everywhere, block marks at the start). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export function toMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'heading') return `## ${escapeMarkdown(b.text)}`;
      if (b.kind === 'quote') return b.lines.map((t) => `> ${escapeMarkdown(t)}`).join('\n>\n');
      // Ordered lists keep the text's own numbers (a list split by a link line goes on at 2, 3 …).
      if (b.kind === 'list') return b.items.map((t, i) => `${b.ordered ? `${(b.start ?? 1) + i}.` : '-'} ${escapeMarkdown(t)}`).join('\n');
      return escapeMarkdown(b.text);
    })
    .join('\n\n');
}
