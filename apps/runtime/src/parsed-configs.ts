// A published version's node configs as their schemas parse them (defaults filled): computed at
// publish and stored with the version, so the journey workflow runs them without parsing.
import { compileJourney, parsedConfigsOf, type JsonValue } from '@tandem/dsl';
import { runtimeCatalogue } from './node-catalogue';

export type ParsedConfigsResult =
  { ok: true; configs: Record<string, JsonValue> } | { ok: false; problems: string[] };

/**
 * Parses every node config of a journey document with this deployment's catalogue.
 * @example const parsed = parseVersionConfigs(version.document); if (parsed.ok) store(parsed.configs);
 */
export function parseVersionConfigs(document: unknown): ParsedConfigsResult {
  const compiled = compileJourney(document, runtimeCatalogue);
  if (!compiled.ok) {
    return {
      ok: false,
      problems: compiled.problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.nodeId ? `node "${p.nodeId}": ` : ''}${p.message}`),
    };
  }
  // Configs are schema output of JSON input: JSON again.
  return { ok: true, configs: parsedConfigsOf(compiled.journey) as Record<string, JsonValue> };
}
