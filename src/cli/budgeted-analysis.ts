// A per-file time budget for directory runs: each report is analysed in a child process; one
// that runs over its budget has its process killed, is reported, and the run moves on.
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { AnalysisResult, AnalyzeOptions } from '../core/types';

export class OverBudgetError extends Error {}

type WorkerMessage =
  | { id: number; started: true }
  | { id: number; warning: string }
  | { id: number; result: AnalysisResult }
  | { id: number; error: string };

export class BudgetedAnalyzer {
  private worker: ChildProcess | null = null;
  private nextId = 0;
  /** Warnings already passed on: a process started after a kill repeats them. */
  private readonly warned = new Set<string>();

  constructor(
    private readonly budgetMs: number,
    private readonly workerFile = path.join(__dirname, 'analyze-worker.js'),
  ) {}

  /** Analyses `text`, failing with OverBudgetError when the analysis itself runs over the budget. */
  analyze(text: string, options: AnalyzeOptions): Promise<AnalysisResult> {
    const worker = (this.worker ??= fork(this.workerFile, [], {
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    }));
    const id = ++this.nextId;
    const { onWarning, ...plain } = options;
    return new Promise<AnalysisResult>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.id !== id) return;
        if ('started' in m) {
          // the clock starts with the analysis, not with the worker loading the segmenter
          timer = setTimeout(() => {
            done();
            this.stop();
            reject(new OverBudgetError(`analysis ran over its ${this.budgetMs / 1000} s budget; skipped`));
          }, this.budgetMs);
        } else if ('warning' in m) {
          if (!this.warned.has(m.warning)) onWarning?.(m.warning);
          this.warned.add(m.warning);
        } else {
          done();
          if ('result' in m) resolve(m.result);
          else reject(new Error(m.error));
        }
      };
      const onError = (err: Error) => {
        done();
        this.stop();
        reject(err);
      };
      const onExit = (code: number | null) => onError(new Error(`the analysis process ended (${code ?? 'killed'})`));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.once('exit', onExit);
      worker.send({ id, text, options: plain });
    });
  }

  /** Stops the analysis process (a new one starts for the next file). */
  stop(): void {
    this.worker?.kill('SIGKILL');
    this.worker = null;
  }
}
