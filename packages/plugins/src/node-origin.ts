// Which package a node type comes from. A published version records one per node type it
// uses, so a worker can refuse a version whose nodes it lacks before an enrollment starts.
// No zod here: the workflow bundle imports this file (node-origin-schema.ts has the schema).

export interface NodeOrigin {
  type: string;
  version: number;
  package: string;
  packageVersion: string;
}

/** The origins of the node types a journey uses, in the order given, each type once. */
export function originsOf(types: Iterable<string>, available: readonly NodeOrigin[]): NodeOrigin[] {
  const byType = new Map(available.map((o) => [o.type, o]));
  const found = new Map<string, NodeOrigin>();
  for (const type of types) {
    const origin = byType.get(type);
    if (origin && !found.has(type)) found.set(type, origin);
  }
  return [...found.values()];
}

/**
 * The recorded nodes this catalogue cannot run: a missing type, another version of it, or the
 * same type from another package. (A newer packageVersion of the same package is fine.)
 */
export function missingOrigins(
  recorded: readonly NodeOrigin[],
  available: readonly NodeOrigin[],
): NodeOrigin[] {
  const byType = new Map(available.map((o) => [o.type, o]));
  return recorded.filter((wanted) => {
    const have = byType.get(wanted.type);
    return !have || have.version !== wanted.version || have.package !== wanted.package;
  });
}

/** `node "acme.x" v1 from package "@acme/x" 0.1.0, …`: what a refusal names. */
export function describeOrigins(origins: readonly NodeOrigin[]): string {
  return origins
    .map((o) => `node "${o.type}" v${o.version} from package "${o.package}" ${o.packageVersion}`)
    .join(', ');
}
