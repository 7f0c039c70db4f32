// The per-file report and the build summary: every file of the archive is accounted for.
import type { Outcome } from './archive.ts';

export interface Summary {
  built: number;
  undated: number;
  warned: number;
  duplicates: number;
  rejected: number;
}

export function summarize(outcomes: Outcome[]): Summary {
  const built = outcomes.filter((o) => o.status === 'built');
  return {
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

export function summaryLine(s: Summary, seconds?: number): string {
  const parts = [
    `${s.built} article${s.built === 1 ? '' : 's'} built`,
    `${s.undated} undated`,
    `${s.warned} with warnings`,
    `${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'}`,
    `${s.rejected} rejected`,
  ];
  return `${parts.join(', ')}${seconds === undefined ? '' : ` in ${seconds.toFixed(1)} s`}`;
}
