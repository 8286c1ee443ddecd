// What the benches use of the packages' public surfaces, in one place.
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
} from '@tandem/dsl';
export type {
  CompiledJourney,
  EngineCommand,
  EngineInput,
  EnrollmentFactsInput,
  EnrollmentState,
  JourneyInput,
  JourneyEvent,
  StepResult,
} from '@tandem/dsl';
export { builtInCatalogue } from '@tandem/nodes';
