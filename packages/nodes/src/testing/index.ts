// Test helpers for node authors: the conformance suite every node passes, and a harness to call
// a node's handlers directly.
export { describeNodeConformance } from './conformance';
export type { ConformanceOptions } from './conformance';
export { nodeContext, possibleResults, stepViolations } from './node-harness';
