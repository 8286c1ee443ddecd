// The public surface of @tandem/nodes: the authoring API and the built-in catalogue.
export { defineNode } from './define-node';
export type { NodeSpec } from './define-node';
export { builtInCatalogue, builtInNodes } from './catalogue';
export { branchNode } from './built-in/branch';
export { educationLessonNode } from './built-in/education-lesson';
export { endNode } from './built-in/end';
export { escalateNode } from './built-in/escalate';
export {
  instalmentAmount,
  offerPlanNode,
  planLabel,
  planOptionSchema,
} from './built-in/offer-plan';
export type { PlanOption } from './built-in/offer-plan';
export { promiseToPayNode } from './built-in/promise-to-pay';
export { remindNode } from './built-in/remind';
export {
  experimentGuardrails,
  experimentMetrics,
  splitExperimentSchema,
  splitNode,
} from './built-in/split';
export type { SplitExperiment } from './built-in/split';
export { waitNode } from './built-in/wait';
export type { WaitConfig } from './built-in/wait';
export { waitForEventNode } from './built-in/wait-for-event';
