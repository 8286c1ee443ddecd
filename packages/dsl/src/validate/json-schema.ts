import { z } from 'zod';
import type { Catalogue } from '../catalogue/catalogue';
import type { AnyNodeDefinition } from '../catalogue/node-definition';
import { journeyNodeSchema, journeySchema } from '../journey/schema';

/** The `$id` of the journey/v1 JSON Schema. */
export const journeySchemaId = 'https://tandem.dev/schemas/journey-v1.json';

/**
 * The JSON Schema (draft 2020-12) of journey/v1 for a catalogue, for Monaco and other tools:
 * `nodes.items` is a `oneOf` with one branch per node type (`type` as a `const`, `config` as
 * that type's schema), so an editor completes and checks each node's config. Describes the
 * input: fields with defaults are optional. The recursive condition schema is shared as
 * `$defs.Condition`. The schema checks shape only; `validateJourney` checks the rest (ports,
 * targets, locales, facts, loops).
 * @example monaco.languages.json.jsonDefaults.setDiagnosticsOptions({ validate: true, schemas: [{ uri: journeySchemaId, fileMatch: ['*'], schema: journeyJsonSchema(catalogue) }] })
 */
export function journeyJsonSchema(catalogue: Catalogue): Record<string, unknown> {
  const variants = catalogue.definitions.map(nodeVariant);
  const [first, ...others] = variants;
  const node = first ? z.discriminatedUnion('type', [first, ...others]) : journeyNodeSchema;
  const schema = journeySchema.extend({ nodes: z.array(node).min(1) });
  // `unrepresentable: 'any'`: a custom node's config may hold a type JSON Schema cannot say.
  const { $schema, ...body } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return {
    $schema,
    $id: journeySchemaId,
    title: 'Tandem journey (journey/v1)',
    description:
      'A borrower journey: nodes keyed by id, named ports in "next", the contact policy, and an editor-only layout.',
    ...body,
  };
}

function nodeVariant(definition: AnyNodeDefinition) {
  // journey/v1 lets `config` be left out (it is `{}` then): allowed when `{}` is a valid config.
  const config = acceptsEmpty(definition) ? definition.config.optional() : definition.config;
  return journeyNodeSchema
    .extend({ type: z.literal(definition.type), config })
    .meta({ title: definition.ui.label, description: definition.ui.help });
}

function acceptsEmpty(definition: AnyNodeDefinition): boolean {
  try {
    return definition.config.safeParse({}).success;
  } catch {
    return false;
  }
}
