// The analysis of one report in a child process, so a directory run can stop a file that takes
// too long (kill the process: a worker thread cannot be stopped safely with the segmenter's
// native code loaded) and move on. Messages: in {id, text, options}; out {id, started} then
// {id, result} or {id, error}, and {id, warning} on the way.
import { analyzeText } from '../core/analyze';
import type { AnalyzeOptions } from '../core/types';

interface Job {
  id: number;
  text: string;
  options: Omit<AnalyzeOptions, 'onWarning'>;
}

/** Loads the segmenter before the clock starts: its dictionary is not the report's cost. */
let warm: Promise<unknown> | null = null;
/** Warnings of the warm-up (no segmenter), passed on with the first job. */
let pending: string[] = [];

const send = (message: object) => process.send?.(message);

process.on('message', (job: Job) => {
  warm ??= analyzeText('全年破获刑事案件2316起。', { ...job.options, onWarning: (w) => pending.push(w) });
  warm
    .then(() => {
      for (const warning of pending) send({ id: job.id, warning });
      pending = [];
      send({ id: job.id, started: true });
      return analyzeText(job.text, {
        ...job.options,
        onWarning: (warning) => send({ id: job.id, warning }),
      });
    })
    .then((result) => send({ id: job.id, result }))
    .catch((err: unknown) => send({ id: job.id, error: (err as Error).message }));
});
