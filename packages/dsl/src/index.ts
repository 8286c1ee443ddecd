// The public surface of @tandem/dsl. Named exports only: what is not listed here is internal.

// journey/v1 document
export {
  DSL_VERSION,
  contactCapSchema,
  journeyNodeSchema,
  journeyPolicySchema,
  journeySchema,
  jurisdictionSchema,
  positionSchema,
  sendWindowSchema,
} from './journey/schema';
export type {
  ContactCap,
  Journey,
  JourneyInput,
  JourneyNode,
  JourneyPolicy,
  SendWindow,
} from './journey/schema';
export {
  channelSchema,
  channels,
  durationSchema,
  instantSchema,
  isoDateSchema,
  moneyAmountSchema,
  localTimeSchema,
  localeSchema,
  localizedTextSchema,
  nodeIdSchema,
  portNameSchema,
  slugSchema,
  weekdaySchema,
  weekdays,
} from './journey/primitives';
export type { Channel, JsonValue, LocalizedText, Weekday } from './journey/primitives';

// time
export {
  addDays,
  addDuration,
  compareInstants,
  daysBetween,
  durationMillis,
  formatLocal,
  humanizeDuration,
  isIsoDuration,
  localDate,
  localDateTimeToInstant,
  maxInstant,
  toUtcIso,
} from './time/duration';

// events and facts
export {
  defaultExitEvents,
  eventDataSchemas,
  eventNameSchema,
  eventNames,
  holdKindSchema,
  holdKinds,
  parseJourneyEvent,
} from './events/events';
export type { EventData, EventName, HoldKind, JourneyEvent } from './events/events';
export {
  accountFactsSchema,
  borrowerFactsSchema,
  describeFact,
  emptyCounters,
  enrollmentFactsSchema,
  factCatalogue,
  isKnownFact,
  linkKinds,
  readFact,
} from './facts/facts';
export { factLabel } from './facts/fact-label';
export { factLabelLocales, factLabels } from './facts/fact-labels';
export type { FactLabelLocale } from './facts/fact-labels';
export type {
  AccountFacts,
  BorrowerFacts,
  CounterName,
  EnrollmentFacts,
  EnrollmentFactsInput,
  FactDescriptor,
  FactType,
  FactsView,
  JourneyCounters,
  LinkKind,
  Links,
} from './facts/facts';

// conditions and templates
export { comparisonOps, conditionSchema, factConditionSchema } from './conditions/condition-schema';
export type { ComparisonOp, Condition, FactCondition } from './conditions/condition-schema';
export { conditionFacts, evaluateCondition } from './conditions/evaluate';
export { pickLocale, renderTemplate, templateVariables } from './templates/render';
export type { TemplateError } from './templates/render';
export { formatDate, formatMoney } from './templates/filters';
export { smsSegments } from './templates/sms';
export { channelTextLimits, subjectCharacterLimit } from './templates/channel-limits';
export { refusedTag, renderedOverflow, renderedSizeProblem } from './templates/rendered-size';
export type { RenderedOverflow } from './templates/rendered-size';
export type { TextDestination } from './templates/rendered-size';
export type { SmsSegments } from './templates/sms';

// contact policy
export { decideSend, effectivePolicy, nextAllowedSendTime } from './policy/contact-policy';
export { NoContactWindowError, UnknownRulePackError } from './policy/errors';
export { packsForJurisdiction, rulePacks, rulePacksFor, withBases } from './policy/rule-packs';
export type { PackHold, RequiredNotice, RulePack } from './policy/rule-packs';
export { rulePackSchema } from './policy/rule-pack-schema';
export {
  noticeLocale,
  noticeLocales,
  optOutNotice,
  withOptOutNotice,
} from './policy/opt-out-notice';
export type { NoticeLocale, OptOutNotice } from './policy/opt-out-notice';
export { collectorDisclosure, lenderFacts, sampleLender } from './lender/lender-facts';
export type { LenderFacts, LenderIdentity } from './lender/lender-facts';
export { contrastRatio, minimumContrast } from './lender/colour-contrast';
export type {
  ContactPreferences,
  EffectivePolicy,
  LedgerEntry,
  PolicyCap,
  SendDecision,
  SuppressCode,
  WeeklyWindows,
  WindowSource,
} from './policy/types';
export { suppressCodes } from './policy/types';

