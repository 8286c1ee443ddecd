import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import {
  encryptedEncoding,
  isEncrypted,
  keyIdMetadataKey,
  PayloadDecryptionError,
  PayloadEncryptionCodec,
} from './encryption-codec';
import { keyringOf, newPayloadKey } from './payload-keys';

const keyA = newPayloadKey();
const keyB = newPayloadKey();
const onlyA = new PayloadEncryptionCodec(keyringOf({ a: keyA }, 'a'));
const rotatedToB = new PayloadEncryptionCodec(keyringOf({ a: keyA, b: keyB }, 'b'));

const facts = { borrower: { firstName: 'Lan', phone: '+84901234567' }, amountDue: 1250.5 };
const payloadOf = (value: unknown) => defaultPayloadConverter.toPayload(value);
const meta = (payload: Payload, key: string) =>
  new TextDecoder().decode(payload.metadata?.[key] ?? new Uint8Array());
const bytes = (payload: Payload) => Buffer.from(payload.data ?? new Uint8Array());

describe('PayloadEncryptionCodec', () => {
  it('encrypts the whole payload: only the encoding and the key id stay readable', async () => {
    const [sealed] = await onlyA.encode([payloadOf(facts)]);
    expect(meta(sealed!, 'encoding')).toBe(encryptedEncoding);
    expect(meta(sealed!, keyIdMetadataKey)).toBe('a');
    expect(Object.keys(sealed!.metadata ?? {}).sort()).toEqual(['encoding', keyIdMetadataKey]);
    const raw = bytes(sealed!).toString('latin1');
    for (const clear of ['Lan', '+84901234567', '1250.5', 'json/plain']) {
      expect(raw).not.toContain(clear);
    }
  });

  it('round-trips to the very payload it was given', async () => {
    const original = payloadOf(facts);
    const [back] = await onlyA.decode(await onlyA.encode([original]));
    expect(defaultPayloadConverter.fromPayload(back!)).toEqual(facts);
    expect(meta(back!, 'encoding')).toBe('json/plain');
  });

  it('round-trips a payload with no data (undefined) to real bytes', async () => {
    const [back] = await onlyA.decode(await onlyA.encode([payloadOf(undefined)]));
    expect(back!.data).toBeInstanceOf(Uint8Array);
    expect(back!.data).toHaveLength(0);
    expect(meta(back!, 'encoding')).toBe('binary/null');
    expect(defaultPayloadConverter.fromPayload(back!)).toBeUndefined();
  });

  it('uses a fresh IV for every payload: the same value never encrypts the same way twice', async () => {
    const [first, second] = await onlyA.encode([payloadOf(facts), payloadOf(facts)]);
    expect(bytes(first!).subarray(0, 12)).not.toEqual(bytes(second!).subarray(0, 12));
    expect(bytes(first!)).not.toEqual(bytes(second!));
  });

  it('lets payloads without the encrypted encoding pass through (histories from before)', async () => {
    const clear = payloadOf(facts);
    const [back] = await onlyA.decode([clear]);
    expect(back).toBe(clear);
    expect(isEncrypted(clear)).toBe(false);
  });

  it('after a rotation, encrypts with the new key and still decrypts the old', async () => {
    const [old] = await onlyA.encode([payloadOf(facts)]);
    const [fresh] = await rotatedToB.encode([payloadOf(facts)]);
    expect(meta(fresh!, keyIdMetadataKey)).toBe('b');
    const decoded = await rotatedToB.decode([old!, fresh!]);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([facts, facts]);
  });

  it('names the missing key when a payload was written with a key it does not have', async () => {
    const [fresh] = await rotatedToB.encode([payloadOf(facts)]);
    await expect(onlyA.decode([fresh!])).rejects.toThrow(PayloadDecryptionError);
    await expect(onlyA.decode([fresh!])).rejects.toThrow(/key "b".*TANDEM_PAYLOAD_KEYS/);
  });

  it('refuses a payload whose ciphertext was altered', async () => {
    const [sealed] = await onlyA.encode([payloadOf(facts)]);
    const altered = bytes(sealed!);
    altered[20] = altered[20]! ^ 1;
    await expect(onlyA.decode([{ ...sealed!, data: altered }])).rejects.toThrow(/altered/);
  });

  it('refuses a payload relabelled with another key id (the id is authenticated)', async () => {
    const sameKeyTwice = new PayloadEncryptionCodec(keyringOf({ a: keyA, b: keyA }, 'a'));
    const [sealed] = await sameKeyTwice.encode([payloadOf(facts)]);
    const relabelled = {
      ...sealed!,
      metadata: { ...sealed!.metadata, [keyIdMetadataKey]: new TextEncoder().encode('b') },
    };
    await expect(sameKeyTwice.decode([relabelled])).rejects.toThrow(/altered/);
  });

  it('refuses a truncated payload', async () => {
    const [sealed] = await onlyA.encode([payloadOf(facts)]);
    await expect(
      onlyA.decode([{ ...sealed!, data: bytes(sealed!).subarray(0, 20) }]),
    ).rejects.toThrow(/truncated/);
  });
});
