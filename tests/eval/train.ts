// `npm run train`: trains the headline chooser (src/ingest/headline.ts) on both dev sets, both
// variants, and writes it to src/ingest/headlineModel.json (or `--out FILE`). Its examples are the candidate lines of
// every page with more than one candidate, each labelled by whether it matches the gold title as the
// scorer counts a title close (token F1 ≥ 0.8).
// `npm run train -- --cv K` scores the chooser by K-fold cross-validation instead: pages are split
// into K folds by site (the host of the page's URL; a page without one is a site of its own), both
// variants of a page in one fold; each fold is ingested with a chooser trained on the others, and
// all of them are scored together, beside the chooser trained on every page and the hand rule.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { HEADLINE_FEATURE_NAMES, type HeadlineScorer } from '../../src/ingest/headline.ts';
import { ingest } from '../../src/ingest/index.ts';
import { probabilities, type LinearModel } from '../../src/ingest/linearModel.ts';
import { toMarkdownFile } from '../../src/ingest/markdownFile.ts';
import { DEFAULT_DEVSET, score, VARIANTS, WIDE_DEVSET, type Scores } from './run.ts';

const MODEL_FILE = resolve(import.meta.dirname, '../../src/ingest/headlineModel.json');
/** Gradient descent on standardised features (the library sums the gradient over the examples, so the rate is per example). */
const STEPS = 2000;
const RATE_PER_EXAMPLE = 0.5;
/** The scorer's test of a close title (score.mjs): token F1 with the gold title. */
const CLOSE_TITLE_F1 = 0.8;

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
function tokenF1(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (!x.length || !y.length) return 0;
  const counts = new Map<string, number>();
  for (const t of x) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of y) {
    if ((counts.get(t) ?? 0) > 0) {
      overlap++;
      counts.set(t, counts.get(t)! - 1);
    }
  }
  return (2 * overlap) / (x.length + y.length);
}

/** The hand rule's choice, as a scorer: what the recorder answers, so that ingest runs as without a model. */
const RULE = HEADLINE_FEATURE_NAMES.indexOf("the rule's choice");
const byRule: HeadlineScorer = (rows) => rows.map((row) => row[RULE]!);

interface Page {
  set: string;
  variant: string;
  file: string;
  /** Its site, which decides its fold. */
  site: string;
  /** The features of its headline candidates and whether each is the gold title. */
  rows: number[][];
  labels: number[];
}

function pagesOf(set: string): Page[] {
  return VARIANTS.flatMap((variant) =>
    readdirSync(set)
      .filter((f) => f.endsWith(`.${variant}.txt`))
      .map((file) => {
        const id = file.slice(0, -`.${variant}.txt`.length);
        const gold = JSON.parse(readFileSync(join(set, 'gold', `${id}.json`), 'utf8')) as { title?: string; url?: string };
        const host = URL.canParse(gold.url ?? '') ? new URL(gold.url!).hostname.replace(/^www\./, '') : '';
        const page: Page = { set, variant, file, site: host || `${set}/${id}`, rows: [], labels: [] };
        const recorder: HeadlineScorer = (rows, candidates) => {
          if (gold.title) {
            page.rows.push(...rows);
            page.labels.push(...candidates.map((c) => (tokenF1(c.text, gold.title!) >= CLOSE_TITLE_F1 ? 1 : 0)));
          }
          return byRule(rows, candidates);
        };
        ingest(readFileSync(join(set, file)), file, recorder);
        return page;
      }),
  );
}

function train(from: Page[]): LinearModel {
  const rows = from.flatMap((p) => p.rows);
  const labels = from.flatMap((p) => p.labels);
  const width = HEADLINE_FEATURE_NAMES.length;
  const mean = Array.from({ length: width }, (_, j) => rows.reduce((sum, r) => sum + r[j]!, 0) / rows.length);
  const scale = mean.map((m, j) => Math.sqrt(rows.reduce((sum, r) => sum + (r[j]! - m) ** 2, 0) / rows.length) || 1);
  // Standardised, with a column of ones for the bias.
  const X = new Matrix(rows.map((r) => [1, ...r.map((x, j) => (x - mean[j]!) / scale[j]!)]));
  const regression = new LogisticRegression({ numSteps: STEPS, learningRate: RATE_PER_EXAMPLE / rows.length });
  regression.train(X, Matrix.columnVector(labels));
  const [bias, ...weights] = regression.classifiers[0]!.weights.to1DArray(); // the classifier of "not class 0": a headline
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { features: HEADLINE_FEATURE_NAMES, mean: mean.map(round), scale: scale.map(round), weights: weights.map(round), bias: round(bias!) };
}

const scorerOf =
  (model: LinearModel): HeadlineScorer =>
  (rows) =>
    probabilities(model, rows);

/** The fold of a site: a hash of its name, so folds do not depend on the order pages are read in. */
const foldOf = (site: string, k: number) => createHash('sha256').update(site).digest().readUInt32BE(0) % k;

/** Ingests the pages of one set and variant with the scorer each page is given, and scores them. */
function scoreWith(pages: Page[], set: string, variant: string, scorerFor: (page: Page) => HeadlineScorer): Scores {
  const out = mkdtempSync(join(tmpdir(), `clippings-cv-${variant}-`));
  for (const page of pages.filter((p) => p.set === set && p.variant === variant)) {
    const result = ingest(readFileSync(join(set, page.file)), page.file, scorerFor(page));
    if (result.ok) writeFileSync(join(out, page.file.replace(/\.txt$/, '.md')), toMarkdownFile(result.article));
  }
  return score(set, out, variant);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { cv: { type: 'string' }, out: { type: 'string', default: MODEL_FILE } } });
  const sets = [DEFAULT_DEVSET, WIDE_DEVSET];
  const pages = sets.flatMap(pagesOf);
  const examples = pages.reduce((n, p) => n + p.rows.length, 0);
  console.error(`${pages.length} pages, ${examples} headline candidates`);
  const whole = train(pages);
  if (!values.cv) {
    writeFileSync(values.out!, `${JSON.stringify(whole, null, 1)}\n`);
    console.error(`wrote ${values.out}`);
  } else {
    const k = Number(values.cv);
    const folds = Array.from({ length: k }, (_, f) => train(pages.filter((p) => foldOf(p.site, k) !== f)));
    console.log('| set | variant | title close: cross-validated | trained on every page | hand rule | body F1: cross-validated, trained on all, rule |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const set of sets) {
      for (const variant of VARIANTS) {
        const cv = scoreWith(pages, set, variant, (p) => scorerOf(folds[foldOf(p.site, k)]!));
        const fit = scoreWith(pages, set, variant, () => scorerOf(whole));
        const rule = scoreWith(pages, set, variant, () => byRule);
        console.log(
          `| ${set.split('/').at(-1)} | ${variant} | ${cv.title.close} | ${fit.title.close} | ${rule.title.close} | ${cv.body.f1}, ${fit.body.f1}, ${rule.body.f1} |`,
        );
      }
    }
  }
}
