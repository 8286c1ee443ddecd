// The node types this deployment runs. The workflow bundle, the activities and the API's
// validation all read this one list, so a journey that validates here also runs here. A custom
// node is added by listing it next to the built-in ones (see docs/nodes.md).
import { createCatalogue } from '@tandem/dsl';
import { builtInNodes } from '@tandem/nodes';

export const runtimeCatalogue = createCatalogue(builtInNodes);
