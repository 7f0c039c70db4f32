// The shared seed articles and what ingest must find in each (../shared/seeds/expected.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

export interface Expected {
  file: string;
  title: string | null;
  date: string | null;
  author: string | null;
  dateline?: string;
  agency?: string;
  siteTagline?: string;
  keep: string[];
  drop: string[];
  headings: string[];
  listItems: number;
}

export const expected: Expected[] = JSON.parse(readFileSync(`${SEEDS_DIR}expected.json`, 'utf8')).articles;
