import { validateJourney } from '@tandem/dsl';
import { runtimeCatalogue } from '../node-catalogue';
import type { CommandOutput } from './command-output';
import { formatValidationReport, type FileValidation } from './format-problems';
import { readJsonFile, type ReadText } from './read-json';

/**
 * Validates each file against the configured catalogue (tandem.config.ts). An unreadable or non-JSON file is a
 * failed file with one problem, and the other files are still checked.
 * @example const results = await validateFiles(['a.journey.json'], (p) => readFile(p, 'utf8'));
 */
export async function validateFiles(
  files: string[],
  readText: ReadText,
): Promise<FileValidation[]> {
  const results: FileValidation[] = [];
  for (const file of files) {
    const read = await readJsonFile(file, readText);
    if (!read.ok) {
      results.push({ file, ok: false, problems: [read.problem] });
      continue;
    }
    const { ok, problems } = validateJourney(read.value, runtimeCatalogue);
    results.push({ file, ok, problems });
  }
  return results;
}

/**
 * `journey validate <file...> [--json]`: exit 0 when every file is valid (warnings allowed),
 * 1 when any is not. With --json, stdout holds only `[{ file, ok, problems }]`.
 */
export async function runValidate(
  command: { files: string[]; json: boolean },
  readText: ReadText,
): Promise<CommandOutput> {
  const results = await validateFiles(command.files, readText);
  const stdout = command.json
    ? `${JSON.stringify(results, null, 2)}\n`
    : formatValidationReport(results);
  return { exitCode: results.every((r) => r.ok) ? 0 : 1, stdout, stderr: '' };
}
