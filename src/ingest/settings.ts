// Every threshold ingest uses, named once, with the reason for its value.

/** Files larger than this are rejected before decoding (a news article is rarely over 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Share of control characters (besides tab/CR/LF) above which a file counts as binary. */
export const MAX_CONTROL_CHAR_RATIO = 0.01;

/** A decoded text with more than this share of U+FFFD (bytes invalid in its encoding) is undecodable. */
export const MAX_REPLACEMENT_CHAR_RATIO = 0.1;

/**
 * Bytes of a legacy-encoded file that its encoding is guessed from: its lines with non-ASCII bytes,
 * up to this many. ASCII reads the same in every such encoding, so English lines only drown the
 * evidence (a Russian article with English quotes was guessed as ISO-8859-1); the guess also costs
 * time in proportion to its input.
 */
export const ENCODING_SAMPLE_BYTES = 2048;

/** A line ending in sentence punctuation with at least this many words reads as prose. */
export const SENTENCE_MIN_WORDS = 6;

/** The longest line (in words) that can be a headline or standfirst; longer lines are prose. */
export const HEADING_MAX_WORDS = 20;

/** The longest line (in words) that a boilerplate phrase may sit in and still condemn the line. */
export const BOILERPLATE_MAX_WORDS = 40;

/** A line of this many items joined by `|`, `·` or `•`... */
export const LINK_ROW_MIN_ITEMS = 5;

/** ...of at most this many words each on average is a row of links (a footer menu), not text. */
export const LINK_ROW_MAX_ITEM_WORDS = 4;

/** The longest line (in words) that can be a "related/more" marker that cuts off the tail. */
export const TAIL_MARKER_MAX_WORDS = 6;

/** The longest derived title, in characters (cut at a word boundary). */
export const DERIVED_TITLE_MAX_CHARS = 100;

/** An article's summary (feeds, link previews, search engines) is its opening, cut at a word to this length: what a search result shows. */
export const SUMMARY_MAX_CHARS = 240;

/** The longest author name, in words (longer "By …" lines are sentences, not bylines). */
export const AUTHOR_MAX_WORDS = 6;

/** Lines from either end of the body in which a byline or a date label is looked for. */
export const METADATA_SEARCH_LINES = 12;

/**
 * Lines after a bare comments heading ("Comments (4)") in which a posted comment's signature (who,
 * when, "Reply") must show for it to end the article: above the article the same words are a tab.
 */
export const COMMENT_LOOKAHEAD_LINES = 12;

/**
 * Words of article text before a bare comments heading past which it ends the article whatever
 * follows: a tab above the article has at most a teaser or the author's note before it.
 */
export const COMMENTS_CUT_MIN_WORDS = 150;

/** The longest slug, in characters (cut at a word boundary). */
export const SLUG_MAX_CHARS = 80;

/**
 * The hand rule's headline (a feature of the learned chooser) is the first candidate line whose
 * topical overlap with the body is at least this share of the best candidate's: a site name or
 * tagline above it shares few of the body's words, while a standfirst below it may share as many
 * as the headline itself.
 */
export const HEADLINE_OVERLAP_OF_BEST = 0.6;

/** Headlines run to at least this many words; shorter candidates (menu entries) score less. */
export const HEADLINE_FULL_WORDS = 5;

/** A candidate this many lines above the article's first paragraph scores half as much (a weak prior: menus
 * repeat the site's words too, but headlines may stand well above a long lead image caption). */
export const HEADLINE_DISTANCE_HALF = 80;

/** Score factor for a candidate the page shows twice (headline and breadcrumb, share box …). */
export const HEADLINE_REPEAT_BONUS = 1.5;

/** How far below the first prose line a headline may stand (under a blog's description, a date beside it). */
export const HEADLINE_BELOW_OPENING_LINES = 4;

/** Words of the article's opening that a headline is measured against. */
export const HEADLINE_BODY_WORDS = 300;

/** The longest line (in words) that can be a section heading inside the body. */
export const SECTION_HEADING_MAX_WORDS = 14;

// Line classification, after jusText (Pomikálek 2011): prose is long and full of function words.

/** Lines shorter than this (characters) are "short": their neighbours decide what they are. */
export const LENGTH_LOW = 70;

/** Lines at least this long (characters) with enough stop words are good without their neighbours. */
export const LENGTH_HIGH = 200;

/**
 * Share of stop words below which a line is boilerplate (menus, lists of names, captions of links).
 * jusText uses 0.30/0.32 with its own longer lists; these suit the shorter lists of `stopword`.
 */
