// The generated node modules of a config other than the deployment's own (TANDEM_CONFIG):
// imported by path at start-up and checked, since their types are not known when compiling.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyNodeDefinition } from '@tandem/dsl';
import {
  activitiesOf,
  isNodeDefinition,
  nodeOriginsSchema,
  type ActivityImplementation,
  type NodeOrigin,
} from '@tandem/plugins';
import { defaultConfigFile, generatedDirFor, generatedFiles } from '@tandem/plugins/generate';

/** The config TANDEM_CONFIG names, unless it is the deployment's own tandem.config.ts. */
export function overridingConfig(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env.TANDEM_CONFIG ? resolve(env.TANDEM_CONFIG) : undefined;
  return file && file !== defaultConfigFile ? file : undefined;
}

/** Where a config's generated module for one half is (for the workflow bundle's alias). */
export function generatedModulePath(config: string, half: keyof typeof generatedFiles): string {
  return resolve(generatedDirFor(config), generatedFiles[half]);
}

const importGenerated = async (config: string, half: 'schema' | 'activities') =>
  (await import(pathToFileURL(generatedModulePath(config, half)).href)) as Record<string, unknown>;

export async function generatedSchema(
  config: string,
): Promise<{ schemaNodes: AnyNodeDefinition[]; nodeOrigins: NodeOrigin[] }> {
  const module = await importGenerated(config, 'schema');
  const nodes = module.schemaNodes;
  if (!Array.isArray(nodes) || !nodes.every(isNodeDefinition))
    throw new Error(`${config}: its generated schema module has no node list; run npm run gen`);
  return { schemaNodes: nodes, nodeOrigins: nodeOriginsSchema.parse(module.nodeOrigins) };
}

export async function generatedActivities(
  config: string,
): Promise<{ customActivities: Record<string, ActivityImplementation> }> {
  const module = await importGenerated(config, 'activities');
  return { customActivities: activitiesOf(config, { activities: module.customActivities }) };
}
