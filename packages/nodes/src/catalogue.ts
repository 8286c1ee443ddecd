import { createCatalogue, type AnyNodeDefinition } from '@tandem/dsl';
import { branchNode } from './built-in/branch';
import { educationLessonNode } from './built-in/education-lesson';
import { endNode } from './built-in/end';
import { escalateNode } from './built-in/escalate';
import { offerPlanNode } from './built-in/offer-plan';
import { promiseToPayNode } from './built-in/promise-to-pay';
import { remindNode } from './built-in/remind';
import { splitNode } from './built-in/split';
import { waitNode } from './built-in/wait';
import { waitForEventNode } from './built-in/wait-for-event';
import { withBuiltInTranslations } from './built-in/translations';

/** The ten built-in nodes, in palette order, with their editor texts in es, vi and zh. */
export const builtInNodes: readonly AnyNodeDefinition[] = (
  [
    waitNode,
    waitForEventNode,
    remindNode,
    offerPlanNode,
    promiseToPayNode,
    educationLessonNode,
    escalateNode,
    branchNode,
    splitNode,
    endNode,
  ] as AnyNodeDefinition[]
).map(withBuiltInTranslations);

/** Built-in nodes only. Custom nodes: `createCatalogue([...builtInNodes, myNode])`. */
export const builtInCatalogue = createCatalogue(builtInNodes);
