// Test helpers for code built on @tandem/dsl (the node conformance suite, custom node packages).
export { factsFixture } from './facts-fixture';
export type { DeepPartial } from './facts-fixture';
export { sampleEvent, sampleEvents } from './sample-events';
