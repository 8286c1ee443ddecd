import { readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, borrowers } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import type { ImportReport } from '../../imports/import-report';
import { openTestApi, type TestApi } from '../testing';
import { borrowersRoutes } from './borrowers';
import { importsRoutes } from './imports';

const header =
  'external_id,first_name,last_name,locale,timezone,country,region,segment,sms,email,account_external_id,amount_due,currency,due_date,days_past_due,product';
const good = [
  'VN-1,Hương,"Phạm, Thị",vi,Asia/Ho_Chi_Minh,VN,,first-time,+84903111222,huong@example.com,VN-1-L1,950000,VND,2026-03-05,0,Loan',
  'VN-1,Hương,"Phạm, Thị",vi,Asia/Ho_Chi_Minh,VN,,first-time,+84903111222,huong@example.com,VN-1-C1,120000,VND,,,Card',
  'CN-1,伟,王,zh,Asia/Shanghai,CN,,,+8613800138001,,CN-1-L1,1800.00,CNY,2026-02-27,3,消费贷',
];
const bad = 'US-1,Alex,,en,America/New_Yrok,US,MA,,,,US-1-C1,25O.00,USD,2026-02-30,,Card';
const csv = (...rows: string[]) => [header, ...rows].join('\r\n');
const exampleCsv = readFileSync(
  new URL('../../../../../examples/borrowers.csv', import.meta.url),
  'utf8',
);

const postCsv = (
  api: TestApi,
  text: string,
  query = '',
  role: 'designer' | 'integration' | 'agent' | null = 'integration',
) =>
  api.call('POST', `/v1/imports/borrowers${query}`, {
    role,
    rawBody: text,
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });

