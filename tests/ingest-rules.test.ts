// One test per ingest rule, each with the smallest input that needs it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { boilerplateReason, copyrightHolder, isClearCommentsMarker, tailMarker } from '../src/ingest/boilerplate.ts';
import { parseByline, parseCredit, parseDateline, sourceName } from '../src/ingest/byline.ts';
import { findDate, leadingDate, metadataDate } from '../src/ingest/dates.ts';
import { classifyLines } from '../src/ingest/classify.ts';
import { decode } from '../src/ingest/decode.ts';
import { detectLanguage, stopwords } from '../src/ingest/language.ts';
import { chooseHeadline, deriveTitle, HEADLINE_FEATURE_NAMES, headlineFeatures, headlineScore, headlineText, learnedHeadline } from '../src/ingest/headline.ts';
import { ingest } from '../src/ingest/index.ts';
import { withoutOtherStories } from '../src/ingest/teasers.ts';
import { escapeMarkdown, listItem, toBlocks, toMarkdown } from '../src/ingest/structure.ts';
import { contentStems, isProse } from '../src/ingest/text.ts';
import { COMMENTS_CUT_MIN_WORDS, LINK_ROW_MIN_ITEMS, PROSE_RUN_MIN } from '../src/ingest/settings.ts';

const text = (s: string) => new TextEncoder().encode(s);
function article(raw: string) {
  const result = ingest(text(raw), 'test.txt');
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.article;
}
const SENTENCE = 'The talks in the capital went on until late in the evening without any result.';
const sentences = (n: number) => Array(n).fill(SENTENCE).join(' ');

describe('decode', () => {
  it('strips a UTF-8 byte-order mark and turns CRLF and CR into LF', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...text('a\r\nb\rc')]));
    assert.deepEqual(d, { ok: true, text: 'a\nb\nc', warnings: [] });
  });
  it('reads UTF-16 with a byte-order mark', () => {
    const d = decode(new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]));
    assert.ok(d.ok && d.text === 'Hi');
  });
  it('reads Windows-1252 without mojibake, and says so', () => {
    const d = decode(new Uint8Array(Buffer.from('Caf\xe9 cr\xe8me \x93quoted\x94 and na\xefve r\xe9sum\xe9 in the text', 'latin1')));
    assert.ok(d.ok);
    assert.match(d.text, /Café crème “quoted” and naïve résumé/);
    assert.match(d.warnings[0]!, /windows-1252/i);
  });
  it('guesses a legacy encoding from the lines that are not ASCII, however much English surrounds them', () => {
    const russian = 'Москва, 20 сентября. Правительство объявило о новых мерах поддержки для жителей региона.';
    const english = `${SENTENCE} `.repeat(8);
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const d = decode(new Uint8Array(iconv.encode(`Headline\n\n${english}\n\n${russian}\n\n${english}\n`, encoding)));
      assert.ok(d.ok);
      assert.match(d.text, new RegExp(russian));
      assert.match(d.warnings[0]!, new RegExp(encoding, 'i'));
    }
  });
  it('rejects empty, whitespace-only and binary files with a reason', () => {
    assert.deepEqual(decode(text('')), { ok: false, reason: 'empty file (nothing but whitespace)' });
    assert.equal(decode(text(' \n\t\n')).ok, false);
    assert.deepEqual(decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14])), { ok: false, reason: 'binary file, not text' });
  });
});

describe('line measures', () => {
  it('counts a sentence as prose and a headline without a full stop as not', () => {
    assert.equal(isProse(SENTENCE), true);
    assert.equal(isProse('Kremlin: the region can become a launch pad for terrorists if the conflict continues'), false);
    assert.equal(isProse('Multiple countries have expressed their concerns and called for calm:'), true);
  });
});

