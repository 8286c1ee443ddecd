// Payloads recorded before published versions stored parsed configs: `loadEnrollment` results
// with a raw document and raw facts, and continue-as-new inputs carrying a raw document. The old
// workflow parsed them itself (zod, in every cached workflow); the new workflow bundle has no zod
// and never parses. A replay must still see what the old code saw, at the same point of the
// history, without a new activity there (that would be a determinism violation), so the parsing
// happens here, as the worker decodes the payload, outside the workflow sandbox, with the very
// schemas the old workflow used. Payloads in the new shape pass through untouched.
import type { Payload, PayloadCodec } from '@temporalio/common';
import { enrollmentFactsSchema } from '@tandem/dsl';
import { parseVersionConfigs } from '../parsed-configs';

const text = new TextEncoder();
const read = new TextDecoder();
/** Every payload the upgrade may touch names a published document. */
const marker = text.encode('"document"');

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The codec (first in the list, so it decodes after decryption): upgrades old payloads only. */
export class LegacyJourneyPayloadCodec implements PayloadCodec {
  encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve(payloads);
  }

  decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve().then(() => payloads.map(upgradePayload));
  }
}

function upgradePayload(payload: Payload): Payload {
  const encoding = payload.metadata?.encoding;
  const data = payload.data;
  if (!encoding || !data || read.decode(encoding) !== 'json/plain') return payload;
  if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(marker) < 0)
    return payload;
  const value: unknown = JSON.parse(read.decode(data));
  const upgraded = upgradeValue(value);
  return upgraded === value ? payload : { ...payload, data: text.encode(JSON.stringify(upgraded)) };
}

/** The value in the new shape, or the value itself when it needs nothing. */
export function upgradeValue(value: unknown): unknown {
  if (!isRecord(value)) return value;
  // A loadEnrollment result.
  if (typeof value.journeyVersionId === 'string' && 'facts' in value && !('configs' in value)) {
    const facts = enrollmentFactsSchema.safeParse(value.facts);
    return {
      ...withConfigs(value),
      // Facts that do not parse stay as they were: the old workflow failed on them, and so will this one.
      facts: facts.success ? facts.data : value.facts,
    };
  }
  // A continue-as-new input.
  const carried = value.carried;
  if (typeof value.enrollmentId === 'string' && isRecord(carried) && !('configs' in carried))
    return { ...value, carried: withConfigs(carried) };
  return value;
}

function withConfigs(value: Json): Json {
  const parsed = parseVersionConfigs(value.document);
  return parsed.ok
    ? { ...value, configs: parsed.configs }
    : { ...value, configProblems: parsed.problems };
}