describe.each(testDrivers)('POST /imports/borrowers on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([importsRoutes, borrowersRoutes], { driver });
  });
  afterAll(async () => {
    await api.close();
  });
  const counts = async () => {
    const [b] = await api.database.db.select({ n: count() }).from(borrowers);
    const [a] = await api.database.db.select({ n: count() }).from(accounts);
    return { borrowers: b!.n, accounts: a!.n };
  };

  it('allOrNothing: one bad row refuses the file with 422, every bad field named, nothing written', async () => {
    const res = await postCsv(api, csv(...good, bad));
    expect(res.status).toBe(422);
    const error = (res.body as { error: { code: string; details: ImportReport } }).error;
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details).toMatchObject({
      rows: 4,
      valid: 3,
      invalid: 1,
      written: false,
      created: 0,
    });
    expect(error.details.errors).toEqual([
      { row: 4, field: 'amount_due', message: expect.any(String) as string, value: '25O.00' },
      {
        row: 4,
        field: 'timezone',
        message: expect.any(String) as string,
        value: 'America/New_Yrok',
      },
      { row: 4, field: 'due_date', message: expect.any(String) as string, value: '2026-02-30' },
    ]);
    expect(await counts()).toEqual({ borrowers: 0, accounts: 0 });
  });

  it('dryRun reports what would happen and writes nothing, in either mode', async () => {
    const dry = await postCsv(api, csv(...good), '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      written: false,
      rows: 3,
      valid: 3,
      created: 2,
      accountsCreated: 3,
    });
    const dryPartial = await postCsv(api, csv(...good, bad), '?dryRun=true&mode=validRowsOnly');
    expect(dryPartial.body).toMatchObject({ written: false, valid: 3, invalid: 1, created: 2 });
    const dryRefused = await postCsv(api, csv(...good, bad), '?dryRun=true');
    expect(dryRefused.status).toBe(422);
    expect(await counts()).toEqual({ borrowers: 0, accounts: 0 });
  });

  it('refuses a NUL or control character in a cell the same way on a dry run and a write', async () => {
    const nul = good[2]!.replace('消费贷', 'Lo\u0000an').replace(',伟,', ',W\u001bei,');
    for (const query of ['?dryRun=true', '']) {
      const res = await postCsv(api, csv(nul), query);
      expect(res.status).toBe(422);
      const report = (res.body as { error: { details: ImportReport } }).error.details;
      expect(report.errors.map((e) => [e.row, e.field, e.message])).toEqual([
        [1, 'first_name', 'must not contain control characters'],
        [1, 'product', 'must not contain NUL characters'],
      ]);
    }
    expect(await counts()).toEqual({ borrowers: 0, accounts: 0 });
  });

  it('answers 415 naming the body when there is none, or it is neither JSON nor CSV', async () => {
    const none = await api.call('POST', '/v1/imports/borrowers?dryRun=true', {
      role: 'integration',
    });
    const text = await api.call('POST', '/v1/imports/borrowers?dryRun=true', {
      role: 'integration',
      rawBody: 'a,b',
      headers: { 'content-type': 'text/plain' },
    });
    for (const res of [none, text]) {
      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({
        error: { code: 'UNSUPPORTED_MEDIA_TYPE', details: [{ path: 'body' }] },
      });
    }
  });

  it('validRowsOnly writes the good rows and reports the bad ones', async () => {
    const res = await postCsv(api, csv(...good, bad), '?mode=validRowsOnly');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      mode: 'validRowsOnly',
      written: true,
      rows: 4,
      valid: 3,
      invalid: 1,
      created: 2,
      updated: 0,
      accountsCreated: 3,
      errors: [{ row: 4 }, { row: 4 }, { row: 4 }],
    });
    expect(await counts()).toEqual({ borrowers: 2, accounts: 3 });
    const lan = await api.call('GET', '/v1/borrowers/VN-1');
    expect(lan.body).toMatchObject({
      firstName: 'Hương',
      lastName: 'Phạm, Thị',
      channels: { sms: { address: '+84903111222', consent: true } },
      accounts: [
        { externalId: 'VN-1-C1', amountDue: 120000 },
        { externalId: 'VN-1-L1', dueDate: '2026-03-05' },
      ],
    });
  });

  it('imports again as updates, keeping what blank cells leave alone', async () => {
    const res = await postCsv(
      api,
      csv('CN-1,伟,王,zh,Asia/Shanghai,CN,,vip,,,CN-1-L1,1500.00,CNY,,,'),
      '',
      'integration',
    );
    expect(res.body).toMatchObject({
      created: 0,
      updated: 1,
      accountsUpdated: 1,
      accountsCreated: 0,
    });
    const wei = await api.call('GET', '/v1/borrowers/CN-1');
    expect(wei.body).toMatchObject({
      segment: 'vip',
      channels: { sms: { address: '+8613800138001' } },
      accounts: [{ amountDue: 1500, dueDate: '2026-02-27', daysPastDue: 3, product: '消费贷' }],
    });
  });

  it('refuses rows that would take another borrower’s account, by row', async () => {
    const res = await postCsv(
      api,
      csv('XX-1,Eve,,en,UTC,US,,,,,VN-1-L1,1,USD,,,', 'XX-2,Bob,,en,UTC,US,,,,,XX-2-A,1,USD,,,'),
      '?mode=validRowsOnly',
    );
    expect(res.body).toMatchObject({
      valid: 1,
      created: 1,
      errors: [{ row: 1, field: 'account_external_id', value: 'VN-1-L1' }],
    });
    expect(
      ((await api.call('GET', '/v1/borrowers/VN-1')).body as { accounts: unknown[] }).accounts,
    ).toHaveLength(2);
    expect((await api.call('GET', '/v1/borrowers/XX-1')).status).toBe(404);
  });

  it('imports JSON rows with channels, preferences and several accounts', async () => {
    const res = await api.call('POST', '/v1/imports/borrowers', {
      role: 'integration',
      body: {
        format: 'json',
        rows: [
          {
            externalId: 'MX-1',
            firstName: 'Sofía',
            locale: 'es-MX',
            timezone: 'America/Mexico_City',
            country: 'MX',
            channels: { whatsapp: { address: '+525555010101', consent: true } },
            preferences: { optedOut: ['voice'] },
            accounts: [
              { externalId: 'MX-1-A', amountDue: 4500, currency: 'MXN' },
              { externalId: 'MX-1-B', amountDue: 120.5, currency: 'MXN', timeBarred: true },
            ],
          },
          {
            externalId: 'MX-2',
            firstName: 'José',
            locale: 'es',
            timezone: 'Mexico/General',
            country: 'MX',
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      rows: 2,
      valid: 2,
      created: 2,
      accountsCreated: 2,
      errors: [],
    });
    expect((await api.call('GET', '/v1/borrowers/MX-1')).body).toMatchObject({
      preferences: { optedOut: ['voice'] },
      accounts: [{ externalId: 'MX-1-A' }, { externalId: 'MX-1-B', timeBarred: true }],
    });
  });

  it('imports the example file cleanly', async () => {
    const res = await postCsv(api, exampleCsv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      rows: 20,
      valid: 20,
      invalid: 0,
      created: 18,
      accountsCreated: 20,
    });
  });
});

