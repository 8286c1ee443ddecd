// The hash that says whether the generated modules are current: over the config file and each
// listed package's package.json (the `tandem` field and version). scripts/tandem.mjs computes
// the same hash in plain JavaScript before start, dev and test, and regenerates on a mismatch.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function configHash(configFile: string, packageDirs: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(configFile));
  for (const dir of packageDirs) hash.update(readFileSync(join(dir, 'package.json')));
  return hash.digest('hex');
}