describe('boilerplate', () => {
  it('recognises advertisement markers, comment forms and cookie notices', () => {
    assert.equal(boilerplateReason('- Advertisement -'), 'advertisement marker');
    assert.equal(boilerplateReason('Please enter your comment!'), 'comment form');
    assert.equal(boilerplateReason('Follow CNN Politics'), 'social link');
    assert.equal(boilerplateReason('Share via Email'), 'share prompt');
    assert.equal(boilerplateReason('This website uses cookies to improve your experience. Accept Read More'), 'cookie notice');
  });
  it('leaves article sentences alone even when they mention the same words', () => {
    assert.equal(boilerplateReason(SENTENCE), undefined);
    assert.equal(boilerplateReason('The advertisement campaign of the ministry was criticised by the opposition parties on Monday.'), undefined);
  });
  it('sees a "related" or comments marker line as the start of the tail', () => {
    assert.equal(tailMarker('You might also like'), 'related');
    assert.equal(tailMarker('Leave a Reply'), 'comments');
    assert.equal(tailMarker('34 responses to “ Anthony Lynn: “We needed to win this game” ”'), 'comments');
    assert.equal(tailMarker('Top Rated Comments'), 'comments');
    assert.equal(tailMarker('[ 167 comments ]'), 'comments');
    assert.equal(tailMarker('View all 12 comments'), 'comments');
    assert.equal(tailMarker('100 of 313 comments loaded twitter facebook'), 'comments');
    assert.ok(isClearCommentsMarker('Showing 20 of 313 comments'));
    assert.equal(tailMarker('You might also like the way the minister answered questions today.'), undefined);
  });
  it('cuts a comment section even when it is longer than the article', () => {
    const comment = 'I think the coach is right and the team will come back stronger next season, as always.';
    const a = article(`Headline of the story\n\n${SENTENCE}\n\n3 Comments\n\n${[1, 2, 3].map((n) => `${n}. reader${n} says:\n\n${comment}`).join('\n\n')}`);
    assert.equal(a.body, SENTENCE);
  });
  it('keeps the article under a bare comments tab that stands above it', () => {
    const intro = 'Insight and analysis from the team of our reporters, who are based in the capital of the country.';
    const a = article(`Headline of the story\n\n${intro}\n\n* Article\n* Comments (4)\n\nBy A Reporter\n\n${sentences(6)}\n\n${sentences(5)}`);
    assert.match(a.body, /talks in the capital/);
    assert.ok(a.body.length > SENTENCE.length * 10);
  });
  it('cuts at a bare comments heading when comments follow it, or when a whole article stands before it', () => {
    const comment = 'I think the coach is right and the team will come back stronger next season, as always.';
    const signed = article(`Headline of the story\n\n${SENTENCE}\n\nComments\n\n${comment}\n\n${comment} ${comment}\n\nby Eric on November 9, 2010 at 6:10 am. Reply #`);
    assert.equal(signed.body, SENTENCE);
    const whole = sentences(Math.ceil(COMMENTS_CUT_MIN_WORDS / 14));
    const unsigned = article(`Headline of the story\n\n${whole}\n\n{ 167 comments }\n\n${Array(10).fill(comment).join('\n\n')}`);
    assert.equal(unsigned.body, whole);
  });
  it('cuts the tail section and everything after it, keeping the record', () => {
    const a = article(`Headline of the story\n\n${SENTENCE}\n\nYou might also like\n\nphpMyAdmin licence text pasted here.`);
    assert.doesNotMatch(a.body, /phpMyAdmin|also like/);
    assert.deepEqual(a.removed.map((r) => r.reason), ['headline (shown as the title)', 'related/comments section marker', 'after "You might also like"']);
  });
  it('reads the publisher from a copyright notice, not from a photo credit', () => {
    assert.equal(copyrightHolder('© 2019 The Hollywood Reporter. All rights reserved.'), 'The Hollywood Reporter');
    assert.equal(copyrightHolder('Copyright © 2016 Jeongdong Theater. All rights reserved. - Enfold Theme'), 'Jeongdong Theater');
    assert.equal(copyrightHolder('© Copyright Gannett 2018'), 'Gannett');
    assert.equal(copyrightHolder('© Lucy Nicholson Detainees at Otay Mesa immigration detention center in San Diego, California, on Friday'), undefined);
  });
  it('reads an @ as a copyright sign only after "Copyright" or before a year, never a mention', () => {
    assert.equal(copyrightHolder('Copyright @ 2019 The New Arab.'), 'The New Arab');
    assert.equal(copyrightHolder('@ 2019 The New Arab'), 'The New Arab');
    assert.equal(copyrightHolder('@Alex – I’ve asked our lawyers'), undefined);
  });
  it('ends a copyright holder at a year, and skips a year in Roman numerals', () => {
    assert.equal(copyrightHolder('(c) Copyright Clubcall.com 2006 Contact Us'), 'Clubcall.com');
    assert.equal(copyrightHolder('©MMVII, CBS Interactive Inc. All Rights Reserved.'), 'CBS Interactive Inc');
  });
  it('recognises image captions and credits, and related links', () => {
    assert.equal(boilerplateReason('(Image credit: Blue Origin)'), 'image caption or credit');
    assert.equal(boilerplateReason('The hunter ate a rabbit Credit: Getty Images'), 'image caption or credit');
    assert.equal(boilerplateReason('Image 2 of 5'), 'image caption or credit');
    assert.equal(boilerplateReason("Related: SpaceX's Starship in Pictures"), 'related link');
    assert.equal(boilerplateReason('The protests kicked off in June (Image: GETTY )'), 'image caption or credit');
    assert.equal(boilerplateReason('SEE MORE: Hong Kong protests: 800 students under siege'), 'related link');
  });
  it('recognises post details: categories, permalinks, reading time', () => {
    assert.equal(boilerplateReason('Posted in Open thread | Permalink | 10 Comments'), 'post details');
    assert.equal(boilerplateReason('Tempo de leitura: 1 minuto'), 'post details');
    assert.equal(boilerplateReason('5 min read'), 'post details');
    assert.equal(boilerplateReason('This document is subject to copyright.'), 'copyright notice');
  });
  it('removes a related list inside the article up to its next sentence', () => {
    const a = article(`Headline of the story\n\n${SENTENCE}\n\nMost read in world news\n\nCelebrity parties in new pictures\n\nAnother unrelated headline here\n\n${SENTENCE.replace('talks', 'meetings')}\n\n${SENTENCE}`);
    assert.doesNotMatch(a.body, /Most read|Celebrity|unrelated/);
    assert.match(a.body, /meetings/);
  });
  it('drops the headline repeated in the body and a paragraph shown twice', () => {
    const a = article(`Headline of the story\n\nHeadline of the story\n\n${SENTENCE}\n\n${SENTENCE}`);
    assert.equal(a.body, SENTENCE);
    assert.equal(a.removed.filter((r) => r.reason === 'repeats the headline or an earlier paragraph').length, 2);
  });
  it('removes furniture lines from the body and records why', () => {
    const a = article(`Headline of the story\n\n- Advertisement -\n\n${SENTENCE}`);
    assert.doesNotMatch(a.body, /Advertisement/);
    assert.deepEqual(a.removed.find((r) => r.line === 3), { line: 3, text: '- Advertisement -', reason: 'advertisement marker' });
  });
});

