// The live /openapi.json, linted by Redocly's recommended rules: 0 errors, 0 warnings. Offline:
// telemetry and the update check are off, and a dead proxy makes any other request fail.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from './routes';
import { openTestApi, type TestApi } from './testing';

const redocly = fileURLToPath(new URL('../../node_modules/.bin/redocly', import.meta.url));

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; message: string; location: Array<{ pointer?: string }> }>;
}

describe('the OpenAPI document', () => {
  let api: TestApi;
  let dir: string;
  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    dir = mkdtempSync(join(tmpdir(), 'tandem-openapi-'));
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes redocly lint (recommended) with 0 errors and 0 warnings', async () => {
    const { status, body } = await api.call('GET', '/openapi.json', { role: null });
    expect(status).toBe(200);
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(body));
    const run = await promisify(execFile)(
      redocly,
      ['lint', file, '--extends=recommended', '--format=json'],
      {
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          HTTPS_PROXY: 'http://127.0.0.1:9',
          HTTP_PROXY: 'http://127.0.0.1:9',
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as LintReport;
    const problems = report.problems.map(
      (p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});
