// The entry of a worker thread that runs TypeScript: Node's Worker cannot load a .ts file by
// itself (an `--import tsx` in execArgv is not honoured by worker threads on Node 20), so this
// plain module registers tsx's loader in the thread, then imports the module it was asked for.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