describe('line classes', () => {
  const long = `${SENTENCE} ${SENTENCE} ${SENTENCE}`;
  const borderline = 'They said the talks would go on for as long as it takes to reach a deal with the other side.';
  it('lets a caption between paragraphs not cut the text around it apart', () => {
    const classes = classifyLines([long, 'Protesters in the square (Image: GETTY )', borderline, 'Police at the gates (Image: AP )', long], stopwords(detectLanguage([long])));
    assert.deepEqual(classes, ['good', 'bad', 'good', 'bad', 'good']);
  });
  it('takes a long run of short lines for a menu', () => {
    const menu = ['Home', 'World', 'Politics', 'Business', 'Sports', 'Culture', 'Science', 'Opinion'];
    assert.deepEqual(classifyLines([long, ...menu, long], stopwords(detectLanguage([long]))).slice(1, -1), menu.map(() => 'bad'));
  });
  it('lets a line repeated under every photo not cut the text around it apart', () => {
    const caption = 'Festival stage in the park, autumn 2018';
    const lines = [long, caption, 'What a day it was!', caption, 'The crowd sang along.', caption, long];
    assert.deepEqual(classifyLines(lines, stopwords(detectLanguage([long]))), ['good', 'bad', 'good', 'bad', 'good', 'bad', 'good']);
  });
  it('keeps rows of data that follow the article under a heading', () => {
    const rows = ['June 9 – West Palm Beach, FL', 'June 10 – Tampa, FL', 'June 14 – Alpharetta, GA', 'June 17 – Nashville, TN', 'June 19 – Charlotte, NC'];
    const classes = classifyLines([long, 'Tour Dates', ...rows], stopwords(detectLanguage([long])));
    assert.deepEqual(classes, ['good', 'good', ...rows.map(() => 'good')]);
    // The same rows with nothing of the article before them are a sidebar.
    assert.ok(classifyLines(['Home', ...rows], stopwords(detectLanguage([long]))).slice(1).every((c) => c === 'bad'));
  });
});

