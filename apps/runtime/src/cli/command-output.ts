/**
 * What a command prints and how it exits. Commands return this instead of writing, so they
 * can be tested without a process; journey.ts does the writing.
 * Exit codes: 0 done, 1 an input is invalid (journey, file, borrower, script), 2 usage error.
 */
export interface CommandOutput {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export const done = (stdout: string, stderr = ''): CommandOutput => ({
  exitCode: 0,
  stdout,
  stderr,
});
export const invalid = (stderr: string, stdout = ''): CommandOutput => ({
  exitCode: 1,
  stdout,
  stderr,
});
export const usage = (stderr: string): CommandOutput => ({ exitCode: 2, stdout: '', stderr });
