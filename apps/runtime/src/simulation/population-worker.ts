// The thread side of SimulationPool: answers each job (a population and the slice of it this
// thread runs) with the slice's results, or with the error's message.
import { parentPort } from 'node:worker_threads';
import type { PopulationInput, Slice } from './population';
import { runSlice } from './run-slice';

export interface Job {
  id: number;
  input: PopulationInput;
  slice: Slice;
}

export type Answer =
  | { id: number; ok: true; results: ReturnType<typeof runSlice> }
  | { id: number; ok: false; message: string };

if (!parentPort) throw new Error('population-worker.ts runs only as a worker thread');
const port = parentPort;
port.on('message', (job: Job) => {
  let answer: Answer;
  try {
    answer = { id: job.id, ok: true, results: runSlice(job.input, job.slice) };
  } catch (error) {
    answer = {
      id: job.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(answer);
});
