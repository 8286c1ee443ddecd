import type { z } from 'zod';
import type { Condition } from '../conditions/condition-schema';
import type { JourneyEvent } from '../events/events';
import type { CounterName, FactsView, LinkKind } from '../facts/facts';
import type { Channel, JsonValue, LocalizedText } from '../journey/primitives';
import type { TextDestination } from '../templates/rendered-size';

/** A named output of a node. An optional port left unconnected follows the node's first port. */
export interface PortSpec {
  name: string;
  label?: string;
  optional?: boolean;
}

export const nodeCategories = [
  'timing',
  'contact',
  'resolution',
  'logic',
  'outcome',
  'custom',
] as const;
export type NodeCategory = (typeof nodeCategories)[number];

/** How the editor names one config field in another language (absent parts stay English). */
export interface NodeFieldTranslation {
  label?: string;
  help?: string;
  /** An enum field's choices by value: `{ duration: 'Một khoảng thời gian' }`. */
  options?: Record<string, string>;
}

/**
 * A node's editor texts in one language. Every part is optional: what is missing shows in
 * English. Fields are named by their path without list indexes (`"for"`, `"options.label"`).
 */
export interface NodeUiTranslation<C = unknown> {
  label?: string;
  help?: string;
  /** The one-line summary of a configured node, in this language. */
  summary?(config: C): string;
  fields?: Record<string, NodeFieldTranslation>;
  /** Port labels by port name: `{ done: 'Xong' }`. */
  ports?: Record<string, string>;
  /** The node's own check problems in this language, by `args.kind` (see `NodeUi.problems`). */
  problems?: Record<string, string>;
  /** Outcome and exit names in this language, by id (see `NodeUi.outcomes`). */
  outcomes?: Record<string, string>;
}

/** How the editor shows a node. */
export interface NodeUi<C> {
  label: string;
  category: NodeCategory;
  /** A short icon name (the editor maps it to a glyph), e.g. "clock", "message". */
  icon: string;
  /** CSS colour for the node's accent. */
  colour: string;
  /** One line of help in the palette. */
  help: string;
  /** One-line summary of a configured node, e.g. "SMS · en, vi" or "wait 2 days". */
  summary?(config: C): string;
  /**
   * Whether a top-level config field applies to this config. The inspector hides a field that
   * does not (its value is kept, so switching back restores it); fields are shown by default.
   * @example fieldShown: (field, c) => field !== 'for' || c.mode === 'duration'
   */
  fieldShown?(field: string, config: C): boolean;
  /**
   * What the node's own `check` says, in English, by the `kind` in its problem's `args`: an ICU
   * message over those args, saying what is wrong (the editor names the step and field before
   * it). `translations[locale].problems` words them in other languages.
   * @example problems: { duplicateVariant: 'variant “{name}” is listed twice' }
   */
  problems?: Record<string, string>;
  /**
   * Names of the outcome and exit ids the node knows (its defaults, common ones, the events it
   * waits for), by id: what a manager reads on cards, exits and results where the journey gives
   * no name of its own. An id named nowhere reads as its words ("noResponse" → "No response").
   * @example outcomes: { noResponse: 'No response', handedToAgent: 'Handed to an agent' }
   */
  outcomes?: Record<string, string>;
  /**
   * Names of an enum field's choices, by the field's path without list indexes, then by value:
   * what the inspector's selects and check boxes show in English (other languages name them in
   * `translations[locale].fields[path].options`). A choice named nowhere reads as its words
   * ("untilDate" → "Until date"), never as the raw value.
   * @example choices: { mode: { duration: 'For a length of time', untilDate: 'Until a date' } }
   */
  choices?: Record<string, Record<string, string>>;
  /**
   * The editor's texts in other languages, by locale ("es", "vi", "zh"): a custom node may ship
   * its own. English is `label`, `help`, `choices` and the schema's descriptions.
   */
  translations?: Partial<Record<string, NodeUiTranslation<C>>>;
}

/**
 * What a message is for. Personas and counters react to it; confirmations answer something the
 * borrower did (a payment, a promise, a plan) and so do not count against contact caps.
 */
export type MessageIntent =
  | 'reminder'
  | 'promise.request'
  | 'promise.reminder'
  | 'promise.confirmation'
  | 'confirmation'
  | 'plan.offer'
  | 'lesson'
  | 'information';

/** Something a node wants done. The engine turns effects into numbered commands. */
export type NodeEffect =
  | {
      kind: 'send';
      /** Node-local name of this effect; results come back with it. */
      key: string;
      channel: Channel;
      fallbackChannel?: Channel;
      message: LocalizedText;
      subject?: LocalizedText;
      intent: MessageIntent;
      link?: LinkKind;
      /** Drop the message rather than send it after this instant (deferrals can push it late). */
      notAfter?: string;
    }
  | {
      kind: 'createTask';
      key: string;
      queue: string;
      priority: 'low' | 'normal' | 'high' | 'urgent';
      reason: string;
      sla: string;
      outcomes: string[];
    }
  | { kind: 'runActivity'; key: string; activity: string; input: JsonValue };

/** The final result of an effect, delivered to the node that asked for it (if still current). */
export type EffectResult =
  | { kind: 'send'; key: string; status: 'sent'; channel: Channel }
  | { kind: 'send'; key: string; status: 'failed' | 'suppressed'; reason: string }
  | { kind: 'createTask'; key: string; taskId: string }
  | { kind: 'runActivity'; key: string; ok: true; output: JsonValue }
  | { kind: 'runActivity'; key: string; ok: false; error: string };

