// The node types this deployment runs, from the packages tandem.config.ts lists (through the
// generated module, `npm run gen`). The API's validation and publish, the activities and the
// CLI read this one catalogue; the workflow bundle reads the same packages' behaviour halves
// (workflows/workflow-catalogue.ts). Nothing here names a custom node.
import { createCatalogue } from '@tandem/dsl';
import * as configuredActivities from '@tandem/plugins/activities';
import * as configuredSchema from '@tandem/plugins/schema';
import {
  generatedActivities,
  generatedSchema,
  overridingConfig,
} from './plugins/generated-modules';

// TANDEM_CONFIG names another config (a test's, a second deployment's): its generated modules.
const config = overridingConfig();
const schema = config ? await generatedSchema(config) : configuredSchema;

export const runtimeCatalogue = createCatalogue(schema.schemaNodes);

/** `{ type, version, package, packageVersion }` of every node type in the catalogue. */
export const runtimeNodeOrigins = schema.nodeOrigins;

/** The listed packages' implementations of their activity contracts, by contract name. */
export const configuredCustomActivities = config
  ? (await generatedActivities(config)).customActivities
  : configuredActivities.customActivities;
