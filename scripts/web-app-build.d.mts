// Types for web-app-build.mjs (plain JavaScript, so that it runs before TypeScript tooling).
export function webAppInputs(root: string, env?: NodeJS.ProcessEnv): string[];
export function webAppInputsHash(root: string, env?: NodeJS.ProcessEnv): string;
export function webAppDist(root: string): string;
export function webAppBuildNeeded(root: string): { needed: boolean; hash: string };
export function ensureWebAppBuild(
  root: string,
  options?: { log?: (line: string) => void },
): boolean;
