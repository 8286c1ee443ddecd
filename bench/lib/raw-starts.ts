// The baseline of the start-rate parts (durable, cluster): workflows started straight through the
// Temporal client, on a queue no worker polls, so only the starts are timed.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { journeyWorkflowType } from '@tandem/runtime';
import { inLanes } from './in-lanes';

/**
 * Starts `count` journey workflows with raw `client.workflow.start`, `lanes` in flight; returns
 * starts per second and the workflow ids (to terminate them after).
 */
export async function rawStartRate(
  client: Client,
  count: number,
  lanes: number,
): Promise<{ rate: number; ids: string[] }> {
  const ids = Array.from({ length: count }, (_, i) => `raw-start-${i}`);
  const started = performance.now();
  await inLanes(
    ids,
    (workflowId) =>
      client.workflow.start(journeyWorkflowType, {
        taskQueue: 'bench-idle',
        workflowId,
        args: [{ enrollmentId: randomUUID() }],
      }),
    lanes,
  );
  return { rate: count / ((performance.now() - started) / 1000), ids };
}
