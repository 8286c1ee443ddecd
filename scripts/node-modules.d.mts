// Types for node-modules.mjs (plain JavaScript, so that it runs before TypeScript tooling).
export function generatedDirOf(root: string, configFile: string): string;
export function overridingConfig(root: string, env?: NodeJS.ProcessEnv): string | undefined;
export function manifestFor(
  root: string,
  configFile: string,
): { configHash: string; packages: Array<{ dir: string }> } | null;
export function ensureNodeModules(root: string, tsx: string): void;