export const STOPWORDS_LOW = 0.25;

/** Share of stop words at or above which a long line is article text. */
export const STOPWORDS_HIGH = 0.3;

/** This many borderline sentences in a row are prose, whatever stands around them (classify.ts). */
export const PROSE_RUN_MIN = 3;

/** This many short lines in a row are a menu or list of links, not article text. */
export const SHORT_RUN_MAX = 8;

/** A sentence this long is borderline text even with few stop words (it may be dense with names). */
export const LONG_SENTENCE_WORDS = 15;

/**
 * The article is the densest run of lines: good lines count their words, bad lines count against by
 * this share of theirs, so a short advertisement marker inside the article does not split it while
 * a long "most popular" list does.
 */
export const BAD_LINE_WEIGHT = 0.5;

/** Share of its words that a good line without sentence punctuation adds to the run's weight. */
export const UNPUNCTUATED_LINE_WEIGHT = 0.3;

/** Lines above the article in which headline, byline and date are looked for. */
export const HEADER_WINDOW = 40;

/**
 * When the densest run holds fewer than FALLBACK_MIN_WORDS good words and less than this share of
 * the text's good words, the main extractor has found too little and the simple fallback (every line
 * that is not page furniture) is used instead. A short article on a page full of other text is
 * still the densest run: a share alone would discard it for the whole page.
 */
export const FALLBACK_MIN_SHARE = 0.5;

/** See FALLBACK_MIN_SHARE: a run of this many good words is an article, however much else the page holds. */
export const FALLBACK_MIN_WORDS = 50;

/** The longest line (in words) read as a metadata line that may carry the date (byline, time, tags). */
export const DATE_LINE_MAX_WORDS = 16;

/** The longest text (in characters) searched for dates written in other languages (metadata lines). */
export const FOREIGN_DATE_MAX_CHARS = 160;

/** Teaser lists (teasers.ts): this many headline-and-summary units in a row make a list of other stories. */
export const TEASER_MIN_UNITS = 3;

/** At most this many short lines (byline, date, source) between a teaser's headline and its summary, */
export const TEASER_META_MAX_LINES = 3;

/** ...each of at most this many words. */
export const TEASER_META_MAX_WORDS = 8;

/** A teaser's headline has at least this many words (fewer make a label: "Opinion", "Video"). */
export const TEASER_HEADLINE_MIN_WORDS = 3;

/** A line shown this many times on a page is inline furniture (a caption under each photo), not text. */
export const REPEATED_LINE_MIN = 3;

/** Data rows (classify.ts): this many rows in a row make a table written out as text... */
export const DATA_ROWS_MIN = 5;

/** ...of rows of at most this many words each (`June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre`). */
export const DATA_ROW_MAX_WORDS = 16;

/**
 * A sample of at least ENGLISH_MIN_WORDS words of which this share are English stop words is
 * English without asking franc: English prose runs at 0.4-0.5, other languages' at under 0.1.
 */
export const ENGLISH_STOPWORD_SHARE = 0.3;

/** See ENGLISH_STOPWORD_SHARE. */
export const ENGLISH_MIN_WORDS = 50;

// How sure ingest is of an article (Article.confidence), from 0 to 1.

/** The fallback (every line but furniture) is a guess at the article: its body is this sure at most. */
export const FALLBACK_BODY_CONFIDENCE = 0.3;

/** Good words past which an article's length adds nothing to how sure its body is: shorter finds are often a fragment. */
export const ARTICLE_SURE_WORDS = 100;

/** A lone headline candidate right above the first paragraph (within this many lines) is likely the headline... */
export const LONE_HEADLINE_NEAR_LINES = 3;

/** ...and then this sure; a lone candidate farther up is half as sure. */
export const LONE_HEADLINE_CONFIDENCE = 0.8;

/** Articles less sure than this, of body or title, are counted as uncertain in the build summary. */
export const UNCERTAIN_BELOW = 0.5;

// Names in capitals (text.ts), in bylines and topics.

/**
 * A name in capitals with a run of at least this many letters is put in title case ("WASHINGTON"
 * from a dateline is Washington, "SELINA WILLIAMS" from a byline is Selina Williams); shorter ones
 * are initialisms that stay as written ("UK", "NYC", "AP").
 */
export const CAPITALS_NAME_MIN_RUN = 4;

// Sources (byline.ts).

