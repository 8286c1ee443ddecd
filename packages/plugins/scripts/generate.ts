// `npm run gen` (and start, dev, test when the config changed): writes the generated node
// modules for tandem.config.ts, or for the config named by TANDEM_CONFIG or --config.
import { resolve } from 'node:path';
import {
  defaultConfigFile,
  generateNodeModules,
  TandemConfigError,
  writeGenerated,
} from '../src/generate/index';

const flag = process.argv.indexOf('--config');
const configFile = resolve(
  flag >= 0 ? (process.argv[flag + 1] ?? '') : (process.env.TANDEM_CONFIG ?? defaultConfigFile),
);
try {
  const written = writeGenerated(await generateNodeModules(configFile));
  for (const file of written) console.log(`tandem: wrote ${file}`);
} catch (error) {
  if (!(error instanceof TandemConfigError)) throw error;
  console.error(`tandem: the node packages config is wrong: ${error.message}`);
  process.exit(1);
}
