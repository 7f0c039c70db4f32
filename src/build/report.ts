// The per-file report and the build summary: every file of the archive is accounted for.
import type { Outcome } from './archive.ts';

export interface Summary {
  files: number;
  built: number;
  undated: number;
  warned: number;
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

/** One line for every file of the archive, in name order: what became of it and where. */
export function fileLines(outcomes: Outcome[], folder: string): string[] {
  return outcomes.map((o) => {
    const name = `${folder}/${o.file}`;
    if (o.status === 'rejected') return `${name}: rejected: ${o.reason}`;
    if (o.status === 'duplicate') return `${name}: duplicate of ${folder}/${o.of}, at ${o.url}`;
    return [`${name}: built at ${o.url}`, ...o.article.warnings].join('; warning: ');
  });
}

/** The counts; `done` says what became of the good files (`built`, or `ready` when only checked). */
export function summaryLine(s: Summary, seconds?: number, done = 'built'): string {
  const parts = [
    `${s.built} article${s.built === 1 ? '' : 's'} ${done}`,
    `${s.undated} undated`,
    `${s.warned} with warnings`,
    `${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'}`,
    `${s.rejected} rejected`,
  ];
  return `${s.files} file${s.files === 1 ? '' : 's'}: ${parts.join(', ')}${seconds === undefined ? '' : ` in ${seconds.toFixed(1)} s`}`;
}
