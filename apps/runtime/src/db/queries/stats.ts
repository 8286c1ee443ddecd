// Funnel numbers for one published version, counted by the database (GROUP BY) from the
// journey_steps projection and the enrollments: a version with a million steps returns a few
// dozen grouped rows, never the steps themselves.
import { and, count, countDistinct, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../client';
import { enrollments, journeySteps, journeyVersions } from '../schema';
import { liveStatuses, type EnrollmentStatus } from './enrollments';

const enrollmentStatuses: EnrollmentStatus[] = [
  ...liveStatuses,
  'completed',
  'cancelled',
  'failed',
];

export interface NodeStats {
  nodeId: string;
  /** Null for a node seen in steps but not in the document (should not happen). */
  type: string | null;
  /** Times the node was entered; an enrollment that loops counts each time. */
  visits: number;
  /** Distinct enrollments that entered it. */
  enrollments: number;
  exits: Record<string, number>;
  /** Journeys that ended here. */
  ends: number;
}

export interface VersionStats {
  journeyId: string;
  version: number;
  enrollments: {
    total: number;
    byStatus: Record<EnrollmentStatus, number>;
    byOutcome: Record<string, number>;
  };
  nodes: NodeStats[];
}

const documentNodes = z.object({
  nodes: z.array(z.looseObject({ id: z.string(), type: z.string() })),
});

/**
 * Visits and exits per node, and enrollments by status and outcome, for one version; null when
 * the journey has no such version.
 * @example const stats = await versionStats(db, 'first-time-borrower', 3)
 */
export async function versionStats(
  db: Database,
  journeyId: string,
  version: number,
): Promise<VersionStats | null> {
  const [found] = await db
    .select({ id: journeyVersions.id, document: journeyVersions.document })
    .from(journeyVersions)
    .where(and(eq(journeyVersions.journeyId, journeyId), eq(journeyVersions.version, version)))
    .limit(1);
  if (!found) return null;
  const steps = await db
    .select({
      nodeId: journeySteps.nodeId,
      kind: journeySteps.kind,
      port: journeySteps.port,
      n: count(),
      distinct: countDistinct(journeySteps.enrollmentId),
    })
    .from(journeySteps)
    .where(eq(journeySteps.journeyVersionId, found.id))
    .groupBy(journeySteps.nodeId, journeySteps.kind, journeySteps.port);
  const outcomes = await db
    .select({ status: enrollments.status, outcome: enrollments.outcome, n: count() })
    .from(enrollments)
    .where(eq(enrollments.journeyVersionId, found.id))
    .groupBy(enrollments.status, enrollments.outcome);

  const nodes = new Map<string, NodeStats>();
  const node = (nodeId: string, type: string | null = null) => {
    let entry = nodes.get(nodeId);
    if (!entry) {
      entry = { nodeId, type, visits: 0, enrollments: 0, exits: {}, ends: 0 };
      nodes.set(nodeId, entry);
    }
    return entry;
  };
  const parsed = documentNodes.safeParse(found.document);
  for (const declared of parsed.success ? parsed.data.nodes : []) node(declared.id, declared.type);
  for (const group of steps) {
    const entry = node(group.nodeId);
    if (group.kind === 'enter') {
      entry.visits += group.n;
      entry.enrollments += group.distinct;
    } else if (group.kind === 'end') entry.ends += group.n;
    else if (group.port !== null)
      entry.exits[group.port] = (entry.exits[group.port] ?? 0) + group.n;
  }

  const byStatus = Object.fromEntries(enrollmentStatuses.map((s) => [s, 0])) as Record<
    EnrollmentStatus,
    number
  >;
  const byOutcome: Record<string, number> = {};
  for (const group of outcomes) {
    byStatus[group.status] += group.n;
    if (group.outcome !== null)
      byOutcome[group.outcome] = (byOutcome[group.outcome] ?? 0) + group.n;
  }
  const total = outcomes.reduce((sum, group) => sum + group.n, 0);
  return {
    journeyId,
    version,
    enrollments: { total, byStatus, byOutcome },
    nodes: [...nodes.values()],
  };
}