describe('prose and rows of links', () => {
  const long = `${SENTENCE} ${SENTENCE} ${SENTENCE}`;
  const paragraphs = [
    'The company said on Monday that it would cut 325 jobs and end contracts with 120 contractors.',
    'It expects to record a charge of $15 million in connection with the cuts, which are mostly in its technology groups.',
    'Executives said earlier this month that they planned to streamline the business, but gave no details then.',
  ];
  it(`takes ${PROSE_RUN_MIN} or more borderline sentences in a row for article text, whatever stands around them`, () => {
    const lines = ['By A Writer', ...paragraphs, 'Copyright 2012 Example Company, Inc. All Rights Reserved'];
    assert.deepEqual(classifyLines(lines, stopwords(detectLanguage([long]))).slice(1, -1), paragraphs.map(() => 'good'));
    // fewer of them take the class of the furniture around them, as before
    const two = ['By A Writer', ...paragraphs.slice(0, PROSE_RUN_MIN - 1), 'Copyright 2012 Example Company, Inc. All Rights Reserved'];
    assert.ok(classifyLines(two, stopwords(detectLanguage([long]))).every((c) => c === 'bad'));
  });
  it('sees a long row of links as furniture, and a reprint notice', () => {
    const row = Array.from({ length: LINK_ROW_MIN_ITEMS }, (_, i) => `Section number ${i}`).join(' | ');
    assert.equal(boilerplateReason(`SITE MAP ${row} | jobs at The Republic | about The Republic`), 'row of links');
    assert.equal(boilerplateReason('Prices: 3 | 4 | 5'), undefined);
    assert.equal(boilerplateReason('This copy is for your personal, non-commercial use only.'), 'reprint notice');
  });
});

describe('teaser lists', () => {
  const teasers = (n: number) =>
    Array.from({ length: n }, (_, k) => [`Another story number ${k + 1} about something else`, 'Jane Doe', `${SENTENCE} ${SENTENCE}`]).flat();
  const classes = (lines: string[]) => withoutOtherStories(lines, lines.map(() => 'good'));
  it('drops three or more headline-and-summary teasers after the article', () => {
    const lines = [sentences(12), ...teasers(3)];
    assert.deepEqual(classes(lines), ['good', ...teasers(3).map(() => 'bad')]);
  });
  it('keeps them when they are the article (a round-up with a short intro) or only two', () => {
    assert.ok(classes([SENTENCE, ...teasers(3)]).every((c) => c === 'good'));
    assert.ok(classes([sentences(12), ...teasers(2)]).every((c) => c === 'good'));
  });
  it('keeps sections of several paragraphs each', () => {
    const sections = ['First section heading here', SENTENCE, SENTENCE, 'Second section heading here', SENTENCE, SENTENCE, 'Third section heading here', SENTENCE, SENTENCE];
    assert.ok(classes([sentences(12), ...sections]).every((c) => c === 'good'));
  });
});

