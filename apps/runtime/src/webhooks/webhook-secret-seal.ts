// Webhook signing secrets at rest: sealed with the payload keyring (temporal/payload-keys.ts, the
// keys that encrypt workflow histories), AES-256-GCM, so a database dump or backup does not hold
// the secrets that let anyone forge Tandem's deliveries. Only a process with the keys can sign.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PayloadKeyring } from '../temporal/payload-keys';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const version = 'v1';

/** Bound to the subscription: a sealed secret copied onto another row does not open there. */
const aadOf = (keyId: string, subscriptionId: string) =>
  Buffer.from(`webhook-secret:${subscriptionId}:${keyId}`);

/**
 * `v1.<key id>.<base64url of iv, ciphertext and tag>`, with the keyring's active key.
 * @example sealWebhookSecret(keyring, 'whsec_…', subscription.id)
 */
export function sealWebhookSecret(
  keyring: PayloadKeyring,
  secret: string,
  subscriptionId: string,
): string {
  const keyId = keyring.activeKeyId;
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`the active payload key "${keyId}" is missing`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aadOf(keyId, subscriptionId));
  const sealed = Buffer.concat([
    iv,
    cipher.update(secret, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return `${version}.${keyId}.${sealed.toString('base64url')}`;
}

/** The secret again; throws when the key is not in the keyring or the text was tampered with. */
export function unsealWebhookSecret(
  keyring: PayloadKeyring,
  sealed: string,
  subscriptionId: string,
): string {
  const [seen, keyId, body] = sealed.split('.');
  if (seen !== version || !keyId || !body) throw new Error('not a sealed webhook secret');
  const key = keyring.keys.get(keyId);
  if (!key)
    throw new Error(`webhook secret sealed with payload key "${keyId}", which is not configured`);
  const bytes = Buffer.from(body, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(aadOf(keyId, subscriptionId));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
}
