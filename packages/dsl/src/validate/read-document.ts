import type { z } from 'zod';
import { nodeIdSchema } from '../journey/primitives';
import { journeyNodeSchema, journeySchema } from '../journey/schema';
import type { Journey, JourneyNode } from '../journey/schema';
import { isRecord } from './model';
import type { ReadJourney, ReadNode } from './model';
import type { Problem } from './problem';
import { issuesToProblems } from './schema-issues';

export interface ReadResult {
  problems: Problem[];
  /** Set only when the whole document is journey/v1. */
  journey?: Journey;
  read: ReadJourney;
}

/**
 * Parses a document as journey/v1, reporting every shape problem, and reads as much of it as
 * it can: a malformed node, or a bad policy, must not hide the problems of the rest.
 * @example readDocument(JSON.parse(text)).problems
 */
export function readDocument(doc: unknown): ReadResult {
  if (!isRecord(doc)) {
    const message = `A journey is a JSON object such as { "dsl": "journey/v1", "id": "…", "nodes": […] }, not ${kindOf(doc)}.`;
    return {
      problems: [
        { code: 'SCHEMA', severity: 'error', message, path: [], args: { kind: 'notObject' } },
      ],
      read: { nodes: [] },
    };
  }
  const valid = journeySchema.safeParse(doc);
  if (valid.success) return { problems: [], journey: valid.data, read: fromJourney(valid.data) };
  // Again with `reportInput` for the messages; it turns zod's fast path off, so only when broken.
  const detailed = journeySchema.safeParse(doc, { reportInput: true }).error ?? valid.error;
  const read = readPartially(doc);
  const nodeIdAt = (index: number) => read.nodes[index]?.id;
  const startMissing = isBlank(doc.start);
  const issues = detailed.issues.filter((i) => !(startMissing && isAt(i, ['start'])));
  const problems = issuesToProblems(issues, { code: 'SCHEMA', base: [], nodeIdAt });
  if (startMissing) {
    const first = read.nodes.find((node) => node.id !== undefined)?.id;
    const example = first === undefined ? '' : ` (e.g. "${first}")`;
    problems.push({
      code: 'MISSING_START',
      severity: 'error',
      message: `The journey has no "start": set it to the id of the node every borrower enters first${example}.`,
      path: ['start'],
      args: { example: first ?? '' },
    });
  }
  return { problems, read };
}

function fromJourney(journey: Journey): ReadJourney {
  return {
    locales: journey.locales,
    defaultLocale: journey.defaultLocale,
    start: journey.start,
    nodes: journey.nodes.map(fromNode),
  };
}

function fromNode(node: JourneyNode, index: number): ReadNode {
  const { id, type, config, next } = node;
  return { index, id, type, config, next, nextComplete: true };
}

function readPartially(doc: Record<string, unknown>): ReadJourney {
  const shape = journeySchema.shape;
  return {
    ...optional('locales', valid(shape.locales, doc.locales)),
    ...optional('defaultLocale', valid(shape.defaultLocale, doc.defaultLocale)),
    ...optional('start', valid(shape.start, doc.start)),
    nodes: Array.isArray(doc.nodes) ? doc.nodes.map(readNode) : [],
  };
}

function readNode(raw: unknown, index: number): ReadNode {
  if (!isRecord(raw)) return { index, next: {}, nextComplete: false };
  const whole = journeyNodeSchema.safeParse(raw);
  if (whole.success) return fromNode(whole.data, index);
  const shape = journeyNodeSchema.shape;
  const next = valid(shape.next, raw.next);
  return {
    index,
    // A malformed id still names the node in messages (the SCHEMA problem says what is wrong).
    ...optional('id', typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined),
    ...optional('type', valid(shape.type, raw.type)),
    ...optional('config', valid(shape.config, raw.config)),
    next: next ?? salvageNext(raw.next),
    nextComplete: next !== undefined,
  };
}

/** The entries of a broken `next` that still name a node: they are edges all the same. */
function salvageNext(raw: unknown): Record<string, string> {
  if (!isRecord(raw)) return {};
  const next: Record<string, string> = {};
  for (const [port, target] of Object.entries(raw)) {
    if (nodeIdSchema.safeParse(target).success) next[port] = target as string;
  }
  return next;
}

function valid<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isAt(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): boolean {
  return issue.path.length === path.length && issue.path.every((key, i) => key === path[i]);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
