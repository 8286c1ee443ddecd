// Generated from tandem.config.ts by `npm run gen` (config hash 656165c1fca2).
// Do not edit: list node packages in tandem.config.ts. The behaviour half of every package.
import { nodePackage, type BehaviourNodePackage } from '../src/node-package';
import * as behaviour0 from '../../nodes/src/behaviour';
import * as behaviour1 from '../../../examples/custom-node/src/behaviour';

export const nodePackages: BehaviourNodePackage[] = [
  nodePackage('@tandem/nodes', '0.1.0', behaviour0),
  nodePackage('@acme/tandem-affordability', '0.1.0', behaviour1),
];
export const behaviourNodes = nodePackages.flatMap((p) => p.nodes);
export const nodeOrigins = nodePackages.flatMap((p) => p.origins);
