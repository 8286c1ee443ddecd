// `npm test`'s static checks run side by side and still fail the run when one fails; each tsc
// keeps its own incremental record. Checked with small `node -e` jobs in a temporary folder.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runJobs, typecheckJobs } from '../scripts/checks.mjs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-checks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const node = (name: string, script: string) => ({
  name,
  cmd: process.execPath,
  args: ['-e', script],
});

/** Exits 0 once `file` exists, 1 when it has not appeared within 20 s. */
const waitsFor = (file: string) =>
  `const fs = require('fs'); const end = Date.now() + 20000;
   const tick = () => fs.existsSync(${JSON.stringify(file)}) ? process.exit(0)
     : Date.now() > end ? process.exit(1) : setTimeout(tick, 20);
   tick();`;

describe('runJobs', () => {
  it('runs jobs at the same time: one can wait for what a later one does', async () => {
    const signal = join(dir, 'signal');
    const jobs = [
      node('waits', waitsFor(signal)),
      node('signals', `require('fs').writeFileSync(${JSON.stringify(signal)}, '')`),
    ];
    expect(await runJobs(jobs, dir, 2)).toBe(0);
  }, 30_000);

  it('resolves with the failing job’s status, and the other jobs still run', async () => {
    const ran = join(dir, 'ran');
    const jobs = [
      node('fails', 'process.exit(3)'),
      node('passes', `require('fs').writeFileSync(${JSON.stringify(ran)}, '')`),
    ];
    expect(await runJobs(jobs, dir, 1)).toBe(3);
    expect(existsSync(ran)).toBe(true);
  });
});

describe('typecheckJobs', () => {
  it('gives each tsconfig its own incremental record under node_modules/.cache', () => {
    const jobs = typecheckJobs(dir, [
      join(dir, 'apps', 'runtime', 'tsconfig.json'),
      join(dir, 'packages', 'dsl', 'tsconfig.json'),
    ]);
    const records = jobs.map((job) => job.args[job.args.indexOf('--tsBuildInfoFile') + 1]);
    expect(records).toEqual([
      join(dir, 'node_modules', '.cache', 'tandem', 'tsc', 'apps-runtime.tsbuildinfo'),
      join(dir, 'node_modules', '.cache', 'tandem', 'tsc', 'packages-dsl.tsbuildinfo'),
    ]);
    expect(jobs.every((job) => job.args.includes('--incremental'))).toBe(true);
  });
});
