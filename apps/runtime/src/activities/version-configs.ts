// The parsed node configs of the version an enrollment runs. Versions published before configs
// were stored parsed get them here, once: parsed with this deployment's catalogue and written
// back, so every later enrollment of the version reads them as stored.
import type { JsonValue } from '@tandem/dsl';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { journeyVersions } from '../db/schema';
import { parseVersionConfigs } from '../parsed-configs';
import { invalidConfiguration } from './errors';

export async function versionConfigs(
  db: Database,
  version: { id: string; document: JsonValue; parsedConfigs: Record<string, JsonValue> | null },
): Promise<Record<string, JsonValue>> {
  if (version.parsedConfigs) return version.parsedConfigs;
  const parsed = parseVersionConfigs(version.document);
  if (!parsed.ok) {
    throw invalidConfiguration(
      `the journey version cannot run here: ${parsed.problems.join('; ')}`,
    );
  }
  await db
    .update(journeyVersions)
    .set({ parsedConfigs: parsed.configs })
    .where(and(eq(journeyVersions.id, version.id), isNull(journeyVersions.parsedConfigs)));
  return parsed.configs;
}
