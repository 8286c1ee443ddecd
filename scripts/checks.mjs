// The static checks `npm test` runs before vitest: one `tsc` per tsconfig, ESLint and Prettier.
// They are independent programs, so they run side by side (as many at once as the machine has
// cores) instead of one after the other; each one's output is printed whole when it ends, so
// that two failures never interleave. tsc keeps an incremental record per tsconfig under
// node_modules/.cache/tandem (outside the repository's files), so a rerun re-checks only what
// changed; a fresh clone checks everything. Plain JavaScript: it runs before TypeScript tooling.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/**
 * One `tsc --noEmit` job per tsconfig, with its incremental record named after the config's
 * folder (packages/dsl/tsconfig.json → packages-dsl.tsbuildinfo).
 */
export function typecheckJobs(root, configs) {
  const cacheDir = join(root, 'node_modules', '.cache', 'tandem', 'tsc');
  mkdirSync(cacheDir, { recursive: true });
  return configs.map((config) => {
    const name = config.slice(root.length + 1);
    const record = join(
      cacheDir,
      `${name.replace(/\/tsconfig\.json$/, '').replace(/\//g, '-')}.tsbuildinfo`,
    );
    return {
      name: `typecheck ${name}`,
      cmd: join(root, 'node_modules', '.bin', 'tsc'),
      args: ['-p', config, '--incremental', '--tsBuildInfoFile', record],
    };
  });
}

/** ESLint (type-aware, so the slowest single job) and Prettier's check. */
export function lintJobs(root) {
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  return [
    { name: 'eslint', cmd: bin('eslint'), args: ['--max-warnings=0', '.'] },
    { name: 'prettier', cmd: bin('prettier'), args: ['--check', '--log-level=warn', '.'] },
  ];
}

function runBuffered(job, cwd) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(job.cmd, job.args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ job, status: 1, output: String(error), started }));
    child.on('close', (code) => resolve({ job, status: code ?? 1, output, started }));
  });
}

/**
 * Runs the jobs, at most `concurrency` at once, in the order given (put the slowest first).
 * Resolves with 0 when every job passed, else with the first failing job's status.
 */
export async function runJobs(jobs, cwd, concurrency = Math.max(2, availableParallelism())) {
  const queue = [...jobs];
  let failed = 0;
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { status, output, started } = await runBuffered(job, cwd);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`tandem: ${job.name} ${status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
      if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      if (status !== 0 && failed === 0) failed = status;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return failed;
}
