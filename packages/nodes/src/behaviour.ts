// `@tandem/nodes/behaviour`: the half of every built-in node the engine runs, for the workflow
// bundle. Imports nothing that reaches zod, liquidjs or luxon (apps/runtime's bundle test checks
// the bundle's module list); the schemas, texts and UI are in the package's main entry.
import type { NodeBehaviourDefinition } from '@tandem/dsl/engine';
import { branchBehaviour } from './built-in/branch.behaviour';
import { educationLessonBehaviour } from './built-in/education-lesson.behaviour';
import { endBehaviour } from './built-in/end.behaviour';
import { escalateBehaviour } from './built-in/escalate.behaviour';
import { offerPlanBehaviour } from './built-in/offer-plan.behaviour';
import { promiseToPayBehaviour } from './built-in/promise-to-pay.behaviour';
import { remindBehaviour } from './built-in/remind.behaviour';
import { splitBehaviour } from './built-in/split.behaviour';
import { waitBehaviour } from './built-in/wait.behaviour';
import { waitForEventBehaviour } from './built-in/wait-for-event.behaviour';

/** The ten built-in nodes' behaviours, in palette order (as `builtInNodes`). */
export const builtInBehaviours: readonly NodeBehaviourDefinition[] = [
  waitBehaviour,
  waitForEventBehaviour,
  remindBehaviour,
  offerPlanBehaviour,
  promiseToPayBehaviour,
  educationLessonBehaviour,
  escalateBehaviour,
  branchBehaviour,
  splitBehaviour,
  endBehaviour,
] as NodeBehaviourDefinition[];

/** For a node package's own behaviour entry: declares the half the engine runs. */
export { defineBehaviour } from './define-behaviour';
