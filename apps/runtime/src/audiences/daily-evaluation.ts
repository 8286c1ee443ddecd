// The daily re-evaluation: facts that change with time (days past due) move accounts into an
// audience without anyone writing to them. The clock and the timer are injected, so tests can
// run a day in a line and the server can stop the timer on shutdown.
import type { Logger } from 'pino';
import { evaluateAudiences, type AudienceDeps, type EvaluationReport } from './evaluate-audiences';

const DAY_MS = 86_400_000;

/** One re-evaluation of every account against every live launch. */
export function reevaluateAllAudiences(deps: AudienceDeps): Promise<EvaluationReport> {
  return evaluateAudiences(deps, { kind: 'all' });
}

export interface DailyEvaluationOptions {
  intervalMs?: number;
  logger: Pick<Logger, 'info' | 'error'>;
  setInterval?: (run: () => void, ms: number) => { unref?: () => void };
  clearInterval?: (handle: unknown) => void;
}

/**
 * Runs reevaluateAllAudiences every day (or `intervalMs`); returns a stop function.
 * @example const stop = startDailyAudienceEvaluation({ db, journeys, now }, { logger }); await stop()
 */
export function startDailyAudienceEvaluation(
  deps: AudienceDeps,
  options: DailyEvaluationOptions,
): () => Promise<void> {
  let inFlight: Promise<unknown> = Promise.resolve();
  const run = () => {
    inFlight = reevaluateAllAudiences(deps).then(
      (report) =>
        options.logger.info(
          {
            evaluated: report.evaluated,
            enrolled: report.enrolled,
            heldOut: report.heldOut,
            coolingOff: report.coolingOff,
          },
          'audiences re-evaluated',
        ),
      (error: unknown) => options.logger.error({ err: error }, 'audience re-evaluation failed'),
    );
  };
  const schedule = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const handle = schedule(run, options.intervalMs ?? DAY_MS);
  handle.unref?.();
  return async () => {
    (options.clearInterval ?? ((h) => clearInterval(h as NodeJS.Timeout)))(handle);
    await inFlight;
  };
}
