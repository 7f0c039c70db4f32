// Every threshold ingest uses, named once, with the reason for its value.

/** Files larger than this are rejected before decoding (a news article is rarely over 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Share of control characters (besides tab/CR/LF) above which a file counts as binary. */
export const MAX_CONTROL_CHAR_RATIO = 0.01;

/** A line ending in sentence punctuation with at least this many words reads as prose. */
export const SENTENCE_MIN_WORDS = 6;

/** The longest line (in words) that can be a headline or standfirst; longer lines are prose. */
export const HEADING_MAX_WORDS = 20;

/** The longest line (in words) that a boilerplate phrase may sit in and still condemn the line. */
export const BOILERPLATE_MAX_WORDS = 40;

/** The longest line (in words) that can be a "related/more" marker that cuts off the tail. */
export const TAIL_MARKER_MAX_WORDS = 6;

/** The longest derived title, in characters (cut at a word boundary). */
export const DERIVED_TITLE_MAX_CHARS = 100;

/** The longest author name, in words (longer "By …" lines are sentences, not bylines). */
export const AUTHOR_MAX_WORDS = 6;

/** Lines from either end of the body in which a byline or a date label is looked for. */
export const METADATA_SEARCH_LINES = 12;

/** The longest slug, in characters (cut at a word boundary). */
export const SLUG_MAX_CHARS = 80;

/**
 * The headline is the first candidate line whose topical overlap with the body is at least this
 * share of the best candidate's: a site name or tagline above it shares few of the body's words,
 * while a standfirst below it may share as many as the headline itself.
 */
export const HEADLINE_OVERLAP_OF_BEST = 0.6;

/** The longest line (in words) that can be a section heading inside the body. */
export const SECTION_HEADING_MAX_WORDS = 14;
