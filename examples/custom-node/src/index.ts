// An example custom node package: what a lender's developer ships to extend the catalogue.
export { affordabilityCheckNode } from './affordability-check';
