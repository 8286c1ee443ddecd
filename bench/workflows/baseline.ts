// The baseline for the durable-execution bench: the least a Temporal workflow can do to perform
// the same number of activities as a journey enrollment does (scheduled, then local ones).
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';

type Noop = { noop(): Promise<void> };
const options = { startToCloseTimeout: '30 seconds' } as const;
const scheduled = proxyActivities<Noop>(options);
const local = proxyLocalActivities<Noop>(options);

export async function baselineWorkflow(activities: number, localActivities = 0): Promise<number> {
  for (let i = 0; i < activities; i++) await scheduled.noop();
  for (let i = 0; i < localActivities; i++) await local.noop();
  return activities + localActivities;
}