describe('POST /imports/borrowers refusals', () => {
  let api: TestApi;
  const logLines: string[] = [];
  beforeAll(async () => {
    api = await openTestApi([importsRoutes], {
      deps: {
        importBodyLimitBytes: 4096,
        logger: pino({ level: 'info' }, { write: (line: string) => logLines.push(line) }),
      },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('401 without a key, 403 for an agent or a designer', async () => {
    expect((await postCsv(api, csv(...good), '', null)).status).toBe(401);
    expect((await postCsv(api, csv(...good), '', 'agent')).status).toBe(403);
    expect((await postCsv(api, csv(...good), '', 'designer')).status).toBe(403);
  });

  it('413 above the body limit', async () => {
    const big = csv(...Array.from({ length: 60 }, () => good[0]!));
    const res = await postCsv(api, big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'BODY_TOO_LARGE' } });
  });

  it('400 for an empty CSV or one missing required columns, naming them', async () => {
    const empty = await postCsv(api, '');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: { code: 'EMPTY_CSV' } });
    expect((await postCsv(api, `${header}\r\n`)).body).toMatchObject({
      error: { code: 'EMPTY_CSV' },
    });
    const missing = await postCsv(api, 'external_id,first_name,amount_due\nB1,Lan,5');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      error: {
        code: 'MISSING_COLUMNS',
        details: ['locale', 'timezone', 'country', 'account_external_id', 'currency'].map(
          (path) => ({ path }),
        ),
      },
    });
    const emptyJson = await api.call('POST', '/v1/imports/borrowers', {
      body: { format: 'json', rows: [] },
    });
    expect(emptyJson.status).toBe(400);
    expect(emptyJson.body).toMatchObject({ error: { details: [{ path: 'rows' }] } });
  });

  it('400 for a bad mode, 415 for another content type', async () => {
    const mode = await postCsv(api, csv(...good), '?mode=some');
    expect(mode.status).toBe(400);
    expect(mode.body).toMatchObject({ error: { details: [{ path: 'mode' }] } });
    const other = await api.call('POST', '/v1/imports/borrowers', {
      rawBody: csv(...good),
      headers: { 'content-type': 'text/plain' },
    });
    expect(other.status).toBe(415);
  });

  it('names a row whose cell count is off and still logs no personal data', async () => {
    const res = await postCsv(
      api,
      csv(good[0]!, 'VN-9,Hương,Phạm, Thị,vi,Asia/Ho_Chi_Minh,VN,,,,,A,1,VND,,,'),
    );
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { details: { errors: [{ row: 2, field: null }] } } });
    const logs = logLines.join('\n');
    expect(logs).toContain('borrower import');
    for (const secret of ['Hương', 'Phạm', '+84903111222', 'huong@example.com'])
      expect(logs).not.toContain(secret);
  });
});
