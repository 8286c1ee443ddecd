// The packages' public surfaces, for the benches. bench/ is not a workspace package (it has no
// package.json, so `@tandem/dsl` does not resolve from here): this file reaches each package's
// index.ts, the same file its `exports["."]` names, and re-exports only what the benches use.
// When bench/ becomes a workspace member, these two paths become '@tandem/dsl' and '@tandem/nodes'.
export {
  compileJourney,
  compileJourneyOrThrow,
  fromGraph,
  journeySchema,
  nextWakeAt,
  persona,
  personaNames,
  simulate,
  startEnrollment,
  step,
  toGraph,
  validateJourney,
} from '../../packages/dsl/src/index';
export type {
  CompiledJourney,
  EngineCommand,
  EngineInput,
  EnrollmentFactsInput,
  EnrollmentState,
  JourneyInput,
  JourneyEvent,
  StepResult,
} from '../../packages/dsl/src/index';
export { builtInCatalogue } from '../../packages/nodes/src/index';
