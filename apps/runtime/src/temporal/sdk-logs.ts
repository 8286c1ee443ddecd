// The Temporal SDK logs through its own Runtime; route those lines into our pino logger so that
// `npm start` prints one format and tests stay quiet. Installed once per process.
import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Logger } from 'pino';

let installed = false;

export function routeTemporalLogs(logger: Logger, level: LogLevel = 'WARN'): void {
  if (installed) return;
  installed = true;
  const sdkLogger = new DefaultLogger(level, (entry) => {
    const meta = { ...entry.meta, sdk: 'temporal' };
    const line = entry.message;
    if (entry.level === 'ERROR') logger.error(meta, line);
    else if (entry.level === 'WARN') logger.warn(meta, line);
    else logger.debug(meta, line);
  });
  Runtime.install({ logger: sdkLogger });
}
