// Author lines (`By Jane Doe`, `Compiled by: Basma Qaddour`, `Author: …`) and dateline openings
// (`Baku / 11.22.20 / Turan:`, `WASHINGTON (AP) —`, `BAKU, Sept. 20 (Reuters) -`).
import { findDate, type FoundDate } from './dates.ts';
import { AUTHOR_MAX_WORDS, NEWS_AGENCIES } from './settings.ts';
import { words } from './text.ts';

const BYLINE = /^(?:(?:compiled|written|reported|edited|posted|story|text|words)\s+by|by|author|authors|written by)\s*[:\-–—]?\s+(.+)$/i;
/** Name words start with a capital; particles (de, van, al-, bin …) may be lower case. */
const NAME_WORD = /^(\p{Lu}[\p{L}'’.\-]*|de|da|del|della|der|den|di|du|van|von|la|le|al|el|bin|ibn|and|&)$/u;
const PARTICLE = /^(de|da|del|della|der|den|di|du|van|von|la|le|al|el|bin|ibn|and|&)$/;

/** The name at the start of a credit: its leading run of name words, up to a date, "on", a comma … */
function leadingName(credit: string): string | undefined {
  const date = findDate(credit);
  const named = date ? credit.slice(0, credit.indexOf(date.text)) : credit;
  const head = named.split(/\s*[,|·•@/(]\s*|\s+[-–—]\s+|\s+(?:on|at|in|for)\s+/)[0]!.trim();
  const parts = head.split(/\s+/);
  const firstOther = parts.findIndex((p) => !NAME_WORD.test(p));
  const run = firstOther < 0 ? parts : parts.slice(0, firstOther);
  while (run.length && PARTICLE.test(run.at(-1)!)) run.pop();
  // One name word is a name only when nothing but a date or a separator follows ("by Regan, …").
  if (run.length === 0 || run.length > AUTHOR_MAX_WORDS || (run.length === 1 && words(named).length > 1)) return undefined;
  const name = run.join(' ').replace(/[.:]$/, '');
  return /^\p{Lu}/u.test(name) && words(name).length > 0 ? name : undefined;
}

/** The author named by a byline line (`By …`, `Compiled by: …`, `Author: …`), or undefined. */
export function parseByline(line: string): string | undefined {
  const m = BYLINE.exec(line);
  return m ? leadingName(m[1]!) : undefined;
}

/** How a news agency's names are compared: in lower case, without a leading "the". */
const agencyKey = (name: string) => name.toLowerCase().replace(/^the /, '');
/** Each name of a news agency, by its key, and the one name it is recorded under. */
const AGENCY_NAMES = new Map(Object.entries(NEWS_AGENCIES).flatMap(([name, others]) => [name, ...others].map((other) => [agencyKey(other), name] as const)));

/** A news agency's one name (NEWS_AGENCIES) for any of its names; another source's name as it is. */
export function sourceName(name: string): string {
  return AGENCY_NAMES.get(agencyKey(name)) ?? name;
}

/** A news agency's name alone: the credit of the stories it sends. */
const isAgency = (text: string) => AGENCY_NAMES.has(agencyKey(text));

/** The roles a credit line names after the author. */
const ROLE = /\b(writer|reporter|correspondent|editor|staff|contributor|columnist|associated press|reuters|afp|bloomberg)\b/i;

/**
 * The author in a metadata line that credits one without a leading "By": `by NAME` inside the line
 * (`Monday November 18, 2019 7:45 am PST by Joe Rossignol`), `NAME, AP Auto Writer`, `NAME - date`,
 * or a wire agency alone (`Reuters`, `Associated Press November 18, 2019`).
 */
export function parseCredit(line: string): string | undefined {
  const inner = /\bby:?\s+(\p{Lu}.*)$/iu.exec(line);
  if (inner) return leadingName(inner[1]!);
  const date = findDate(line);
  const trim = (t: string) => t.replace(/^[\s|·•,–—-]+|[\s|·•,–—-]+$/g, '');
  const sides = date ? [line.slice(0, line.indexOf(date.text)), line.slice(line.indexOf(date.text) + date.text.length)].map(trim) : [trim(line)];
  const agency = sides.find(isAgency);
  if (agency) return agency;
  const undated = trim(date ? line.replace(date.text, ' ') : line);
  const role = /^(.+?)\s*(?:,|\s[-–—]\s)\s*(.+)$/.exec(undated);
  if (role && ROLE.test(role[2]!)) return leadingName(role[1]!);
  if (date && line.indexOf(date.text) > 0 && /\s[-–—|]\s*$/.test(line.slice(0, line.indexOf(date.text)))) return leadingName(undated);
  return undefined;
}

export interface Dateline {
  place: string;
  agency?: string;
  date?: FoundDate;
  /** The opening that was recognised, to be taken off the paragraph. */
  text: string;
}

const PLACE = String.raw`(\p{Lu}[\p{L}.'’\- ]{1,40}?)`;
const AGENCY = String.raw`(\p{Lu}[\p{L}.&'’\- ]{0,30}?)`;
/** `Baku / 11.22.20 / Turan:` — place, date and agency between slashes. */
const SLASHED = new RegExp(String.raw`^${PLACE}\s*/\s*([\d./-]{6,10})\s*/\s*${AGENCY}\s*[:\-–—]\s+`, 'u');
/** `WASHINGTON (AP) —` or `BAKU, Sept. 20 (Reuters) -` — place, optional date, agency in brackets. */
const BRACKETED = new RegExp(String.raw`^${PLACE}(?:,\s*([^()]{3,30}?))?\s*\(${AGENCY}\)\s*[:\-–—]+\s+`, 'u');

/** The dateline that opens a paragraph, if any. */
export function parseDateline(paragraph: string): Dateline | undefined {
  const slashed = SLASHED.exec(paragraph);
  if (slashed) {
    const date = findDate(slashed[2]!);
    if (!date) return undefined;
    return { place: slashed[1]!.trim(), date, agency: slashed[3]!.trim(), text: slashed[0] };
  }
  const bracketed = BRACKETED.exec(paragraph);
  if (bracketed) {
    // `Sept. 20` without a year names no full date; the place and agency still stand.
    const date = bracketed[2] ? findDate(bracketed[2]) : undefined;
    return { place: bracketed[1]!.trim(), date, agency: bracketed[3]!.trim(), text: bracketed[0] };
  }
  return undefined;
}
