// Types for checks.mjs (plain JavaScript, so that it runs before TypeScript tooling).
export interface CheckJob {
  name: string;
  cmd: string;
  args: string[];
}
export function typecheckJobs(root: string, configs: string[]): CheckJob[];
export function lintJobs(root: string): CheckJob[];
export function runJobs(jobs: CheckJob[], cwd: string, concurrency?: number): Promise<number>;
