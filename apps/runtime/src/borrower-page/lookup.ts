// Finding a borrower from the agent's desk: by external id, name, or the digits of a phone number
// (as typed: "555 123 4567" finds "+15551234567"). Answers carry masked addresses only.
import { asc, ilike, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { borrowers } from '../db/schema';
import { maskAddress } from './mask';

export interface BorrowerMatch {
  externalId: string;
  firstName: string;
  lastName: string | null;
  country: string;
  phone: string | null;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Up to `limit` borrowers matching `query`, by external id.
 * @example await lookupBorrowers(db, '4567', 20) // [{ externalId: 'B1', phone: '•••• 4567', … }]
 */
export async function lookupBorrowers(
  db: Database,
  query: string,
  limit: number,
): Promise<BorrowerMatch[]> {
  const pattern = likePattern(query.trim());
  const digits = query.replace(/\D/g, '');
  const rows = await db
    .select({
      externalId: borrowers.externalId,
      firstName: borrowers.firstName,
      lastName: borrowers.lastName,
      country: borrowers.country,
      phone: sql<
        string | null
      >`coalesce(${borrowers.channels}->'voice'->>'address', ${borrowers.channels}->'sms'->>'address')`,
    })
    .from(borrowers)
    .where(
      or(
        ilike(borrowers.externalId, pattern),
        sql`(${borrowers.firstName} || ' ' || coalesce(${borrowers.lastName}, '')) ilike ${pattern}`,
        // Four digits or more: a phone number, compared on digits only.
        ...(digits.length >= 4
          ? (['voice', 'sms', 'whatsapp'] as const).map(
              (channel) =>
                sql`regexp_replace(${borrowers.channels}->${channel}->>'address', '\\D', '', 'g') like ${`%${digits}%`}`,
            )
          : []),
      ),
    )
    .orderBy(asc(borrowers.externalId))
    .limit(limit);
  return rows.map((row) => ({ ...row, phone: row.phone ? maskAddress(row.phone) : null }));
}
