// Recorded histories are committed in clear (replay.test.ts replays them; reviewers read their
// diffs), while the test run encrypts every payload with a key of its own. This decodes a
// fetched history's payloads, in place, before it is written.
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

/** Decodes every `payloads` list and `encodedAttributes` payload found in `history`. */
export async function decodeHistoryPayloads(
  history: History,
  codec: PayloadCodec,
): Promise<History> {
  await visit(history, codec);
  return history;
}

async function visit(node: unknown, codec: PayloadCodec): Promise<void> {
  if (!node || typeof node !== 'object' || node instanceof Uint8Array) return;
  if (Array.isArray(node)) {
    for (const item of node) await visit(item, codec);
    return;
  }
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'payloads' && Array.isArray(value)) {
      record[key] = await codec.decode(value as Payload[]);
    } else if (key === 'encodedAttributes' && value && typeof value === 'object') {
      record[key] = (await codec.decode([value]))[0];
    } else {
      await visit(value, codec);
    }
  }
}
