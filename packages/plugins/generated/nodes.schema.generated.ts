// Generated from tandem.config.ts by `npm run gen` (config hash 656165c1fca2).
// Do not edit: list node packages in tandem.config.ts. The schema half of every package.
import { nodePackage, type SchemaNodePackage } from '../src/node-package';
import * as schema0 from '../../nodes/src/index';
import * as schema1 from '../../../examples/custom-node/src/index';

export const nodePackages: SchemaNodePackage[] = [
  nodePackage('@tandem/nodes', '0.1.0', schema0),
  nodePackage('@acme/tandem-affordability', '0.1.0', schema1),
];
export const schemaNodes = nodePackages.flatMap((p) => p.nodes);
export const nodeOrigins = nodePackages.flatMap((p) => p.origins);
