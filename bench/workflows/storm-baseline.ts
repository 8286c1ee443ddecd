// The baseline for the storm bench: the least a Temporal workflow can do to wake at an instant and
// perform the same activities a journey enrollment performs when its contact window opens (hand
// one message to the gateway, then the bookkeeping, as no-ops).
import { proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';

const { deliver, noop } = proxyActivities<{
  deliver(idempotencyKey: string): Promise<void>;
  noop(): Promise<void>;
}>({ startToCloseTimeout: '30 seconds' });

export async function stormBaselineWorkflow(input: {
  wakeAt: number;
  activities: number;
}): Promise<void> {
  await sleep(Math.max(0, input.wakeAt - Date.now()));
  await deliver(`${workflowInfo().workflowId}:1`);
  for (let i = 1; i < input.activities; i++) await noop();
}
