// The node types the workflow bundle runs: the behaviour halves of the packages tandem.config.ts
// lists, through the generated module (webpack bundles it; buildWorkflowBundle points the
// import at another config's module when TANDEM_CONFIG names one).
import { createCatalogue } from '@tandem/dsl';
import { behaviourNodes } from '@tandem/plugins/behaviour';

export const workflowCatalogue = createCatalogue(behaviourNodes);
