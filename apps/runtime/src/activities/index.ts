// The journey workflow's activities, bound to the worker's database and settings.
import { createTaskActivity } from './create-task';
import type { ActivityDeps } from './deps';
import { loadEnrollmentActivity } from './load-enrollment';
import { recordStepActivity } from './record-step';
import { runCustomNodeActivity } from './run-custom-node';
import { sendMessageActivity } from './send-message';
import type { JourneyActivities } from './types';

export function createActivities(deps: ActivityDeps): JourneyActivities {
  return {
    loadEnrollment: loadEnrollmentActivity(deps),
    sendMessage: sendMessageActivity(deps),
    createTask: createTaskActivity(deps),
    runCustomNode: runCustomNodeActivity(deps),
    recordStep: recordStepActivity(deps),
  };
}

export type { ActivityDeps, CustomActivity, LinkMaker } from './deps';
export type { JourneyActivities, LoadedEnrollment, StepRow } from './types';
