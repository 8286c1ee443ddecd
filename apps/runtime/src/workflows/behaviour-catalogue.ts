// The node behaviours this worker's workflows run: the behaviour half of each node package (no
// schemas, templates or UI: the bundle stays free of zod, liquidjs and luxon). The API and the
// activities use the full definitions (node-catalogue.ts) of the same nodes.
import { createCatalogue } from '@tandem/dsl/engine';
import { builtInBehaviours } from '@tandem/nodes/behaviour';

export const behaviourCatalogue = createCatalogue(builtInBehaviours);
