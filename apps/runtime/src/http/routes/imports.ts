// Bulk borrower import, CSV or JSON. The report names every bad row and field; the log only
// counts (a borrowers file is nothing but personal data).
import { createRoute, z } from '@hono/zod-openapi';
import { CsvShapeError } from '../../imports/csv-table';
import { importModes } from '../../imports/import-report';
import { planImport, type ImportPlan, type ImportSource } from '../../imports/plan-import';
import { runImport } from '../../imports/run-import';
import { evaluateAudiences } from '../../audiences/evaluate-audiences';
import { borrowerImportRowSchema } from '../../imports/borrower-input';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { recordAudit } from '../../audit/record-audit';
import { errorResponses, errorSchema } from './borrower-schemas';

const importErrorSchema = z.object({
  row: z.number().int().describe('1-based data row (a CSV header is row 0)'),
  field: z.string().nullable().describe('CSV column or JSON path; null for the whole row'),
  message: z.string(),
  value: z.unknown().optional(),
});

export const importReportSchema = z
  .object({
    mode: z.enum(importModes),
    dryRun: z.boolean(),
    written: z.boolean(),
    rows: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    created: z.number().int().describe('Borrowers created (or that would be, on a dry run)'),
    updated: z.number().int(),
    accountsCreated: z.number().int(),
    accountsUpdated: z.number().int(),
    errors: z.array(importErrorSchema),
    audience: z
      .object({ enrolled: z.number().int(), heldOut: z.number().int() })
      .optional()
      .describe('What live launches did with the imported accounts (written imports only)'),
  })
  .openapi('ImportReport');

const jsonBody = z
  .object({
    format: z.literal('json'),
    // Validated row by row in the handler (a bad row is reported, not a 400), but documented as
    // the row schema so clients see every rule.
    rows: z
      .array(z.unknown())
      .min(1, 'the import has no rows')
      .openapi({ items: { $ref: '#/components/schemas/BorrowerImportRow' } })
      .describe('BorrowerImportRow objects; each is checked on its own and reported by row'),
  })
  .openapi('BorrowerImportJson');

const importBorrowers = createRoute({
  method: 'post',
  path: '/imports/borrowers',
  summary: 'Import many borrowers and accounts from CSV or JSON',
  description:
    'CSV (text/csv): a header row, then one borrower and one account per row; several rows may ' +
    'share a borrower. Required columns: external_id, first_name, locale, timezone, country, ' +
    'account_external_id, amount_due, currency. Optional: last_name, region, segment, sms, email, ' +
    'whatsapp, voice, <channel>_consent, due_date, days_past_due, minimum_payment, product, ' +
    'time_barred, attributes.<name>. A blank cell leaves the stored value as it is. ' +
    'allOrNothing (default) writes nothing when any row is bad (422); validRowsOnly writes the ' +
    'good rows; dryRun=true never writes.',
  request: {
    query: z.object({
      dryRun: z.enum(['true', 'false']).default('false'),
      mode: z.enum(importModes).default('allOrNothing'),
    }),
    // Not "required": the JSON validator would then run on CSV uploads too.
    body: {
      content: {
        'application/json': { schema: jsonBody },
        'text/csv': { schema: z.string().describe('The CSV file, UTF-8') },
      },
    },
  },
  responses: {
    200: {
      description: 'The report',
      content: { 'application/json': { schema: importReportSchema } },
    },
    ...errorResponses,
    413: {
      description: 'Upload over the body limit',
      content: { 'application/json': { schema: errorSchema } },
    },
    422: {
      description: 'Refused; nothing written. error.details is the report',
      content: { 'application/json': { schema: errorSchema } },
    },
  },
});

function plan(source: ImportSource): ImportPlan {
  try {
    return planImport(source);
  } catch (error) {
    if (!(error instanceof CsvShapeError)) throw error;
    const details =
      error.columns.length > 0
        ? error.columns.map((column) => ({ path: column, message: error.message }))
        : [{ path: 'body', message: error.message }];
    throw new ApiError(400, error.code, error.message, details);
  }
}

// The validator checks a JSON body against its schema; a request with no body, or one in another
// media type, passes it untouched (the body is not "required", for CSV's sake) and ends here.
function jsonRows(body: string | { rows: unknown[] } | undefined): unknown[] {
  if (typeof body !== 'object' || !Array.isArray(body.rows)) {
    const message = 'send the rows as application/json ({ format, rows }) or a text/csv file';
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', message, [{ path: 'body', message }]);
  }
  return body.rows;
}

/** Live launches look at the imported borrowers' accounts; a failure here leaves the import written. */
async function evaluateImported(deps: Parameters<RouteModule>[0], externalIds: string[]) {
  try {
    const report = await evaluateAudiences(
      { db: deps.db, now: deps.now, ...(deps.journeys ? { journeys: deps.journeys } : {}) },
      { kind: 'borrowers', externalIds },
    );
    return { enrolled: report.enrolled, heldOut: report.heldOut };
  } catch (error) {
    deps.logger.error({ err: error }, 'audience evaluation after import failed');
    return undefined;
  }
}

/** POST /imports/borrowers. */
export const importsRoutes: RouteModule = (deps) => {
  const router = newRouter();
  router.openAPIRegistry.register('BorrowerImportRow', borrowerImportRowSchema);

  router.openapi(importBorrowers, async (c) => {
    const started = performance.now();
    const query = c.req.valid('query');
    const isCsv = (c.req.header('content-type') ?? '').toLowerCase().startsWith('text/csv');
    const source: ImportSource = isCsv
      ? { kind: 'csv', text: await c.req.text() }
      : { kind: 'json', rows: jsonRows(c.req.valid('json')) };
    const caller = c.get('caller');
    const planned = plan(source);
    const { accepted, report } = await deps.db.transaction(async (tx) => {
      const outcome = await runImport(tx, planned, {
        mode: query.mode,
        dryRun: query.dryRun === 'true',
      });
      const { report: r } = outcome;
      if (r.written) {
        await recordAudit(tx, caller, 'borrowers.imported', null, {
          format: source.kind,
          mode: r.mode,
          rows: r.rows,
          created: r.created,
          updated: r.updated,
          accountsCreated: r.accountsCreated,
          accountsUpdated: r.accountsUpdated,
          invalid: r.invalid,
        });
      }
      return outcome;
    });
    deps.logger.info(
      {
        format: source.kind,
        mode: report.mode,
        dryRun: report.dryRun,
        written: report.written,
        rows: report.rows,
        valid: report.valid,
        invalid: report.invalid,
        created: report.created,
        updated: report.updated,
        ms: Math.round(performance.now() - started),
      },
      'borrower import',
    );
    if (accepted && report.written) {
      const externalIds = planned.entries.map(({ record }) => record.externalId);
      const audience = await evaluateImported(deps, externalIds);
      return c.json(audience ? { ...report, audience } : report, 200);
    }
    if (accepted) return c.json(report, 200);
    const message =
      report.valid === 0
        ? `none of the ${report.rows} rows is valid; nothing was written`
        : `${report.invalid} of ${report.rows} rows are invalid; nothing was written ` +
          '(mode=validRowsOnly writes the valid ones)';
    throw new ApiError(422, 'IMPORT_INVALID', message, report);
  });

  return router;
};
