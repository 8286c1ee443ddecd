// Borrowers for the durable-execution benches: many, cheap, alike, each in a segment of its own
// so that a bulk enrollment by segment picks exactly them.
import { randomUUID } from 'node:crypto';
import { accounts, borrowers, enrollments, type Database } from '@tandem/runtime';
import { and, eq } from 'drizzle-orm';

/**
 * `count` borrowers with one account each in `segment`, inserted in batches of 1,000; their time
 * zones taken in turn from `timezones` (default UTC).
 */
export async function insertPortfolio(
  db: Database,
  segment: string,
  count: number,
  timezones: readonly string[] = ['Etc/UTC'],
): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const size = Math.min(1000, count - start);
    const rows = Array.from({ length: size }, (_, i) => ({
      id: randomUUID(),
      externalId: `${segment}-${start + i}`,
      firstName: 'Bench',
      locale: 'en',
      timezone: timezones[(start + i) % timezones.length]!,
      country: 'VN',
      segment,
      channels: { sms: { address: '+84900000000', consent: true } },
    }));
    await db.insert(borrowers).values(rows);
    await db.insert(accounts).values(
      rows.map((b) => ({
        externalId: `${b.externalId}-L1`,
        borrowerId: b.id,
        amountDue: 100,
        currency: 'USD',
      })),
    );
  }
}

/** The ids of the segment's enrollments still pending (enrolled, no workflow started yet). */
export async function pendingEnrollmentIds(db: Database, segment: string): Promise<string[]> {
  const rows = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .innerJoin(borrowers, eq(borrowers.id, enrollments.borrowerId))
    .where(and(eq(borrowers.segment, segment), eq(enrollments.status, 'pending')));
  return rows.map((r) => r.id);
}
