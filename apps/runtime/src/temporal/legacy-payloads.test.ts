import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LegacyJourneyPayloadCodec, upgradeValue } from './legacy-payloads';

interface RecordedPayload {
  metadata: Record<string, string>;
  data: string;
}

/** The loadEnrollment result of a committed history (recorded before configs were stored parsed). */
function recordedLoadResult(): RecordedPayload {
  const file = new URL('../workflows/histories/promise-ladder--silent.json', import.meta.url);
  const history = JSON.parse(readFileSync(file, 'utf8')) as {
    events: Array<{
      activityTaskCompletedEventAttributes?: { result: { payloads: RecordedPayload[] } };
    }>;
  };
  const first = history.events.find((e) => e.activityTaskCompletedEventAttributes);
  return first!.activityTaskCompletedEventAttributes!.result.payloads[0]!;
}

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const json = (data: Uint8Array | null | undefined) =>
  JSON.parse(new TextDecoder().decode(data ?? new Uint8Array())) as Record<string, unknown>;

describe('payloads recorded before versions stored parsed configs', () => {
  it('are decoded with the configs and facts the old workflow parsed itself', async () => {
    const recorded = recordedLoadResult();
    const payload = {
      metadata: { encoding: bytes(recorded.metadata.encoding!) },
      data: bytes(recorded.data),
    };
    expect(json(payload.data)).not.toHaveProperty('configs');
    const [decoded] = await new LegacyJourneyPayloadCodec().decode([payload]);
    const value = json(decoded!.data) as {
      configs: Record<string, Record<string, unknown>>;
      facts: { account: { attributes: unknown } };
    };
    // The document names only `for` and `mode`: the schema's defaults are filled in.
    expect(value.configs['pause-3d']).toEqual({
      mode: 'duration',
      for: 'PT6.000S',
      fact: 'account.dueDate',
      offsetDays: 0,
      atLocalTime: '10:00',
    });
    expect(value.configs.missed).toMatchObject({ purpose: 'reminder', sendWithin: null });
    expect(value.facts.account.attributes).toBeDefined();
  });

  it('leaves payloads in the new shape, and every other payload, as they are', async () => {
    const current = upgradeValue({ journeyVersionId: 'v', document: {}, facts: {}, configs: {} });
    expect(current).toEqual({ journeyVersionId: 'v', document: {}, facts: {}, configs: {} });
    const other = {
      metadata: { encoding: new TextEncoder().encode('json/plain') },
      data: new TextEncoder().encode('{"status":"sent"}'),
    };
    const [decoded] = await new LegacyJourneyPayloadCodec().decode([other]);
    expect(decoded).toBe(other);
  });

  it('names the problems of an old document this deployment cannot parse', () => {
    const upgraded = upgradeValue({
      enrollmentId: 'e',
      carried: { document: { id: 'x', nodes: [{ id: 'a', type: 'acme.gone' }] } },
    }) as { carried: { configProblems: string[] } };
    expect(upgraded.carried.configProblems.length).toBeGreaterThan(0);
  });
});
