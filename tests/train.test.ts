// The shipped headline model is what the training script makes from the dev sets: training is
// deterministic, so a model edited by hand or left stale after a change of features or candidates fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('npm run train', () => {
  it('makes the shipped headline model from the dev sets', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'clippings-train-')), 'headlineModel.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/eval/train.ts', '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(readFileSync('src/ingest/headlineModel.json', 'utf8')));
  });
});
