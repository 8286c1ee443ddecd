import { compileJourney, type CompiledJourney } from '@tandem/dsl';
import { ApplicationFailure } from '@temporalio/workflow';
import { workflowCatalogue } from './workflow-catalogue';

/**
 * Compiles the pinned journey version. Published versions were validated when they were
 * published, so a failure here means the deployment lacks a node type the version uses: the
 * workflow fails at once (retrying cannot help), naming each problem.
 */
export function compileForWorkflow(document: unknown): CompiledJourney {
  const compiled = compileJourney(document, workflowCatalogue);
  if (compiled.ok) return compiled.journey;
  const problems = compiled.problems.map(
    (p) => `${p.nodeId ? `node "${p.nodeId}": ` : ''}${p.message}`,
  );
  throw ApplicationFailure.nonRetryable(
    `the journey version cannot run here: ${problems.join('; ')}`,
    'InvalidConfiguration',
  );
}
