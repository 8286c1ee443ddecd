// The package's behaviour entry (package.json `tandem.behaviour`): what the workflow bundle
// imports. Its schema entry is index.ts.
export { affordabilityCheckBehaviour } from './affordability-check.behaviour';
