// Generated from tandem.config.ts by `npm run gen` (config hash 656165c1fca2).
// Do not edit. The worker's implementations of the listed packages' activity contracts.
import { activitiesOf, type ActivityImplementation } from '../src/node-package';
import * as activities1 from '../../../examples/custom-node/src/activities';

export const customActivities: Record<string, ActivityImplementation> = {
  ...activitiesOf('@acme/tandem-affordability', activities1),
};
