// Everything a portal page shows, loaded for one verified link: the borrower, the account, the
// journey's current node and that node's config. The node is read from the workflow itself
// (the step projection can lag a moment behind), so a page never offers what the journey would
// refuse.
import type { JourneyNode } from '@tandem/dsl';
import { educationLessonNode, offerPlanNode, promiseToPayNode } from '@tandem/nodes';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../db/client';
import { accounts, borrowers, enrollments, journeyVersions } from '../db/schema';
import type { JourneyDriver } from '../journey-driver';
import { journeyMayCall } from './journey-may-call';

export type PromiseConfig = z.infer<typeof promiseToPayNode.config>;
export type PlanConfig = z.infer<typeof offerPlanNode.config>;
export type LessonConfig = z.infer<typeof educationLessonNode.config>;

/** What the journey is waiting for from the borrower right now, with the node's settings. */
export type OpenStep =
  | { kind: 'promise'; nodeId: string; config: PromiseConfig }
  | { kind: 'plan'; nodeId: string; config: PlanConfig }
  | { kind: 'lesson'; nodeId: string; config: LessonConfig }
  | { kind: 'none' };

export interface PortalSession {
  enrollmentId: string;
  live: boolean;
  borrower: typeof borrowers.$inferSelect;
  account: typeof accounts.$inferSelect;
  step: OpenStep;
  /** The journey can lead to a call (a voice step or a person's task): the home page says so. */
  mayCall: boolean;
  /** The journey's default language: a text missing in the page's language is shown in it. */
  defaultLocale: string;
  /** The journey's plan offers by node id: an accepted plan's schedule is shown from them. */
  planNodes: Record<string, PlanConfig>;
}

/** The borrower an enrollment belongs to (the link's MAC is checked against it), or null. */
export async function enrollmentOwner(db: Database, enrollmentId: string): Promise<string | null> {
  const [row] = await db
    .select({ borrowerId: enrollments.borrowerId })
    .from(enrollments)
    .where(eq(enrollments.id, enrollmentId))
    .limit(1);
  return row?.borrowerId ?? null;
}

export async function loadSession(
  db: Database,
  journeys: JourneyDriver | undefined,
  enrollmentId: string,
): Promise<PortalSession | null> {
  const [row] = await db
    .select({
      enrollment: enrollments,
      borrower: borrowers,
      account: accounts,
      document: journeyVersions.document,
    })
    .from(enrollments)
    .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
    .innerJoin(accounts, eq(accounts.id, enrollments.accountId))
    .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
    .where(eq(enrollments.id, enrollmentId))
    .limit(1);
  if (!row) return null;
  // Temporal unreachable: the step projection (a moment behind at worst) still serves the page.
  const view = journeys ? await journeys.state(enrollmentId).catch(() => null) : null;
  const live = view ? view.status !== 'completed' : row.enrollment.status === 'running';
  const nodeId = view ? view.currentNode : row.enrollment.currentNode;
  const nodes = (row.document as { nodes?: JourneyNode[] }).nodes ?? [];
  const node = live && nodeId ? nodes.find((n) => n.id === nodeId) : undefined;
  return {
    enrollmentId,
    live,
    borrower: row.borrower,
    account: row.account,
    step: node ? openStep(node) : { kind: 'none' },
    mayCall: journeyMayCall(nodes),
    defaultLocale: (row.document as { defaultLocale?: string }).defaultLocale ?? 'en',
    planNodes: Object.fromEntries(
      nodes.flatMap((n) => {
        const step = openStep(n);
        return step.kind === 'plan' ? [[n.id, step.config]] : [];
      }),
    ),
  };
}

/** Published documents were validated, so their configs parse; one that does not offers nothing. */
export function openStep(node: JourneyNode): OpenStep {
  const config = node.config ?? {};
  if (node.type === promiseToPayNode.type) {
    const parsed = promiseToPayNode.config.safeParse(config);
    if (parsed.success) return { kind: 'promise', nodeId: node.id, config: parsed.data };
  }
  if (node.type === offerPlanNode.type) {
    const parsed = offerPlanNode.config.safeParse(config);
    if (parsed.success) return { kind: 'plan', nodeId: node.id, config: parsed.data };
  }
  if (node.type === educationLessonNode.type) {
    const parsed = educationLessonNode.config.safeParse(config);
    if (parsed.success) return { kind: 'lesson', nodeId: node.id, config: parsed.data };
  }
  return { kind: 'none' };
}
