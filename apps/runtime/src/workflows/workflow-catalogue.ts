// The node types the workflow bundle runs: the behaviour halves of the packages tandem.config.ts
// lists, through the generated module (webpack bundles it; buildWorkflowBundle points the
// import at another config's module when TANDEM_CONFIG names one). Behaviour halves carry no
// schema, template or UI, so the bundle stays free of zod, liquidjs and luxon
// (workflow-bundle.test.ts checks its module list).
import { createCatalogue } from '@tandem/dsl/engine';
import { behaviourNodes } from '@tandem/plugins/behaviour';

export const workflowCatalogue = createCatalogue(behaviourNodes);
