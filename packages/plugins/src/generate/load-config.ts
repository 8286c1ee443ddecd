// Reads tandem.config.ts (any module whose default export is the config) and checks it.
import { pathToFileURL } from 'node:url';
import { configProblems, tandemConfigSchema } from '../config-schema';

export class TandemConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'TandemConfigError';
  }
}

export async function loadTandemConfig(file: string): Promise<{ nodes: string[] }> {
  let loaded: unknown;
  try {
    loaded = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new TandemConfigError(file, [`cannot load it: ${(error as Error).message}`]);
  }
  const parsed = tandemConfigSchema.safeParse(loaded);
  if (!parsed.success) throw new TandemConfigError(file, configProblems(parsed.error));
  return parsed.data;
}
