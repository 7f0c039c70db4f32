// Lines that belong to the web page around an article, not to the article. These are phrases that
// sites everywhere use for their furniture (ads, comment forms, cookie banners, share and subscribe
// prompts); a line is only condemned when the phrase is most of it (see BOILERPLATE_MAX_WORDS).
import { BOILERPLATE_MAX_WORDS, LINK_ROW_MAX_ITEM_WORDS, LINK_ROW_MIN_ITEMS, TAIL_MARKER_MAX_WORDS } from './settings.ts';
import { countWords, memoized } from './text.ts';

const LINE_RULES: Array<[RegExp, string]> = [
  [/^[-–—•*|\s]*(advertisement|advertising|sponsored( content)?|ad|anzeige|publicidad|publicité|реклама)[-–—•*|\s]*$/i, 'advertisement marker'],
  [/please enter your (comment|name|e-?mail)|your e-?mail address will not be published|required fields are marked|save my name,? e-?mail|you must be logged in to post|post a comment|add a comment|^(comment|name|e-?mail|website)\s*(\*|\(required\))?:?$|^(submit|post comment|cancel reply)$/i, 'comment form'],
  [/\b(uses?|use of|accept(s)?( all)?|allow( all)?) cookies\b|\bcookie (policy|settings|preferences|consent)\b/i, 'cookie notice'],
  [/^(share( this( article| story| post| page)?)?( (on|via) \w+)?|tweet|pin it|e-?mail this|print( this( article| page)?)?|sharing is caring!?|\d+ shares?|copy( link)?|(click|tap) to (share|print|e-?mail)\b.*|share close.*)\W*$/i, 'share prompt'],
  [/^(\d+\.\s*)?\S+(\s\S+){0,3} says:$/i, 'comment byline'],
  [/\((image|photo|picture|pic|video)s?: [^)]{1,40}\)$|\b(image|photo|picture|video) credit:|\bcredit:\s*\S|^\(?(photo|image|picture|illustration)s?( by|:)\s|\(ap photo\b|\bgetty images\)?$|^image \d+ of \d+$|^(enlarge|expand) (image|photo)$/i, 'image caption or credit'],
  [/^(related|read more|see more|see also|read also|more|watch|also read|photos?|videos?|gallery|pictures):\s+\S/i, 'related link'],
  [/^(never miss an update\b.*|follow (us|@?[\p{L}\d_.]+)( on \w+)?( [\p{L}\d]+){0,2})\W*$/iu, 'social link'],
  [/^(view author archive|e-?mail the author|(get )?author rss feed|follow (on|us on) (twitter|facebook|instagram)|follow @\w+|more on:?|enlarge image|(view|see) (gallery|photos|comments)|sign in|log in|register|subscribe( now)?|newsletter)\W*$/i, 'author or site link'],
  [/\b(subscribe (to|for)|sign up (for|to)|join) (our|the|my)\b.{0,40}\b(newsletter|mailing list|updates)\b|\bget (the latest|our) .{0,40} (in|to) your inbox\b/i, 'subscribe prompt'],
  [/^(©|\(c\)|copyright\b)|all rights reserved\.?$|\bis subject to copyright\b/i, 'copyright notice'],
  [/\bfor your personal,? non-?commercial use only\b|\bto order (presentation-ready|multiple) copies\b|\b(reprints?|republishing) (and|&) permissions\b/i, 'reprint notice'],
  [/^posted in\b.*|\|\s*permalink\s*\||^(\d+\s*)?(min(ute)?s?|minutes?) read$|^(reading time|read time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura)\b.{0,20}$/i, 'post details'],
  [/^((skip|jump) to (main )?(content|navigation|menu)|skip navigation|toggle navigation|main menu|menu|search|close|home|back to top|scroll to top|show all|advertise( with us| here)?|your ad here)$/i, 'navigation'],
  [/^(read more|continue reading|click here( to read more)?|load more|show more)\W*$/i, 'read-more link'],
  [/^(share this with( your)? friends|keep me (logged|signed) in|remember me|forgot( your)? password\??|remove this ad|(blog |site )?powered by \S+( \S+)?|member since\b.{0,20}|(facebook page|rss feed)( · (facebook page|rss feed))*)\W*$/i, 'site or account link'],
];

/**
 * Whether any of LINE_RULES may match: one scan instead of one per rule, for the many lines that
 * match none. The rules that need Unicode classes (`u`) are tried on their own: a case-insensitive
 * `u` pattern is several times slower than the rest together.
 */
const UNICODE_RULES = LINE_RULES.map(([p]) => p).filter((p) => p.unicode);
const ANY_PLAIN_RULE = new RegExp(LINE_RULES.filter(([p]) => !p.unicode).map(([p]) => `(?:${p.source})`).join('|'), 'i');
const anyLineRule = (line: string) => ANY_PLAIN_RULE.test(line) || UNICODE_RULES.some((p) => p.test(line));

/** The separators of a row of links (`News | Sport | Weather`, `Home · About`). */
const LINK_SEPARATOR = /\s[|·•]\s/;

/**
 * A row of at least LINK_ROW_MIN_ITEMS links, each of at most LINK_ROW_MAX_ITEM_WORDS words on
 * average: a site map or footer menu written out on one line, however long.
 */
function isLinkRow(line: string): boolean {
  if (!LINK_SEPARATOR.test(line)) return false;
  const items = line.split(LINK_SEPARATOR);
  return items.length >= LINK_ROW_MIN_ITEMS && countWords(line) <= LINK_ROW_MAX_ITEM_WORDS * items.length;
}