describe('bylines and datelines', () => {
  it('reads "By", "Compiled by:" and "Author:" bylines', () => {
    assert.equal(parseByline('Compiled by: Basma Qaddour'), 'Basma Qaddour');
    assert.equal(parseByline('By Eric Song, IGN Staff'), 'Eric Song');
    assert.equal(parseByline('Author: Maria de la Cruz'), 'Maria de la Cruz');
  });
  it('stops a byline at a date or at "on"', () => {
    assert.equal(parseByline('by Regan September 15, 2014'), 'Regan');
    assert.equal(parseByline('Posted by Michael David Smith on November 19, 2019, 6:21 AM EST'), 'Michael David Smith');
  });
  it('does not take a sentence starting with "By" for a byline', () => {
    assert.equal(parseByline('By the end of the day the talks had collapsed.'), undefined);
    assert.equal(parseByline('By Tuesday, officials had agreed'), undefined);
  });
  it('reads credit lines without a leading "By"', () => {
    assert.equal(parseCredit('Monday November 18, 2019 7:45 am PST by Joe Rossignol'), 'Joe Rossignol');
    assert.equal(parseCredit('Tom Krisher, AP Auto Writer'), 'Tom Krisher');
    assert.equal(parseCredit('Chris Davies - Nov 19, 2019, 10:31 pm CST'), 'Chris Davies');
    assert.equal(parseCredit('Reuters November 18, 2019 11:03 PM'), 'Reuters');
  });
  it('does not read a menu entry as a credit', () => {
    assert.equal(parseCredit('Home - News'), undefined);
    assert.equal(parseCredit('Minnesota Wild'), undefined);
  });
  it('records a byline written in capitals in title case', () => {
    assert.equal(article(`Headline of the story\n\nBy SELINA WILLIAMS\n\n${SENTENCE}`).author, 'Selina Williams');
  });
  it('takes the byline out of the body into the author field', () => {
    const a = article(`Headline of the story\n\n${SENTENCE}\n\nCompiled by: Basma Qaddour`);
    assert.equal(a.author, 'Basma Qaddour');
    assert.doesNotMatch(a.body, /Compiled/);
  });
  it('reads a "place / month.day.year / agency:" dateline', () => {
    const d = parseDateline('Baku / 11.22.20 / Turan: In an interview');
    assert.equal(d?.place, 'Baku');
    assert.equal(d?.agency, 'Turan');
    assert.equal(d?.date?.date, '2020-11-22');
  });
  it('reads a "PLACE (Agency) —" dateline', () => {
    const d = parseDateline('WASHINGTON (AP) — The Senate voted');
    assert.deepEqual([d?.place, d?.agency, d?.date], ['WASHINGTON', 'AP', undefined]);
  });
  it("records a news agency under its one name, as its dateline, credit or copyright notice calls it", () => {
    assert.equal(sourceName('AP'), 'Associated Press');
    assert.equal(sourceName('The Associated Press'), 'Associated Press');
    assert.equal(sourceName('Turan'), 'Turan');
    assert.equal(parseCredit('The Canadian Press'), 'The Canadian Press', 'an agency alone is a credit');
    const a = article(`Headline of the story\n\nWASHINGTON (AP) — ${SENTENCE}\n\n© 2012 The Associated Press. All rights reserved.`);
    assert.deepEqual([a.agency, a.publisher], ['Associated Press', 'Associated Press']);
  });
  it('takes the dateline off the first paragraph and dates the article by it', () => {
    const a = article(`Headline of the story\n\nBaku / 11.22.20 / Turan: ${SENTENCE}`);
    assert.deepEqual([a.dateline, a.agency, a.date], ['Baku', 'Turan', '2020-11-22']);
    assert.ok(a.body.startsWith('The talks'));
  });
});

