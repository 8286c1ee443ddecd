// The Temporal `npm start` runs when no cluster is configured: the dev server from the Temporal
// CLI found by scripts/temporal-cli.mjs, or, as the last resort when there is none, the dev
// server the SDK downloads itself (which needs internet access).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { journeySearchAttributeKeys } from '../workflows/search-attributes';
import { startDevServer } from './dev-server';

export interface LocalTemporal {
  address: string;
  uiUrl: string | null;
  stop(): Promise<void>;
}

export async function startLocalTemporal(options: {
  cli: string | undefined;
  dbFile: string;
  port: number;
  uiPort: number;
  uiCodecEndpoint: string;
  log: (line: string) => void;
}): Promise<LocalTemporal> {
  if (options.cli) {
    const server = await startDevServer({ ...options, cli: options.cli });
    return { address: server.address, uiUrl: server.uiUrl, stop: () => server.stop() };
  }
  options.log('no Temporal CLI: trying the dev server the Temporal SDK downloads');
  const environment = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'cached-download' },
      dbFilename: options.dbFile,
      port: options.port,
      ui: true,
      uiPort: options.uiPort,
      searchAttributes: journeySearchAttributeKeys,
      extraArgs: ['--ui-codec-endpoint', options.uiCodecEndpoint],
    },
  }).catch((error: unknown) => {
    throw new Error(
      'No Temporal to run journeys on: no TEMPORAL_ADDRESS, no Temporal CLI (scripts/temporal-cli.mjs ' +
        `found none and could not build one), and the SDK's download failed: ${String(error)}`,
      { cause: error },
    );
  });
  return {
    address: environment.address,
    uiUrl: `http://127.0.0.1:${options.uiPort}`,
    stop: () => environment.teardown(),
  };
}
