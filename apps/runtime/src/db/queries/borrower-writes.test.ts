import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../client';
import { accounts, borrowers } from '../schema';
import { openTestDatabase, testDrivers } from '../test-databases';
import { writeBorrowers, type BorrowerWrite } from './borrower-writes';
import { findBorrowerIds } from './borrowers';

const lan = (overrides: Partial<BorrowerWrite> = {}): BorrowerWrite => ({
  externalId: 'B1',
  firstName: 'Lan',
  locale: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
  country: 'VN',
  ...overrides,
});

describe.each(testDrivers)('writeBorrowers on %s', (driver) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await database.close();
  });
  const stored = async (externalId: string) => {
    const [row] = await database.db
      .select()
      .from(borrowers)
      .where(eq(borrowers.externalId, externalId));
    return row!;
  };

  it('keeps fields a later write leaves out, clears those set to null, and never drops opt-outs', async () => {
    const { db } = database;
    await writeBorrowers(db, [
      lan({
        lastName: 'Nguyễn',
        segment: 'first-time',
        attributes: { score: 600, branch: 'HN' },
        channels: {
          sms: { address: '+84912345678', consent: true },
          email: { address: 'lan@example.com', consent: true },
        },
        preferences: { optedOut: ['sms'] },
      }),
    ]);
    await writeBorrowers(db, [
      lan({
        firstName: 'Lân',
        segment: null,
        attributes: { score: 640, branch: null },
        channels: { sms: { address: '+84900000000', consent: false }, email: null },
      }),
    ]);
    expect(await stored('B1')).toMatchObject({
      firstName: 'Lân',
      lastName: 'Nguyễn',
      segment: null,
      attributes: { score: 640, branch: null },
      channels: { sms: { address: '+84900000000', consent: false } },
      preferences: { optedOut: ['sms'] },
    });
    expect(Object.keys((await stored('B1')).channels)).toEqual(['sms']);
  });

  it('writes many borrowers in batches, rows with different fields in different statements', async () => {
    const { db } = database;
    const many = Array.from({ length: 25 }, (_, i) =>
      lan({
        externalId: `M${i}`,
        ...(i % 2 === 0 ? { region: 'HN' } : {}),
        accounts: [{ externalId: `M${i}-A`, amountDue: i * 10.5, currency: 'VND' }],
      }),
    );
    await writeBorrowers(db, many, 4);
    const ids = await findBorrowerIds(
      db,
      many.map((b) => b.externalId),
    );
    expect(ids.size).toBe(25);
    expect((await stored('M2')).region).toBe('HN');
    expect((await stored('M3')).region).toBeNull();
    const [account] = await db.select().from(accounts).where(eq(accounts.externalId, 'M7-A'));
    expect(account).toMatchObject({ amountDue: 73.5, borrowerId: ids.get('M7') });
  });

  it('updates an account in place and keeps what the update leaves out', async () => {
    const { db } = database;
    await writeBorrowers(db, [
      lan({
        externalId: 'C1',
        accounts: [
          {
            externalId: 'C1-A',
            amountDue: 100,
            currency: 'USD',
            dueDate: '2026-03-01',
            product: 'card',
            attributes: { apr: 24.9 },
          },
        ],
      }),
    ]);
    await writeBorrowers(db, [
      lan({
        externalId: 'C1',
        accounts: [
          {
            externalId: 'C1-A',
            amountDue: 40.25,
            currency: 'USD',
            daysPastDue: 9,
            attributes: { tier: 'b' },
          },
        ],
      }),
    ]);
    const rows = await db.select().from(accounts).where(eq(accounts.externalId, 'C1-A'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      amountDue: 40.25,
      dueDate: '2026-03-01',
      daysPastDue: 9,
      product: 'card',
      attributes: { apr: 24.9, tier: 'b' },
    });
  });

  it('never moves an account to another borrower', async () => {
    const { db } = database;
    await writeBorrowers(db, [
      lan({ externalId: 'D1', accounts: [{ externalId: 'D-A', amountDue: 1, currency: 'USD' }] }),
    ]);
    const first = await findBorrowerIds(db, ['D1']);
    await writeBorrowers(db, [
      lan({ externalId: 'D2', accounts: [{ externalId: 'D-A', amountDue: 999, currency: 'USD' }] }),
    ]);
    const [row] = await db.select().from(accounts).where(eq(accounts.externalId, 'D-A'));
    expect(row).toMatchObject({ borrowerId: first.get('D1'), amountDue: 1 });
  });
});
