// Types for journey-bundle.mjs (plain JavaScript, so that it runs before TypeScript tooling).
export function isBundleFresh(root: string, name: string): boolean;
export function buildBundle(root: string, name: string, entry: string): Promise<void>;
export function cachedBundle(
  root: string,
  name: string,
  entry: string,
): Promise<string | undefined>;
export function isJourneyBundleFresh(root: string): boolean;
export function journeyCliBundle(root: string, overriding?: string): Promise<string | undefined>;