describe('dates', () => {
  it('reads the common written forms', () => {
    const cases: Array<[string, string]> = [
      ['2023-09-20', '2023-09-20'],
      ['September 20, 2023', '2023-09-20'],
      ['Nov. 19, 2019 8:03 am ET', '2019-11-19'],
      ['20 Sep 2023', '2023-09-20'],
      ['20.09.2023', '2023-09-20'],
      ['11/22/2020', '2020-11-22'],
    ];
    for (const [input, date] of cases) assert.equal(findDate(input)?.date, date, input);
  });
  it('passes over an impossible date to the next one of the same form', () => {
    assert.equal(findDate('Updated: February 29, 2017 | Published: February 28, 2017')?.date, '2017-02-28');
  });
  it('takes both dates of an "Updated: … | Published: …" line, and the published one is the date', () => {
    const a = article(`Headline of the story\n\nUpdated: June 4, 2021 | Published: June 3, 2021\n\n${sentences(3)}`);
    assert.equal(a.date, '2021-06-03');
    assert.equal(a.subtitle, undefined);
    assert.deepEqual(a.removed.filter((r) => r.line === 3).map((r) => r.reason), ['update date', 'date']);
  });
  it('reads dates written in other languages', () => {
    const cases: Array<[string, string, string]> = [
      ['Posted on Maret 30, 2015 by Admin', 'id', '2015-03-30'],
      ['18. November 2019', 'de', '2019-11-18'],
      ['20 de novembro de 2019', 'pt', '2019-11-20'],
      ['2019年11月20日', 'ja', '2019-11-20'],
      ['20 ноября 2019', 'ru', '2019-11-20'],
    ];
    for (const [input, language, date] of cases) assert.equal(findDate(input, language)?.date, date, input);
  });
  it('gives month precision when only a month is named', () => {
    assert.deepEqual([findDate('September 2023')?.date, findDate('September 2023')?.precision], ['2023-09-01', 'month']);
  });
  it('never accepts an impossible day', () => {
    assert.equal(findDate('2023-02-30'), undefined);
  });
  it('takes a labelled date off the start of a paragraph', () => {
    const d = leadingDate('date 2023-09-20 The president said');
    assert.deepEqual([d?.date, d?.rest, d?.labelled], ['2023-09-20', 'The president said', true]);
  });
  it('finds a leading date only where one opens the line, whether or not it looks at the first letters', () => {
    // leadingDate skips English lines that cannot open with a date; German ones are read in full.
    const lines = ['Tues. May 5, 2020 at noon', 'Sept 9, 2021', '5/4/2021', 'Published: 4 of May, 2021', 'On May 5, 2020 the', 'the 5 May 2020', '(May 5, 2020)'];
    assert.deepEqual(lines.map((l) => leadingDate(l, 'en')?.date), ['2020-05-05', '2021-09-09', '2021-05-04', '2021-05-04', undefined, undefined, undefined]);
    // chrono reads "Am 18. November 2019" as one date: a line the English first letters would skip.
    assert.equal(leadingDate('Am 18. November 2019 sagte', 'de')?.date, '2019-11-18');
    assert.equal(leadingDate('Der 18. November 2019', 'de')?.date, undefined);
  });
  it('reads the date anywhere in a short metadata line, published or updated as labelled', () => {
    assert.deepEqual(
      [metadataDate('Monday November 18, 2019 7:45 am PST by Joe Rossignol')?.date, metadataDate('* Published 18 November 2019')?.date],
      ['2019-11-18', '2019-11-18'],
    );
    const both = metadataDate('PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 20, 2019');
    assert.deepEqual([both?.date, both?.kind], ['2019-11-19', 'published']);
    assert.equal(metadataDate('Updated 1:39 am EST, Wednesday, November 20, 2019')?.kind, 'updated');
    assert.equal(metadataDate(SENTENCE.replace('late', 'late on 20 November 2019')), undefined, 'not in running text');
  });
  it('takes the date of a byline line that carries both', () => {
    const a = article(`Headline of the story\n\nBy Sherif Saed, Wednesday, 20 November 2019 08:05 GMT\n\n${SENTENCE}`);
    assert.deepEqual([a.author, a.date], ['Sherif Saed', '2019-11-20']);
  });
  it('prefers the published date over an update date', () => {
    const a = article(`Headline of the story\n\nUpdated: 18 Nov 2019 9:38 pm\nPosted: 17 Nov 2019 8:11 pm\n\n${SENTENCE}`);
    assert.equal(a.date, '2019-11-17');
    assert.doesNotMatch(a.body, /2019/);
  });
  it('leaves a bare date that opens a sentence in the text', () => {
    const a = article(`Headline of the story\n\nSeptember 11, 2001 was a day nobody in the city has forgotten since then.`);
    assert.equal(a.date, undefined);
    assert.match(a.body, /^September 11, 2001 was/);
  });
});

