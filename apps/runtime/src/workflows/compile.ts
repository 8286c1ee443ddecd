import {
  indexPublishedJourney,
  type Journey,
  type ParsedConfigs,
  type RunnableJourney,
} from '@tandem/dsl/engine';
import { ApplicationFailure } from '@temporalio/workflow';
import { workflowCatalogue } from './workflow-catalogue';

/**
 * Indexes the pinned journey version with the configs publish parsed: nothing is parsed here.
 * A version this worker cannot run (a node type it lacks, configs never parsed) fails the
 * workflow at once (retrying cannot help), naming each problem.
 */
export function compileForWorkflow(
  document: unknown,
  configs: ParsedConfigs | undefined,
  problems: readonly string[] = [],
): RunnableJourney {
  const indexed = configs
    ? indexPublishedJourney(document as Journey, configs, workflowCatalogue)
    : {
        ok: false as const,
        problems: problems.length > 0 ? problems : ['its configs were never parsed'],
      };
  if (indexed.ok) return indexed.journey;
  throw ApplicationFailure.nonRetryable(
    `the journey version cannot run here: ${indexed.problems.join('; ')}`,
    'InvalidConfiguration',
  );
}
