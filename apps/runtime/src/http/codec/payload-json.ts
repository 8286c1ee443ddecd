// Payloads as Temporal's remote codec protocol carries them: the protobuf JSON of `Payloads`
// (`{ payloads: [{ metadata: { encoding: "<base64>" }, data: "<base64>" }] }`), as the Web UI and
// `temporal --codec-endpoint` send them. Checked with zod, converted to the SDK's `Payload`.
import type { Payload } from '@temporalio/common';
import { z } from 'zod';

/** Standard or URL-safe base64, as protobuf JSON parsers accept it. */
const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/_-]*={0,2}$/, 'base64')
  .refine((text) => text.replace(/=+$/, '').length % 4 !== 1, 'base64 (its length is impossible)');

/** The most payloads one call may carry (a history event has a handful). */
export const maxPayloadsPerCall = 1000;

// Other fields of the protocol (`externalPayloads`: payloads kept outside Temporal, which Tandem
// does not use) are dropped.
const jsonPayloadSchema = z.object({
  metadata: z.record(z.string(), base64).nullish(),
  data: base64.nullish(),
});

export const codecRequestSchema = z.strictObject({
  payloads: z.array(jsonPayloadSchema).max(maxPayloadsPerCall),
});

export type JsonPayload = z.infer<typeof jsonPayloadSchema>;

export function payloadFromJson({ metadata, data }: JsonPayload): Payload {
  return {
    metadata: Object.fromEntries(
      Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')]),
    ),
    data: Buffer.from(data ?? '', 'base64'),
  };
}

export function payloadToJson({ metadata, data }: Payload): JsonPayload {
  return {
    metadata: Object.fromEntries(
      Object.entries(metadata ?? {}).map(([key, value]) => [key, base64Of(value)]),
    ),
    data: base64Of(data ?? new Uint8Array()),
  };
}

const base64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