describe('headline', () => {
  it('derives the title from the first block with a word in it, else from the file name', () => {
    assert.equal(article(`...\n\n${SENTENCE}`).title, SENTENCE.replace(/\.$/, ''));
    const symbols = ingest(text('... !!! ... ??? ... *** ... ### ... !!! ... ??? ... *** ... ### ... !!! ... ??? ...'), 'notes/2023-report.txt');
    assert.ok(symbols.ok && symbols.article.title === '2023-report' && symbols.article.titleDerived);
  });
  it('skips a tagline above the headline by topical overlap with the body', () => {
    const body = contentStems('Azerbaijan launched an operation in Karabakh; Russia and France called for calm.');
    const at = (text: string, distance: number) => ({ text, distance, repeated: false });
    assert.equal(chooseHeadline([at('Fastest News Updates around the World', 3), at('Calm Called for in Karabakh Amid Operation', 1)], body).index, 1);
  });
  it('prefers a headline close above the article, and one the page repeats, to a menu line', () => {
    const body = contentStems('The Wild beat the Sabres as Zach Parise scored twice for Minnesota on Tuesday night.');
    const menu = { text: 'Minnesota Wild', distance: 2, repeated: false };
    const far = { text: 'Zach Parise scores twice as Wild beat Sabres', distance: 30, repeated: false };
    assert.equal(chooseHeadline([menu, { ...far, distance: 3 }], body).index, 1);
    assert.ok(headlineScore({ ...far, distance: 3 }, body) > headlineScore(far, body), 'nearer scores more');
    assert.equal(headlineScore({ ...far, repeated: true }, body), 1.5 * headlineScore(far, body));
  });
  it('chooses the headline over a site name above it and a list of tags between them', () => {
    const body = contentStems('Caps Lock is a key few people press on purpose. Here is how to turn it into a second Windows key, with a free tool.');
    const at = (text: string, distance: number, fromTop: number) => ({ text, distance, repeated: false, fromTop });
    const candidates = [at('Technology Blog', 10, 0), at('Internet, Keyboard Shortcuts, Windows 8', 4, 6), at('Turn CAPS Lock into a Dedicated Windows Key', 1, 9)];
    assert.equal(chooseHeadline(candidates, body).index, 2);
  });
  it('looks for the headline above the first paragraph, which a link to the previous and next post is not', () => {
    const nav = '« A lecture on the ethics of balance and other old stories | Main | Nine reasons to be excited by the new app »';
    assert.equal(article(`Festival Blog\n\n${nav}\n\nHighlights from the Doha Salon\n\n${SENTENCE}\n\n${SENTENCE}`).title, 'Highlights from the Doha Salon');
  });
  it("finds a blog's headline below its description, by the date beside it, and leaves the description out", () => {
    const post = 'Algebra gets a bad rap among my students, and I think I know why.\n\nWe spent the week on slope and rate of change, and the class finally saw what algebra is for.';
    const a = article(`The Maths Room\n\nThe opinions expressed here are my own and not those of my employer.\n\nMonday, September 24, 2012\n\nAlgebra Gets a Bad Rap\n\n${post}`);
    assert.equal(a.title, 'Algebra Gets a Bad Rap');
    assert.ok(!a.body.includes('opinions expressed'), a.body);
  });
  it('takes a list item for the headline only when its byline stands right under it', () => {
    const post = 'Timeline is now available on mobile, so you can see your friends and their stories on the go.\n\nOpen the app on your phone and tap your name to see your timeline.';
    const a = article(`The Social Blog\n\n* Home\n* About\n\n+ Timeline: Now Available on Mobile\nby Mick Johnson on Thursday, December 15, 2011 at 10:00am\n\n${post}`);
    assert.equal(a.title, 'Timeline: Now Available on Mobile');
  });
  it('never takes a sentence ending in a CJK full stop for a headline', () => {
    const para = '東京都内の店舗で改造されたスマートフォンが販売されていた問題で、警察は十日、販売店の経営者を商標法違反の疑いで逮捕しました。調べによると、容疑者は部品を交換した端末を正規品として販売していたということです。';
    const a = article(`報道によると、販売されたのは改造した端末です。\n\n${para}\n\n${para}`);
    assert.ok(a.titleDerived && a.body.startsWith('報道によると'), a.body);
  });
  it('takes the candidate the scorer finds likeliest, as sure as the scorer is', () => {
    const body = contentStems('Talks in the capital ended without a result.');
    const candidates = ['News', 'Talks End', 'World'].map((text, k) => ({ text, distance: 3 - k, repeated: false }));
    assert.deepEqual(chooseHeadline(candidates, body, () => [0.2, 0.1, 0.6]), { index: 2, confidence: 0.6 });
  });
  it('measures every candidate by the features the shipped model was trained on', () => {
    const rows = headlineFeatures([{ text: 'Talks End Without Result', distance: 1, repeated: false }], contentStems('Talks ended.'));
    assert.equal(rows[0]!.length, HEADLINE_FEATURE_NAMES.length);
    const [p] = learnedHeadline(rows, []);
    assert.ok(p! > 0 && p! < 1, 'a probability, from a model whose feature names match');
  });
  it('keeps the tagline out of title and body, and the line under the headline as standfirst', () => {
    const a = article(`Fastest News Updates around the World\n\nTalks in the Capital End Without Result\n\nNegotiators Leave the Capital Talks\n\n${SENTENCE}`);
    assert.equal(a.title, 'Talks in the Capital End Without Result');
    assert.equal(a.subtitle, 'Negotiators Leave the Capital Talks');
    assert.equal(a.siteTagline, 'Fastest News Updates around the World');
    assert.doesNotMatch(a.body, /Fastest/);
  });
  it('never takes a line that leads elsewhere, or account and site furniture, for the headline', () => {
    for (const furniture of ['Continue reading the main story', 'Share this with friends', '« Tegan and Sara playing the Bowery Ballroom', 'Book news, plus a podcast interview »', '872 comments', '* * *', 'Keep me logged in', 'Remove this ad', 'Member since 08/2003', 'Blog powered by TypePad', 'jump to navigation', 'Your Ad Here', 'Recent Posts', 'Show All']) {
      const a = article(`${furniture}\n\n${sentences(3)}`);
      assert.notEqual(a.title, furniture);
    }
  });
  it('takes the last part of a breadcrumb for the headline', () => {
    for (const crumbs of ['You are here: Home / Fashion / Finding Your Vintage Style', 'InfoWorld Home » Applications » Finding Your Vintage Style']) {
      assert.equal(headlineText(crumbs), 'Finding Your Vintage Style');
      assert.equal(article(`${crumbs}\n\n${sentences(3)}`).title, 'Finding Your Vintage Style');
    }
    assert.equal(headlineText('Yes / No: The Vote Explained'), 'Yes / No: The Vote Explained'); // one slash is no breadcrumb
  });
  it('derives a title of at most 100 characters, cut at a word, from the opening sentence', () => {
    const long = 'The Azerbaijani president, Ilham Aliyev, explained last night during a telephone conversation with the American Secretary of State the conditions. More.';
    const title = deriveTitle(long);
    assert.ok(title.length <= 100, title);
    assert.equal(title, 'The Azerbaijani president, Ilham Aliyev, explained last night during a telephone conversation with…');
    assert.equal(deriveTitle('Short opening. Then more.'), 'Short opening');
  });
  it('marks a derived title, and keeps a date label out of it', () => {
    const a = article(` date 2023-09-20 ${SENTENCE}`);
    assert.equal(a.titleDerived, true);
    assert.equal(a.title, 'The talks in the capital went on until late in the evening without any result');
    assert.equal(a.date, '2023-09-20');
  });
});

