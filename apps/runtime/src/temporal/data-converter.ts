// The one place Temporal's data converter is built: the API's client, the in-process worker,
// worker processes, the tests and the benches all take it from here, so no process writes a
// payload in clear (docs/security.md).
import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { PayloadEncryptionCodec } from './encryption-codec';
import { LegacyJourneyPayloadCodec } from './legacy-payloads';
import type { PayloadKeyring } from './payload-keys';

/** Also given to `bundleWorkflowCode`: failures raised in workflow code are encoded there. */
export const failureConverterPath = fileURLToPath(
  new URL('./failure-converter.cjs', import.meta.url),
);

/**
 * Payloads encrypted with the keyring's active key; failure messages encoded, then encrypted.
 * Decoding decrypts, then upgrades payloads recorded before versions stored parsed configs
 * (codecs decode in reverse order: legacy-payloads.ts).
 * @example new Client({ connection, dataConverter: journeyDataConverter(keyring) })
 */
export function journeyDataConverter(keyring: PayloadKeyring): DataConverter {
  return {
    payloadCodecs: [new LegacyJourneyPayloadCodec(), new PayloadEncryptionCodec(keyring)],
    failureConverterPath,
  };
}
