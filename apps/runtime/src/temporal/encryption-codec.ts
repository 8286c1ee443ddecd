// Encrypts every Temporal payload with AES-256-GCM before it leaves the process, so workflow
// histories (borrowers' names, amounts, message texts) are ciphertext in Temporal's database and
// in its Web UI. The whole payload (its metadata and data, as the protobuf message) is encrypted;
// what stays readable is only `encoding: binary/encrypted` and the id of the key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
// A CommonJS module whose names Node cannot see from ESM: take its default export (module.exports).
import protos from '@temporalio/proto';
import type { PayloadKeyring } from './payload-keys';

export const encryptedEncoding = 'binary/encrypted';
export const keyIdMetadataKey = 'encryption-key-id';

const { Payload: ProtoPayload } = protos.temporal.api.common.v1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const text = new TextEncoder();
const read = new TextDecoder();

/** A payload names a key this process does not have, or its ciphertext does not authenticate. */
export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

/**
 * The codec the client, every worker and the codec endpoint share (data-converter.ts).
 * @example new PayloadEncryptionCodec(keyring).encode([payload])
 */
export class PayloadEncryptionCodec implements PayloadCodec {
  constructor(private readonly keyring: PayloadKeyring) {}

  // `then`, so that a failure rejects the promise rather than throwing at the call.
  encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve().then(() => payloads.map((payload) => this.encrypt(payload)));
  }

  /** Payloads not encrypted (histories written before encryption) pass through unchanged. */
  decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve().then(() =>
      payloads.map((payload) => (isEncrypted(payload) ? this.decrypt(payload) : payload)),
    );
  }

  private encrypt(payload: Payload): Payload {
    const keyId = this.keyring.activeKeyId;
    const key = this.keyring.keys.get(keyId);
    if (!key) throw new PayloadDecryptionError(`the active payload key "${keyId}" is missing`);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    // The key id is authenticated too: a payload relabelled with another key id fails to decrypt.
    cipher.setAAD(text.encode(keyId));
    const plain = ProtoPayload.encode(payload).finish();
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: {
        encoding: text.encode(encryptedEncoding),
        [keyIdMetadataKey]: text.encode(keyId),
      },
      data: sealed,
    };
  }

  private decrypt(payload: Payload): Payload {
    const keyIdBytes = payload.metadata?.[keyIdMetadataKey];
    const keyId = keyIdBytes ? read.decode(keyIdBytes) : '';
    const key = this.keyring.keys.get(keyId);
    if (!key) {
      throw new PayloadDecryptionError(
        `a payload is encrypted with the key "${keyId}", which is not among this process's ` +
          `payload keys (${[...this.keyring.keys.keys()].join(', ')}); add it to TANDEM_PAYLOAD_KEYS`,
      );
    }
    const sealed = payload.data ?? new Uint8Array();
    if (sealed.length < IV_BYTES + TAG_BYTES) {
      throw new PayloadDecryptionError(`an encrypted payload (key "${keyId}") is truncated`);
    }
    const iv = sealed.subarray(0, IV_BYTES);
    const tag = sealed.subarray(sealed.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(text.encode(keyId));
    decipher.setAuthTag(tag);
    let plain: Buffer;
    try {
      plain = Buffer.concat([
        decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new PayloadDecryptionError(
        `an encrypted payload does not decrypt with the key "${keyId}": it was altered, or the key is not the one it was written with`,
      );
    }
    const decoded = ProtoPayload.decode(plain);
    // Fields the message left empty decode to their defaults, which for bytes is a plain array.
    return {
      metadata: Object.fromEntries(
        Object.entries(decoded.metadata).map(([key, value]) => [key, asBytes(value)]),
      ),
      data: asBytes(decoded.data),
    };
  }
}

const asBytes = (value: Uint8Array | number[] | null | undefined): Uint8Array =>
  value instanceof Uint8Array ? value : Uint8Array.from(value ?? []);

export function isEncrypted(payload: Payload): boolean {
  const encoding = payload.metadata?.encoding;
  return encoding !== undefined && read.decode(encoding) === encryptedEncoding;
}
