// Progress of the long stages of a build: a bar on a terminal (cli-progress), and where output is
// a log or a pipe, a line of counts every few seconds.
import cliProgress from 'cli-progress';

/** Where a log gets a line of counts at most this often. */
const COUNTS_EVERY_MS = 5000;

export interface Progress {
  /** `done` of `total` items of the stage are done. */
  tick(done: number, total: number): void;
  /** The stage is over: the bar goes. */
  end(): void;
}

export function progress(stage: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${stage.padEnd(12)} [{bar}] {value}/{total} {eta_formatted} left`, stream, clearOnComplete: true, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      tick(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      end: () => started && bar.stop(),
    };
  }
  let last = performance.now();
  return {
    tick(done, total) {
      if (done >= total || performance.now() - last < COUNTS_EVERY_MS) return;
      last = performance.now();
      stream.write(`${stage}: ${done} of ${total}\n`);
    },
    end() {},
  };
}
