// The per-file report and the build summary: every file of the archive is accounted for.
import type { ArticleMeta } from '../article.ts';
import { UNCERTAIN_BELOW } from '../ingest/settings.ts';
import type { Outcome } from './archive.ts';

/** How sure ingest is of an article: of its body or its title, whichever is less. */
const sureness = (a: ArticleMeta) => Math.min(a.confidence.body, a.confidence.title);

export interface Summary {
  files: number;
  built: number;
  undated: number;
  warned: number;
  /** Articles whose body or title ingest is less sure of than UNCERTAIN_BELOW. */
  uncertain: number;
  duplicates: number;
  rejected: number;
}

export function summarize(outcomes: Outcome[]): Summary {
  const built = outcomes.filter((o) => o.status === 'built');
  return {
    files: outcomes.length,
    built: built.length,
    undated: built.filter((o) => !o.article.date).length,
    warned: built.filter((o) => o.article.warnings.length > 0).length,
    uncertain: built.filter((o) => sureness(o.article) < UNCERTAIN_BELOW).length,
    duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    rejected: outcomes.filter((o) => o.status === 'rejected').length,
  };
}

/** One line per problem, `articles/NAME: reason`, rejections first. */
export function problemLines(outcomes: Outcome[], folder: string): string[] {
  const lines: string[] = [];
  for (const o of outcomes) if (o.status === 'rejected') lines.push(`${folder}/${o.file}: rejected: ${o.reason}`);
  for (const o of outcomes) {
    if (o.status === 'duplicate') lines.push(`${folder}/${o.file}: warning: byte-identical to ${folder}/${o.of} (published once, at ${o.url})`);
    if (o.status === 'built') for (const w of o.article.warnings) lines.push(`${folder}/${o.file}: warning: ${w}`);
  }
  return lines;
}

/**
 * One line for every file of the archive: the rejected first, then the articles from the one ingest
 * is least sure of (check those first), each with how sure it is of body and title, then duplicates.
 */
export function fileLines(outcomes: Outcome[], folder: string): string[] {
  const rank = (o: Outcome) => (o.status === 'rejected' ? -1 : o.status === 'built' ? sureness(o.article) : 2);
  return [...outcomes]
    .sort((a, b) => rank(a) - rank(b))
    .map((o) => {
      const name = `${folder}/${o.file}`;
      if (o.status === 'rejected') return `${name}: rejected: ${o.reason}`;
      if (o.status === 'duplicate') return `${name}: duplicate of ${folder}/${o.of}, at ${o.url}`;
      const { body, title } = o.article.confidence;
      return [`${name}: built at ${o.url} (sure of body ${body.toFixed(2)}, title ${title.toFixed(2)})`, ...o.article.warnings].join('; warning: ');
    });
}

/** The counts; `done` says what became of the good files (`built`, or `ready` when only checked). */
export function summaryLine(s: Summary, seconds?: number, done = 'built'): string {
  const parts = [
    `${s.built} article${s.built === 1 ? '' : 's'} ${done}`,
    `${s.undated} undated`,
    `${s.warned} with warnings`,
    `${s.uncertain} uncertain`,
    `${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'}`,
    `${s.rejected} rejected`,
  ];
  return `${s.files} file${s.files === 1 ? '' : 's'}: ${parts.join(', ')}${seconds === undefined ? '' : ` in ${seconds.toFixed(1)} s`}`;
}