/** Why a line is page furniture, or undefined when it may be article text. */
export const boilerplateReason = memoized((line: string): string | undefined => {
  if (isLinkRow(line)) return 'row of links';
  if (countWords(line, BOILERPLATE_MAX_WORDS + 1) > BOILERPLATE_MAX_WORDS || !anyLineRule(line)) return undefined;
  for (const [pattern, reason] of LINE_RULES) if (pattern.test(line)) return reason;
  return undefined;
});

const RELATED_MARKER =
  /^(you (might|may) (also )?(like|enjoy)|most read( in .*)?|related( (articles?|posts?|stories|news|content|reading|coverage))?|more (from|on|in|stories|news|articles)\b.*|recommended( for you| stories| articles)?|read (next|also)|also read|see also|(most )?popular( (posts|stories|articles|now|today))?|trending( now| stories)?|latest (news|stories|posts|articles)|recent (posts|articles|stories|entries)|what to read next|don'?t miss)\W*$/i;

/**
 * A comments heading that can be nothing else; a bare "Comments (4)" (BARE_COMMENTS) may also be a
 * tab or link above the article (blogs of news sites put one there), so it ends the article only
 * where comments follow.
 */
const CLEAR_COMMENTS =
  /leave a (reply|comment)|comments are closed\.?|join the (discussion|conversation)|(top|most|best) (rated|recent|popular|liked) comments|reader comments|\d+ (responses?|repl(y|ies)|thoughts) (to|on) .*|(showing )?\d+ of \d+ comments\b.*/;
const BARE_COMMENTS = /\d* ?comments?( \(\d+\))?|(view|show|see|read) (all )?(\d+ )?comments|.*\b\d+ comments feed\b.*/;
const CLEAR_COMMENTS_MARKER = new RegExp(`^\\W*(${CLEAR_COMMENTS.source})\\W*$`, 'i');
const COMMENTS_MARKER = new RegExp(`^\\W*(${CLEAR_COMMENTS.source}|${BARE_COMMENTS.source})\\W*$`, 'i');

export const isClearCommentsMarker = (line: string) => CLEAR_COMMENTS_MARKER.test(line);

/** What a comment section shows: who posted a comment and when, the links under it, or its widget's prompts. */
const COMMENT_SIGNATURE =
  /^(reply|report( abuse| comment)?|flag|like|recommend|permalink)\W*$|\breply\W*#?$|\b(posted|submitted|written) by:? .*\d|^by \S+( \S+){0,3} (on|at) .*\d|^comment #?\d+|\b\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago\W*$|\b(says|wrote):$|^in reply to\b|\b\d{1,2}:\d{2} ?(am|pm)\b|^(loading comments|no comments yet|be the first to comment)\b/i;

/** Whether a line is part of a posted comment (its byline, time, or the links under it). */
export function isCommentSignature(line: string): boolean {
  const furniture = boilerplateReason(line);
  return furniture === 'comment form' || furniture === 'comment byline' || COMMENT_SIGNATURE.test(line);
}

/** The longest comments heading, in words (`34 responses to “<the article's headline>”`). */
const COMMENTS_MARKER_MAX_WORDS = 24;

/**
 * A short line that opens a list of related stories (it and everything after it are not the
 * article, when the article stands before it) or a comment section (always after the article).
 */
export function tailMarker(line: string): 'related' | 'comments' | undefined {
  const n = countWords(line, COMMENTS_MARKER_MAX_WORDS + 1);
  if (n <= COMMENTS_MARKER_MAX_WORDS && COMMENTS_MARKER.test(line)) return 'comments';
  if (n <= TAIL_MARKER_MAX_WORDS && RELATED_MARKER.test(line)) return 'related';
  return undefined;
}

/** The longest copyright holder, in words; a longer "holder" is a photo caption. */
const COPYRIGHT_HOLDER_MAX_WORDS = 8;

/** The sign of a copyright notice: ©, (c), or an @ standing for it after "Copyright" or before a year (never a mention such as `@Alex`). */
const COPYRIGHT_SIGN = /^(?:copyright\s*(?:[©ⓒ@]|\(c\))|[©ⓒ]|\(c\)|@(?=\s*\d{4}\b))\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+)$/i;
/** A year in Roman numerals opening the holder (`©MMVII, CBS Interactive Inc.`): 1900-2099. */
const ROMAN_YEAR = /^M(?:CM|M)[XLVI]*\b,?\s*/u;

/**
 * The holder a copyright notice names (`© 2019 The Hollywood Reporter. All rights reserved.` gives
 * "The Hollywood Reporter"), or undefined when the line is no short copyright notice.
 */
export function copyrightHolder(line: string): string | undefined {
  const m = COPYRIGHT_SIGN.exec(line);
  if (!m) return undefined;
  const holder = m[1]!
    .replace(ROMAN_YEAR, '')
    // what follows the name: a sentence, a separator, the reservation, or a year and the page's links
    .split(/\.\s|\s[-–—|]\s|,?\s*all rights reserved|\s\d{4}\b/i)[0]!
    .replace(/\s*\d{4}$/, '')
    .replace(/^copyright\s+/i, '')
    .replace(/[.,\s]+$/, '')
    .trim();
  // A name or a domain, not a photographer's user name (`lewis_d_white`) or a whole caption.
  const named = /^[\p{Lu}\d]/u.test(holder) || /\.[a-z]{2,}$/i.test(holder);
  const size = countWords(holder, COPYRIGHT_HOLDER_MAX_WORDS + 1);
  return named && !holder.includes('_') && size > 0 && size <= COPYRIGHT_HOLDER_MAX_WORDS ? holder : undefined;
}
