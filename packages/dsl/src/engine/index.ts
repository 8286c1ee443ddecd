// `@tandem/dsl/engine`: what the workflow bundle runs, and nothing that needs zod, liquidjs or
// luxon (a test of apps/runtime fails when the bundle holds any of them). Configs and facts
// arrive parsed; time arithmetic is on plain numbers with offsets from Intl.
export { createCatalogue, DuplicateNodeTypeError } from '../catalogue/catalogue';
export type { Catalogue } from '../catalogue/catalogue';
export type {
  ActivityRunOptions,
  EffectResult,
  EventVerdict,
  MessageIntent,
  NodeBehaviour,
  NodeBehaviourDefinition,
  NodeContext,
  NodeEffect,
  NodeStep,
  PortSpec,
} from '../catalogue/node-definition';
export { evaluateCondition } from '../conditions/evaluate';
export type { Condition } from '../conditions/condition-schema';
export { checkEventShape } from '../events/event-shape';
export type { EventName, HoldKind, JourneyEvent } from '../events/events';
export { readFact } from '../facts/read-fact';
export type { EnrollmentFacts, FactsView, LinkKind } from '../facts/facts';
export type { Channel, JsonValue, LocalizedText } from '../journey/primitives';
export type { Journey } from '../journey/schema';
export {
  addDays,
  addDuration,
  compareInstants,
  daysBetween,
  durationMillis,
  localDate,
  localDateTimeToInstant,
  maxInstant,
  toUtcIso,
} from '../time/instant-math';
export { indexPublishedJourney } from './compiled-journey';
export type {
  CompiledJourney,
  CompiledNode,
  ParsedConfigs,
  RunnableJourney,
  RunnableNode,
} from './compiled-journey';
export { nextWakeAt, startParsedEnrollment, step, vetEvent } from './engine';
export type {
  CreateTaskCommand,
  EngineCommand,
  EngineInput,
  EnrollmentState,
  RunActivityCommand,
  SendCommand,
  SendReport,
  StepResult,
} from './types';
