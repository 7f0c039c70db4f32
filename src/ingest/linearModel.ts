// A logistic regression shipped as data: the learned steps of ingest (headline.ts) score their
// candidates with one, trained on the dev sets by tests/eval/train.ts.
import { readFileSync } from 'node:fs';

/** P(yes) = σ(bias + Σ weight · (x − mean) / scale), over features standardised as in training. */
export interface LinearModel {
  /** What each feature is, in order: the model is only valid for the features it was trained on. */
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** A model in a JSON file beside this module, read once on first use. */
export function shippedModel(file: string): () => LinearModel {
  let model: LinearModel | undefined;
  return () => (model ??= JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as LinearModel);
}

/** The model's probability for each row of features. */
export function probabilities(model: LinearModel, rows: number[][]): number[] {
  return rows.map((row) => {
    let z = model.bias;
    row.forEach((x, j) => (z += (model.weights[j]! * (x - model.mean[j]!)) / model.scale[j]!));
    return 1 / (1 + Math.exp(-z));
  });
}
