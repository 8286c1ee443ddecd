// The node packages this deployment loads, built-ins first. Adding a package here (and
// installing it) is all it takes to put its nodes in the editor's palette, the API's validation,
// the CLI, the simulator and the workflow worker: `npm start`, `npm run dev` and `npm test`
// regenerate the node modules when this file changes (`npm run gen` does it by hand).
// Each package names its entry points in its package.json's `tandem` field; see docs/nodes.md.
import { defineTandemConfig } from './packages/plugins/src/config-schema';

export default defineTandemConfig({
  nodes: [
    '@tandem/nodes',
    // The example custom node: an affordability check against the lender's own service.
    '@acme/tandem-affordability',
  ],
});