// node catalogue contract
export { createCatalogue, DuplicateNodeTypeError } from './catalogue/catalogue';
export type { Catalogue } from './catalogue/catalogue';
export { nodeCategories } from './catalogue/node-definition';
export { humanizeId } from './catalogue/humanize-id';
export type {
  ActivityContract,
  AnyNodeDefinition,
  EffectResult,
  EventVerdict,
  MessageIntent,
  NodeBehaviour,
  NodeBehaviourDefinition,
  ActivityRunOptions,
  NodeCategory,
  NodeConfigProblem,
  NodeContext,
  NodeDefinition,
  NodeEffect,
  NodeReferences,
  NodeStep,
  NodeUi,
  NodeUiTranslation,
  NodeFieldTranslation,
  PortSpec,
} from './catalogue/node-definition';

// validation, graph, JSON Schema
export { problemCodes } from './validate/problem';
export type { Problem, ProblemArgs, ProblemCode } from './validate/problem';
export { validateJourney } from './validate/validate-journey';
export type { ValidationResult } from './validate/validate-journey';
export { journeyJsonSchema, journeySchemaId } from './validate/json-schema';
export { fallbackPosition, fromGraph, toGraph } from './graph/graph';
export type { GraphEdge, GraphNode, JourneyGraph } from './graph/graph';
export { diffJourneys, type JourneyDiff } from './diff/diff-journeys';

// engine
export type {
  ActiveHold,
  CompleteCommand,
  CreateTaskCommand,
  CurrentNode,
  DeferralReason,
  EngineCommand,
  EngineInput,
  EnrollmentState,
  PendingSend,
  RunActivityCommand,
  SendCommand,
  SendReport,
  StepResult,
  StoredSend,
  TimerCommand,
  TraceEntry,
} from './engine/types';
export {
  compileJourney,
  compileJourneyOrThrow,
  InvalidJourneyError,
  parsedConfigsOf,
} from './engine/compile';
export type { CompiledJourney, CompiledNode } from './engine/compile';
export { nextWakeAt, startParsedEnrollment, step, vetEvent } from './engine/engine';
export { startEnrollment } from './engine/start-enrollment';
export { indexPublishedJourney } from './engine/compiled-journey';
export type { ParsedConfigs, RunnableJourney, RunnableNode } from './engine/compiled-journey';
export { factsView } from './engine/facts-view';
export { unitHash } from './engine/hash';

// simulator
export { simulate } from './simulator/simulate';
export type { SimulationOptions, SimulationResult, TimelineEntry } from './simulator/simulate';
export { timelineReasonCodes } from './simulator/timeline-reason';
export type { TimelineReason, TimelineReasonCode } from './simulator/timeline-reason';
export {
  persona,
  personaFactories,
  personaLabel,
  personaNames,
  scriptedPersona,
} from './simulator/personas';
export type { Persona, ReceivedMessage, ScriptedEvent } from './simulator/personas';

// experiments (A/B splits): always-valid inference and promoting an arm
export {
  compareArms,
  confidenceHalfWidth,
  defaultSequentialSettings,
  enrollmentsToDetect,
  estimateArm,
  minimumDetectableEffect,
  mixtureLikelihoodRatio,
} from './experiments/sequential';
export { analyseExperiment } from './experiments/analyse-experiment';
export { promoteSplitArm } from './experiments/promote-arm';
// journey versus holdout (results): Newcombe's difference of proportions, delta-method ratios
export {
  minimumArmSize,
  newcombeDifference,
  ratioDifference,
  ratioOfMeans,
  wilsonInterval,
  z95,
} from './experiments/holdout-intervals';
export type { DifferenceEstimate, RatioEstimate, RatioSums } from './experiments/holdout-intervals';
export type {
  ArmCounts,
  ArmEstimate,
  Comparison,
  Interval,
  SequentialSettings,
} from './experiments/sequential';
export type {
  ExperimentAnalysis,
  ExperimentInput,
  GuardrailInput,
  GuardrailResult,
  Verdict,
} from './experiments/analyse-experiment';
export type { PromoteArmResult } from './experiments/promote-arm';
