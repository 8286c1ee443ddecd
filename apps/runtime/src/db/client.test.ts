import { describe, expect, it } from 'vitest';
import { borrowers } from './schema';
import { openTestDatabase, testDrivers } from './test-databases';

describe.each(testDrivers)('openDatabase on %s', (driver) => {
  it('applies the migrations and round-trips a row', async () => {
    const database = await openTestDatabase(driver);
    try {
      expect(database.driver).toBe(driver);
      const [row] = await database.db
        .insert(borrowers)
        .values({
          externalId: 'ext-1',
          firstName: 'Lan',
          locale: 'vi',
          timezone: 'Asia/Ho_Chi_Minh',
          country: 'VN',
        })
        .returning();
      expect(row).toMatchObject({
        externalId: 'ext-1',
        preferences: { optedOut: [] },
        attributes: {},
      });
    } finally {
      await database.close();
    }
  });
});
