import { journeySchema } from '../journey/schema';
import type { JourneyInput } from '../journey/schema';

/** One value that differs, located by its JSON path inside the node or the journey. */
export interface ValueChange {
  path: Array<string | number>;
  /** Undefined (absent in JSON) when the field did not exist before. */
  before: unknown;
  /** Undefined (absent in JSON) when the field no longer exists. */
  after: unknown;
}

/** What changed between two journeys, node by node; layout is not part of it. */
export interface JourneyDiff {
  /** Nodes only in the second journey, in its order. */
  added: Array<{ nodeId: string; type: string }>;
  /** Nodes only in the first journey, in its order. */
  removed: Array<{ nodeId: string; type: string }>;
  /** Nodes in both whose type, label or config differ; `type` is the node's type afterwards. */
  changed: Array<{ nodeId: string; type: string; changes: ValueChange[] }>;
  /** Ports of nodes in both that point elsewhere; null where the port was not connected. */
  rewired: Array<{ nodeId: string; port: string; before: string | null; after: string | null }>;
  /** Journey-level fields (name, locales, policy, start…), paths from the document root. */
  journey: ValueChange[];
}

type DiffNode = JourneyInput['nodes'][number];

// Not semantics: `nodes` is diffed node by node, `layout` is where the editor keeps positions.
const notJourneyFields = new Set(['nodes', 'layout']);

/**
 * What changed from journey `a` to journey `b`, keyed by node id (the order of `nodes` does not
 * matter). Both are parsed first when they are valid journey/v1, so a default written out on one
 * side and left implicit on the other is not a change; a draft that does not parse is compared
 * as written. Objects are compared key by key; arrays of the same length item by item, and an
 * array whose length changed is reported whole, because after an insertion every index would
 * differ and per-index changes would mislead. A node keeps its identity when its type changes:
 * that is a `changed` entry with a `["type"]` change. Never throws.
 *
 * @example
 * const diff = diffJourneys(version1, draft);
 * for (const c of diff.changed) console.log(c.nodeId, c.changes.map((x) => x.path.join('.')));
 */
export function diffJourneys(a: JourneyInput, b: JourneyInput): JourneyDiff {
  const before = normalise(a);
  const after = normalise(b);
  const beforeNodes = byId(before.nodes);
  const afterNodes = byId(after.nodes);
  const diff: JourneyDiff = { added: [], removed: [], changed: [], rewired: [], journey: [] };

  for (const [id, node] of beforeNodes) {
    if (!afterNodes.has(id)) diff.removed.push({ nodeId: id, type: node.type });
  }
  for (const [id, node] of afterNodes) {
    const old = beforeNodes.get(id);
    if (!old) {
      diff.added.push({ nodeId: id, type: node.type });
      continue;
    }
    const changes: ValueChange[] = [];
    diffValues(old.type, node.type, ['type'], changes);
    diffValues(old.label, node.label, ['label'], changes);
    diffValues(old.config ?? {}, node.config ?? {}, ['config'], changes);
    if (changes.length > 0) diff.changed.push({ nodeId: id, type: node.type, changes });
    diff.rewired.push(...rewiring(id, old.next ?? {}, node.next ?? {}));
  }

  const fields = unionKeys(before, after).filter((key) => !notJourneyFields.has(key));
  for (const key of fields) diffValues(field(before, key), field(after, key), [key], diff.journey);
  return diff;
}

function normalise(journey: JourneyInput): JourneyInput {
  const parsed = journeySchema.safeParse(journey);
  return parsed.success ? parsed.data : journey;
}

/**
 * First node of each id wins: a duplicate id is a validation problem, not a diff. A broken
 * draft's entries without an id cannot be matched, so they are left out.
 */
function byId(nodes: unknown): Map<string, DiffNode> {
  const map = new Map<string, DiffNode>();
  for (const node of Array.isArray(nodes) ? (nodes as unknown[]) : []) {
    if (isRecord(node) && typeof node.id === 'string' && !map.has(node.id)) {
      map.set(node.id, node as DiffNode);
    }
  }
  return map;
}

function rewiring(
  nodeId: string,
  before: Record<string, string>,
  after: Record<string, string>,
): JourneyDiff['rewired'] {
  return unionKeys(before, after)
    .map((port) => ({ nodeId, port, before: before[port] ?? null, after: after[port] ?? null }))
    .filter((wire) => wire.before !== wire.after);
}

function diffValues(
  before: unknown,
  after: unknown,
  path: ValueChange['path'],
  out: ValueChange[],
) {
  if (sameValue(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    for (const key of unionKeys(before, after)) {
      diffValues(before[key], after[key], [...path, key], out);
    }
  } else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item: unknown, index) => diffValues(item, after[index], [...path, index], out));
  } else {
    out.push({ path, before, after });
  }
}

/** Deep equality of JSON values; key order does not matter, undefined equals absent. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: unknown, index) => sameValue(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    return unionKeys(a, b).every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

/** Keys of `a` in order, then those only in `b`; keys whose value is undefined do not count. */
function unionKeys(a: object, b: object): string[] {
  const present = (o: object) =>
    Object.entries(o)
      .filter(([, value]) => value !== undefined)
      .map(([key]) => key);
  return [...new Set([...present(a), ...present(b)])];
}

function field(journey: JourneyInput, key: string): unknown {
  return (journey as Record<string, unknown>)[key];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
