// The new-node scaffold (Node only).
export { scaffoldNodePackage, ScaffoldError } from './scaffold-node-package';
export type { ScaffoldOptions } from './scaffold-node-package';
export { scaffoldNames } from './scaffold-names';
export type { ScaffoldNames } from './scaffold-names';
