// Every number that shapes the site's pages, named once with the reason for its value.

/** Articles on the home page: a screenful of the latest. */
export const HOME_LATEST = 10;
/** Topics and sources on the home page: the most covered, enough to show what the archive is about. */
export const HOME_TOPICS = 12;
/** Articles on one page of a month, a topic, a source or the undated list: no page lists a whole large archive. */
export const LISTING_PAGE_SIZE = 100;
/** Each month's articles on its year's page (the month's pages list them all). */
export const YEAR_PAGE_PER_MONTH = 10;

/**
 * A topic has a page when at least this many articles name it: a name in one article is no topic to
 * browse by, and at 10,000 articles the names met once would add tens of thousands of pages.
 */
export const TOPIC_PAGE_MIN_ARTICLES = 2;
/** The topics page lists at most this many topics of each kind, most covered first, and says how many it leaves out. */
export const TOPICS_INDEX_PER_KIND = 300;

/** Sources on one page of the sources index, most covered first. */
export const SOURCES_INDEX_PAGE_SIZE = 300;

/** Related articles on an article page. */
export const RELATED_MAX = 5;
/**
 * Related articles are looked for among this many of each shared topic's articles nearest in time:
 * a topic named by thousands of articles costs no more than a rare one.
 */
export const RELATED_NEAREST_PER_TOPIC = 30;
/** Days over which closeness in time halves a related article's weight. */
export const RELATED_HALF_LIFE_DAYS = 30;

/** Reading speed for the reading time shown on an article (words a minute, the usual figure for adults reading prose). */
export const READING_WORDS_PER_MINUTE = 230;

/** Entries in the Atom and JSON feeds: the latest articles, as feed readers expect. */
export const FEED_ITEMS = 50;

/** Past this many months, the timeline's chart has a bar per year: a bar per month would be too thin to see or click. */
export const CHART_MONTHS_MAX = 240;

/**
 * Two articles tell the same story when their fingerprints estimate at least this Jaccard similarity
 * of their 3-word shingles. Measured by `npm run eval:clusters` (README, "Story clusters").
 */
export const CLUSTER_MIN_SIMILARITY = 0.25;
/** ... and when they appeared at most this many days apart (a story is news for days, not years). */
export const CLUSTER_MAX_DAYS = 7;
/**
 * Locality-sensitive hashing of the fingerprints: articles sharing any band of this many values are
 * compared. 2 values a band (32 bands) finds a pair of similarity 0.25 with probability 1 − (1 − 0.25²)³² = 87 %, 0.3 with 95 %.
 */
export const CLUSTER_BAND_VALUES = 2;
/**
 * A band of fingerprint values shared by more articles than this is boilerplate many texts hold (a
 * thousand copies of one notice), not a story: its articles are not compared on it, so the
 * comparisons (a band's articles pairwise) stay bounded. 50 cost the generated archive 2 % of its
 * recall at 10,000 articles; 1,000 costs none there.
 */
export const CLUSTER_BUCKET_MAX = 1000;
/**
 * New articles up to which a build updates the previous build's story pairs, comparing each with
 * every other article (10-20 ms each at 100,000), rather than finding every pair anew (6 s there).
 */
export const CLUSTER_RESCAN_MAX = 100;
/** Articles shown under "Also reported by", most similar first. */
export const ALSO_REPORTED_MAX = 10;
