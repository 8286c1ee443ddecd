// Generation, for scripts and tests (Node only; the apps import the generated modules).
export { configHash } from './config-hash';
export {
  defaultConfigFile,
  generatedDirFor,
  generatedFiles,
  pluginsPackageDir,
  repoRoot,
} from './generated-paths';
export { generateNodeModules, writeGenerated } from './generate-node-modules';
export type { GeneratedNodeModules } from './generate-node-modules';
export { loadTandemConfig, TandemConfigError } from './load-config';
export { resolvePackageDir, workspaceFolders } from './resolve-package';
