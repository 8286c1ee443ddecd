// Which journey policy the "contact now?" answer uses: that of the borrower's newest live
// enrollment (what would send next), else the default policy (the rule packs of the borrower's
// country alone).
import { journeyPolicySchema, type JourneyPolicy } from '@tandem/dsl';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { enrollments, journeyVersions } from '../db/schema';
import { liveStatuses } from '../db/queries/enrollments';

export async function journeyPolicyFor(db: Database, borrowerId: string): Promise<JourneyPolicy> {
  const [row] = await db
    .select({ document: journeyVersions.document })
    .from(enrollments)
    .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
    .where(and(eq(enrollments.borrowerId, borrowerId), inArray(enrollments.status, liveStatuses)))
    .orderBy(desc(enrollments.createdAt))
    .limit(1);
  const document = row?.document as { policy?: unknown } | null | undefined;
  const parsed = journeyPolicySchema.safeParse(document?.policy ?? {});
  return parsed.success ? parsed.data : journeyPolicySchema.parse({});
}
