// The public surface of @tandem/plugins that any side may import (no Node built-ins here).
export { builtInPackage, defineTandemConfig, tandemConfigSchema } from './config-schema';
export type { TandemConfig } from './config-schema';
export { isNodeDefinition, nodesOf } from './node-exports';
export { activitiesOf, nodePackage } from './node-package';
export type {
  ActivityImplementation,
  BehaviourNodePackage,
  LoadedNodePackage,
  SchemaNodePackage,
} from './node-package';
export { describeOrigins, missingOrigins, originsOf } from './node-origin';
export type { NodeOrigin } from './node-origin';
export { nodeOriginSchema, nodeOriginsSchema } from './node-origin-schema';
export { nodePackageJsonSchema } from './package-field';