describe('structure', () => {
  it('makes a short line between paragraphs a section heading', () => {
    assert.deepEqual(toBlocks([SENTENCE, 'Demonstrations', SENTENCE]).map((b) => b.kind), ['paragraph', 'heading', 'paragraph']);
  });
  it('does not make a short closing line or a short question a heading', () => {
    assert.deepEqual(toBlocks([SENTENCE, 'Really, have you ever seen anything so gorgeous?', SENTENCE]).map((b) => b.kind), ['paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(toBlocks([SENTENCE, 'The End']).map((b) => b.kind), ['paragraph', 'paragraph']);
  });
  it('keeps a list that article text introduces, however short its items', () => {
    const intro = `${SENTENCE.replace(/\.$/, '')}, and here are the offers not to miss:`;
    const a = article(`Offers for Nostalgics\n\nMenu\n\nFilm\n\n${SENTENCE}\n\n${intro}\n\n1) Lego Star Wars\n\nhttp://amzn.to/x\n\n2) Polistil Track\n\nhttp://amzn.to/y\n\n3) Thriller (Vinyl)\n\nSubscribe to our newsletter`);
    assert.match(a.body, /^1\. Lego Star Wars$[\s\S]*^2\. Polistil Track$[\s\S]*^3\. Thriller \(Vinyl\)$/m);
    assert.doesNotMatch(a.body, /Menu|newsletter/);
  });
  it('keeps a short clause that introduces a list closing the article, before the page furniture', () => {
    const a = article(`Headline of the story\n\n${sentences(4)}\n\nThe main points of the agreement:\n\n* A new bridge for the town\n* A school for the valley\n\nLeave a Reply\n\nName *`);
    assert.match(a.body, /The main points of the agreement:\n\n- A new bridge for the town\n- A school for the valley$/);
  });
  it('makes bullet lines a list, and en-dash lines only when they come in a run', () => {
    assert.equal(toMarkdown(toBlocks(['• one', '• two'])), '- one\n- two');
    assert.equal(toMarkdown(toBlocks(['1. one', '2) two'])), '1. one\n2. two');
    assert.equal(toMarkdown(toBlocks(['o Fact Check', 'o Best Games'])), '- Fact Check\n- Best Games');
    assert.equal(listItem('o que foi dito'), undefined, 'a lower-case word after "o" is text');
    assert.deepEqual(toBlocks(['– What did you say?', SENTENCE]).map((b) => b.kind), ['paragraph', 'paragraph']);
  });
  it('makes lines quoted with ">" a block quote', () => {
    assert.equal(toMarkdown(toBlocks([SENTENCE, '> We will win.', '> *Certainly.*', SENTENCE])), `${SENTENCE}\n\n> We will win.\n>\n> \\*Certainly.\\*\n\n${SENTENCE}`);
  });
  it('escapes Markdown so the text shows as written', () => {
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
    assert.equal(escapeMarkdown('<script>*x*_y_ [a](b) & `c` | ~d~'), '\\<script\\>\\*x\\*\\_y\\_ \\[a\\](b) \\& \\`c\\` \\| \\~d\\~');
  });
});
