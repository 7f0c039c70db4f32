// Author lines (`By Jane Doe`, `Compiled by: Basma Qaddour`, `Author: …`) and dateline openings
// (`Baku / 11.22.20 / Turan:`, `WASHINGTON (AP) —`, `BAKU, Sept. 20 (Reuters) -`).
import { findDate, type FoundDate } from './dates.ts';
import { AUTHOR_MAX_WORDS } from './settings.ts';
import { words } from './text.ts';

const BYLINE = /^(?:(?:compiled|written|reported|edited|posted|story|text|words)\s+by|by|author|authors|written by)\s*[:\-–—]?\s+(.+)$/i;
/** Name words start with a capital; particles (de, van, al-, bin …) may be lower case. */
const NAME_WORD = /^(\p{Lu}[\p{L}'’.\-]*|de|da|del|della|der|den|di|du|van|von|la|le|al|el|bin|ibn|and|&)$/u;

/** The author named by a byline line, or undefined when the line is not a byline. */
export function parseByline(line: string): string | undefined {
  const m = BYLINE.exec(line);
  if (!m) return undefined;
  // "By Eric Song, IGN Staff" → "Eric Song"; "By Jane Doe | Reuters" → "Jane Doe"; "by Regan
  // September 15, 2014" → "Regan"; "Posted by Jo Smith on November 19, 2019" → "Jo Smith".
  const date = findDate(m[1]!);
  const named = date ? m[1]!.slice(0, m[1]!.indexOf(date.text)) : m[1]!;
  const name = named.split(/\s*[,|·•@/]\s*|\s+[-–—]\s+|\s+(?:on|at|in|for)\s+/)[0]!.trim().replace(/[.:]$/, '');
  const parts = name.split(/\s+/);
  if (parts.length === 0 || parts.length > AUTHOR_MAX_WORDS || words(name).length === 0) return undefined;
  if (!parts.every((p) => NAME_WORD.test(p))) return undefined;
  if (!/^\p{Lu}/u.test(name)) return undefined;
  return name;
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
