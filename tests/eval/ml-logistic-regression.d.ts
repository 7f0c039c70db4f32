// ml-logistic-regression ships no types: what train.ts uses of it.
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';
  export default class LogisticRegression {
    constructor(options: { numSteps: number; learningRate: number });
    train(features: Matrix, labels: Matrix): void;
    /** One binary classifier per class; the one at index c scores "not class c". */
    classifiers: Array<{ weights: Matrix }>;
  }
}
