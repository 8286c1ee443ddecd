// The thread side of SimulationPool. It says `ready` once its modules are loaded; then a run
// arrives once (the population, its journey compiled here once) and chunks of it follow, each
// answered with the chunk's results packed, or with the error's message.
import { parentPort } from 'node:worker_threads';
import type { CompiledJourney } from '@tandem/dsl';
import { packResults, type PackedResults, type PopulationInput, type Slice } from './population';
import { compilePopulationJourney, runSlice } from './run-slice';

export type ToWorker =
  | { kind: 'run'; run: number; input: PopulationInput }
  | { kind: 'chunk'; run: number; id: number; slice: Slice }
  | { kind: 'end'; run: number };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; results: PackedResults }
  | { kind: 'failed'; id: number; message: string };

if (!parentPort) throw new Error('population-worker.ts runs only as a worker thread');
const port = parentPort;

interface CurrentRun {
  run: number;
  input: PopulationInput;
  /** Compiled on the first chunk; the error, if the journey does not compile. */
  journey?: CompiledJourney | Error;
}
let current: CurrentRun | undefined;

function journeyOf(run: CurrentRun): CompiledJourney {
  if (run.journey === undefined) {
    try {
      run.journey = compilePopulationJourney(run.input.journey);
    } catch (error) {
      run.journey = error instanceof Error ? error : new Error(String(error));
    }
  }
  if (run.journey instanceof Error) throw run.journey;
  return run.journey;
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'run') {
    current = { run: message.run, input: message.input };
    return;
  }
  if (message.kind === 'end') {
    if (current?.run === message.run) current = undefined;
    return;
  }
  let answer: FromWorker;
  try {
    if (current?.run !== message.run) throw new Error(`chunk of unknown run ${message.run}`);
    const results = packResults(runSlice(current.input, message.slice, journeyOf(current)));
    answer = { kind: 'done', id: message.id, results };
    port.postMessage(answer, [results.cases.buffer]);
    return;
  } catch (error) {
    answer = {
      kind: 'failed',
      id: message.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(answer);
});

port.postMessage({ kind: 'ready' } satisfies FromWorker);