/**
 * News agencies under one name each, with the other names their credits and copyright notices give
 * them: a credit of an agency alone stands as a story's author, and an article's agency or publisher
 * is recorded under the agency's one name, so each agency has one sources page. (No two-letter
 * forms such as PA or CP: alone on a line they name other things too.)
 */
export const NEWS_AGENCIES: Record<string, string[]> = {
  'Associated Press': ['AP', 'The Associated Press'],
  Reuters: ['Thomson Reuters'],
  'Agence France-Presse': ['AFP', 'Agence France Presse'],
  Bloomberg: [],
  'United Press International': ['UPI'],
  'Deutsche Presse-Agentur': ['dpa'],
  ANSA: [],
  EFE: [],
  Xinhua: ['Xinhua News Agency'],
  TASS: [],
  'Kyodo News': ['Kyodo'],
  Yonhap: ['Yonhap News Agency'],
  'Press Trust of India': ['PTI'],
  'Asian News International': ['ANI'],
  'Anadolu Agency': ['Anadolu'],
  'Australian Associated Press': ['AAP'],
  'Press Association': ['The Press Association', 'Press Association Ltd', 'PA Media'],
  'The Canadian Press': ['Canadian Press'],
  'Indo-Asian News Service': ['IANS'],
  'New Zealand Press Association': ['NZPA'],
};

// Topics (topics.ts).

/**
 * Topics are read from the headline and the article's lead, up to this many words (whole paragraphs):
 * news names who and where in its opening paragraphs, and compromise tags about 14,000 words a
 * second, so reading whole articles would add a minute per 10,000 articles to a build.
 */
export const TOPIC_LEAD_WORDS = 100;

/**
 * The tags whose rules compromise's second tagging pass keeps (a rule is kept when its pattern or the
 * tag it sets or removes names one): the ~90 of its ~570 rules that find and correct names. The rest
 * fix verbs, adjectives, dates and numbers, which topics never read; without them tagging takes 4 ms
 * for a 100-word lead instead of 11, and the topics of 2,370 English pages (bench and dev sets) were
 * the same for 2,286, the others gaining names the full rules lose ("New York", "Microsoft").
 */
export const TOPIC_TAGGER_RULE_TAGS = [
  'Person', 'FirstName', 'LastName', 'Honorific', 'Place', 'Country', 'City', 'Region',
  'Organization', 'Company', 'SportsTeam', 'School', 'ProperNoun', 'Acronym',
];

/**
 * A lead line is in title case, and so says nothing about which of its words are names ("Mobile
 * Owners Will Use …"), when it has no closing full stop (a sentence of prose dense with names has
 * one) and at least this share of its words of TITLE_CASE_MIN_LENGTH letters or more are capitalised,
 * over at least TITLE_CASE_MIN_WORDS of them.
 */
export const TITLE_CASE_SHARE = 0.9;
export const TITLE_CASE_MIN_LENGTH = 4;
export const TITLE_CASE_MIN_WORDS = 4;

/** The most topics an article records, most-mentioned first. */
export const TOPICS_PER_ARTICLE_MAX = 12;

/**
 * Titles and offices, taken off the ends of a person's or place's name the tagger found (it takes
 * "State Antony" from "Secretary of State Antony Blinken", "President Macron" for a person); an
 * organisation's name keeps them ("General Motors", "State Department").
 */
export const TOPIC_TITLE_WORDS = new Set(
  [
    'president', 'minister', 'prime', 'secretary', 'state', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'director',
    'general', 'deputy', 'head', 'chief', 'king', 'queen', 'prince', 'senator', 'governor', 'mayor', 'ambassador', 'foreign',
    'mr', 'mrs', 'ms', 'dr', 'sir',
  ],
);

/**
 * Words taken off the ends of any name the tagger found, never part of a topic: months and weekdays,
 * sentence openers and page furniture. A name of nothing else (or of titles) is none.
 */
export const TOPIC_NOISE_WORDS = new Set(
  [
    'however', 'meanwhile', 'advertisement', 'read', 'more', 'share', 'comments', 'photo',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  ],
);

// Fingerprints for story clusters (fingerprint.ts).

/** Words in a shingle: three keep a rewritten sentence's unchanged phrases while telling apart texts that merely share common phrases. */
export const SHINGLE_WORDS = 3;
/** MinHash values in a fingerprint: the similarity it estimates is off by about 1/√64 = 0.125 at worst, 0.06 typically. */
export const FINGERPRINT_HASHES = 64;
