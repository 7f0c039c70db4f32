// `npm run bench:gen -- --count N --out DIR`: realistic synthetic raw article files, so the
// benchmark makes ingest do real work: page furniture of many kinds around a headline, a date in one
// of many written forms (some undated), bylines, datelines, sub-headings, lists and quotes, related
// links and comment prompts after the text, a few files in legacy encodings. Seeded: the same N
// gives the same files.
import iconv from 'iconv-lite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../helpers/random.ts';

const FIRST = ['Anna', 'David', 'Leyla', 'Mark', 'Sofia', 'Ivan', 'Grace', 'Omar', 'Elena', 'Tom', 'Nino', 'Arman', 'Julia', 'Kenji', 'Maria', 'Lukas'];
const LAST = ['Petrosyan', 'Aliyev', 'Smith', 'Novak', 'Garcia', 'Kuznetsov', 'Müller', 'Okafor', 'Rossi', 'Tanaka', 'Haddad', 'Brown', 'Kowalski', 'Dubois'];
const PLACES = ['Baku', 'Yerevan', 'Moscow', 'Paris', 'Ankara', 'Tbilisi', 'Berlin', 'Washington', 'Geneva', 'Brussels', 'Tehran', 'Stepanakert', 'Shusha', 'Ganja', 'Vienna', 'London'];
const AGENCIES = ['AP', 'Reuters', 'AFP', 'Interfax', 'Turan', 'Armenpress', 'APA'];
const SITES = ['The Daily Ledger', 'Caucasus Watch', 'Regional Times', 'Morning Courier', 'The Observer Post', 'News Wire Today'];
const NOUNS = ['ministry', 'ceasefire', 'delegation', 'border', 'village', 'parliament', 'agreement', 'convoy', 'refugees', 'talks', 'offensive', 'mediators', 'region', 'pipeline', 'election', 'budget', 'court', 'hospital', 'bridge', 'harvest', 'festival', 'museum', 'railway', 'market', 'school', 'council', 'embassy', 'summit', 'report', 'inquiry'];
const VERBS = ['announced', 'rejected', 'welcomed', 'criticised', 'postponed', 'approved', 'discussed', 'confirmed', 'denied', 'signed', 'suspended', 'reviewed', 'opened', 'blocked', 'praised'];
const ADJ = ['new', 'fragile', 'long-awaited', 'disputed', 'regional', 'temporary', 'humanitarian', 'local', 'international', 'renewed', 'sudden', 'cautious', 'historic', 'quiet'];
const TIMES = ['on Monday', 'on Tuesday', 'late on Wednesday', 'on Thursday morning', 'on Friday', 'over the weekend', 'earlier this month', 'last year', 'after midnight'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Rand = () => number;

function article(rand: Rand, n: number): { text: string; encoding: 'utf8' | 'win1252' | 'utf16le' } {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const sentence = () => {
    const forms = [
      () => `The ${pick(ADJ)} ${pick(NOUNS)} in ${pick(PLACES)} was ${pick(VERBS)} ${pick(TIMES)}, according to officials who asked not to be named.`,
      () => `${person()}, who leads the ${pick(NOUNS)}, said the ${pick(NOUNS)} would be ${pick(VERBS)} before the end of the year.`,
      () => `In ${pick(PLACES)}, residents said they had not been told when the ${pick(NOUNS)} would reopen, and many were waiting for news.`,
      () => `The ${pick(NOUNS)} ${pick(VERBS)} a plan for the ${pick(ADJ)} ${pick(NOUNS)} ${pick(TIMES)}, a move that ${person()} called ${pick(ADJ)}.`,
      () => `Figures released by the ${pick(NOUNS)} show ${int(2, 900)} people were affected, up from ${int(1, 400)} a year earlier.`,
      () => `“We are ready to talk, but not at any price,” ${person()} told reporters in ${pick(PLACES)} ${pick(TIMES)}.`,
    ];
    return pick(forms)();
  };
  const paragraph = () => Array.from({ length: int(2, 5) }, sentence).join(' ');
  const site = pick(SITES);
  const year = int(2005, 2024);
  const month = int(1, 12);
  const day = int(1, 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const dateForms = [
    `Published: ${MONTHS[month - 1]} ${day}, ${year}`,
    `date ${iso}`,
    `${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`,
    `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`,
    `Updated: ${MONTHS[month - 1]} ${Math.min(day + 1, 28)}, ${year} | Published: ${MONTHS[month - 1]} ${day}, ${year}`,
    `${MONTHS[month - 1]} ${day}, ${year} at ${int(1, 12)}:${String(int(0, 59)).padStart(2, '0')} pm`,
  ];
  const lines: string[] = [];
  // The top of the page: the site's name, a menu, maybe a cookie notice.
  lines.push(site, '');
  if (rand() < 0.7) lines.push(...['Home', 'World', 'Politics', 'Business', 'Culture', 'Sport', 'Opinion', 'Video', 'Podcasts'].slice(0, int(4, 9)).map((m) => `* ${m}`), '');
  if (rand() < 0.3) lines.push('We use cookies to improve your experience. By continuing you accept our cookie policy.', 'Accept cookies', '');
  const headline = cap(`${pick(ADJ)} ${pick(NOUNS)} ${pick(VERBS)} in ${pick(PLACES)} as ${pick(NOUNS)} ${pick(['waits', 'grows', 'ends', 'resumes', 'stalls'])}`);
  lines.push(`${headline} (${n})`, '');
  if (rand() < 0.75) lines.push(rand() < 0.5 ? `By ${person()}` : rand() < 0.5 ? `Written by ${person()}` : `Author: ${person()}`, '');
  if (rand() < 0.92) lines.push(pick(dateForms), '');
  if (rand() < 0.4) lines.push('Share on Facebook', 'Share on Twitter', 'Share via Email', '');
  // The article: a dateline on the first paragraph sometimes, 3 to 18 paragraphs with furniture,
  // sub-headings, a list and a quote among them.
  const paragraphs = int(3, 18);
  for (let p = 0; p < paragraphs; p++) {
    let text = paragraph();
    if (p === 0 && rand() < 0.3) text = `${pick(PLACES).toUpperCase()} (${pick(AGENCIES)}) — ${text}`;
    lines.push(text, '');
    const r = rand();
    if (r < 0.08) lines.push('- Advertisement -', '');
    else if (r < 0.12) lines.push(`${cap(pick(ADJ))} ${pick(NOUNS)} ahead`, '');
    else if (r < 0.15) lines.push('The main points of the agreement:', '', ...Array.from({ length: int(2, 5) }, () => `* ${cap(pick(ADJ))} ${pick(NOUNS)} for ${pick(PLACES)}`), '');
    else if (r < 0.17) lines.push(`> ${sentence()}`, '');
    else if (r < 0.19) lines.push(`Photo: ${person()} / ${pick(AGENCIES)}`, '');
  }
  // The foot of the page: related links, comment prompts, the copyright notice.
  if (rand() < 0.6) lines.push(pick(['You might also like', 'Related articles', 'Read more']), '', ...Array.from({ length: int(3, 6) }, () => cap(`${pick(NOUNS)} ${pick(VERBS)} in ${pick(PLACES)}`)), '');
  if (rand() < 0.4) lines.push('Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name *', 'Email *', '');
  lines.push(`© ${year} ${site}. All rights reserved.`);
  const r = rand();
  return { text: lines.join(rand() < 0.1 ? '\r\n' : '\n'), encoding: r < 0.03 ? 'win1252' : r < 0.04 ? 'utf16le' : 'utf8' };
}

/** Writes `count` raw article files into `out` (in sub-folders of 1,000, as large archives are kept). */
export function generate(count: number, out: string, seed = 1): { bytes: number } {
  const rand = seededRandom(seed);
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const { text, encoding } = article(rand, n);
    const data =
      encoding === 'win1252'
        ? iconv.encode(text.replace(/[“”]/g, '"').replace(/—/g, '-') + '\nCaf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9.', 'win1252')
        : encoding === 'utf16le'
          ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
          : Buffer.from(text);
    const folder = join(out, String(Math.floor(n / 1000)).padStart(3, '0'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `article-${String(n).padStart(6, '0')}.txt`), data);
    bytes += data.length;
  }
  return { bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const count = Number(values.count);
  const out = values.out ?? `bench-data/articles-${count}`;
  const { bytes } = generate(count, out, Number(values.seed));
  console.log(`${count} articles, ${(bytes / 1e6).toFixed(1)} MB → ${out}`);
}