/** What a node handler decides: leave by a port, end the journey, or stay and wait. */
export type NodeStep<S> = (
  | { kind: 'exit'; port: string }
  | { kind: 'end'; outcome: string }
  | {
      kind: 'stay';
      state: S;
      /** When the node wants its `onTimer` called; null or absent: no timer. */
      wakeAt?: string | null;
    }
) & {
  effects?: NodeEffect[];
  /** Journey counters to add to (`journey.promisesBroken` and friends). */
  count?: Partial<Record<CounterName, number>>;
};

/** What a handler can read. Time comes in here; nodes never read a clock. */
export interface NodeContext<C> {
  nodeId: string;
  config: C;
  /** The input's instant, UTC ISO. */
  now: string;
  /** When the node was entered, UTC ISO. */
  enteredAt: string;
  facts: FactsView;
  /** The borrower's IANA time zone (shortcut for facts.borrower.timezone). */
  timezone: string;
  /** Deterministic number in [0, 1) for this enrollment, node and salt: same input, same number. */
  hash(salt: string): number;
}

/** Why an event was refused (an update's validator shows the reason to the borrower). */
export type EventVerdict = { ok: true } | { ok: false; reason: string; message: string };

/**
 * A node's behaviour in the pure engine. Handlers return plans, never perform effects.
 * Methods (not arrow properties) so a `NodeDefinition<C, S>` is usable where the engine
 * holds nodes of every type.
 */
export interface NodeBehaviour<C, S> {
  enter(ctx: NodeContext<C>): NodeStep<S>;
  onTimer?(ctx: NodeContext<C>, state: S): NodeStep<S>;
  /** Undefined: the node does not care about this event (it stays as it is). */
  onEvent?(
    ctx: NodeContext<C>,
    state: S,
    event: JourneyEvent,
    related?: { effectKey: string },
  ): NodeStep<S> | undefined;
  /** Undefined: the result changes nothing (the node keeps waiting). */
  onResult?(ctx: NodeContext<C>, state: S, result: EffectResult): NodeStep<S> | undefined;
  /** Checks an event before it is accepted (a promise date too far out, say). */
  vetEvent?(ctx: NodeContext<C>, state: S, event: JourneyEvent): EventVerdict;
}

/** The contract of a side-effect node's activity (custom nodes): what the runtime runs. */
export interface ActivityContract<I, O> {
  name: string;
  input: z.ZodType<I>;
  output: z.ZodType<O>;
  /** ISO duration: start-to-close timeout. */
  timeout: string;
  retry: { maximumAttempts: number; initialInterval: string; backoffCoefficient: number };
  /** What the simulator uses instead of running the activity. */
  simulate(input: I): O;
}

/** Places inside a config that the validator checks against the journey (locales, facts). */
export interface NodeReferences {
  /** `destination` (where the text is sent) bounds its rendered length at publish. */
  texts?: Array<{
    path: Array<string | number>;
    text: LocalizedText;
    destination?: TextDestination;
  }>;
  conditions?: Array<{ path: Array<string | number>; condition: Condition }>;
}

/** A problem a node finds in its own config beyond its schema (split weights, say). */
export interface NodeConfigProblem {
  code: string;
  message: string;
  path: Array<string | number>;
  /**
   * The message's values, for a reader that words the problem itself (see `Problem.args`); with
   * a `kind` that names one of the node's `ui.problems`, the editor words it in every language.
   */
  args?: Record<string, string | number>;
}

/**
 * Everything about one node type. Declared with `defineNode()` from `@tandem/nodes`, the same
 * way for built-in and custom nodes.
 */
export interface NodeDefinition<C = unknown, S = unknown> {
  /** "remind", or namespaced for custom nodes: "acme.creditCheck". */
  type: string;
  version: number;
  config: z.ZodType<C>;
  /** The node's output ports for a config (fixed, or derived: one per split variant). */
  ports(config: C): PortSpec[];
  /** True when the node takes time (a timer or an awaited event): cycles must pass one. */
  waits: boolean;
  ui: NodeUi<C>;
  behaviour: NodeBehaviour<C, S>;
  references?(config: C): NodeReferences;
  check?(config: C): NodeConfigProblem[];
  /** Typed by `defineNode` from the schemas; held here with its types erased. */
  activity?: ActivityContract<unknown, unknown>;
}

/** What the workflow needs of a custom node's activity contract to run it: no schemas. */
export type ActivityRunOptions = Pick<
  ActivityContract<unknown, unknown>,
  'name' | 'timeout' | 'retry'
>;

/**
 * The half of a node definition the engine runs (the workflow bundle imports only this half, so
 * it carries no zod schema, template or UI): every `NodeDefinition` is one.
 */
export interface NodeBehaviourDefinition<C = unknown, S = unknown> {
  type: string;
  version: number;
  waits: boolean;
  ports(config: C): PortSpec[];
  behaviour: NodeBehaviour<C, S>;
  activity?: ActivityRunOptions;
}

/**
 * A node definition whose config and state types are no longer known, as catalogues hold them.
 * Handlers are declared as methods, so any `NodeDefinition<C, S>` fits here.
 */
export type AnyNodeDefinition = NodeDefinition<unknown, unknown>;
