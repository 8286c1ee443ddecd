// Types for journey-bundle.mjs (plain JavaScript, so that it runs before TypeScript tooling).
export function isJourneyBundleFresh(root: string): boolean;
export function buildJourneyBundle(root: string): Promise<void>;
export function journeyCliBundle(root: string, overriding?: string): Promise<string | undefined>;
