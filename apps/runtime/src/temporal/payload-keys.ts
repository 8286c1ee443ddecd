// The keys workflow payloads are encrypted with (docs/security.md). Production configures them
// (TANDEM_PAYLOAD_KEYS and TANDEM_PAYLOAD_KEY_ID); a development server makes one on first start
// and keeps it next to its data, so histories written before a restart still decrypt.
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Every key a process can decrypt with, by id, and the one it encrypts with. Adding a key and
 * making it active rotates: payloads written before keep naming (and decrypting with) the old one.
 */
export interface PayloadKeyring {
  activeKeyId: string;
  keys: ReadonlyMap<string, KeyObject>;
}

export const payloadKeyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a key id is 1–64 letters, digits, ".", "_" or "-"');

/** 32 bytes in base64 (or base64url), e.g. the output of `openssl rand -base64 32`. */
const keyMaterialSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9+/_-]{43}=?$/,
    'each key must be 32 random bytes in base64 (openssl rand -base64 32)',
  );

/** The JSON of TANDEM_PAYLOAD_KEYS: `{ "<key id>": "<base64 of 32 bytes>" }`, at least one. */
export const payloadKeysText = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Never echo the text: it is key material.
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(z.string(), keyMaterialSchema).superRefine((keys, ctx) => {
      if (Object.keys(keys).length === 0)
        ctx.addIssue({ code: 'custom', message: 'name at least one key' });
      for (const id of Object.keys(keys)) {
        const checked = payloadKeyIdSchema.safeParse(id);
        if (!checked.success) {
          ctx.addIssue({ code: 'custom', path: [id], message: checked.error.issues[0]!.message });
        }
      }
    }),
  );

/** A keyring from key ids and their base64 material (already checked by the schemas above). */
export function keyringOf(keys: Record<string, string>, activeKeyId: string): PayloadKeyring {
  if (!(activeKeyId in keys)) throw new Error(`no payload key has the id "${activeKeyId}"`);
  return {
    activeKeyId,
    keys: new Map(
      Object.entries(keys).map(([id, material]) => [
        id,
        createSecretKey(Buffer.from(material, 'base64')),
      ]),
    ),
  };
}

/** A fresh key in the configuration's format, for a development server or a test. */
export function newPayloadKey(): string {
  return randomBytes(32).toString('base64');
}

/** TANDEM_PAYLOAD_KEYS and TANDEM_PAYLOAD_KEY_ID, as config.ts has read them. */
export interface ConfiguredPayloadKeys {
  keys?: Record<string, string> | undefined;
  activeKeyId?: string | undefined;
}

const keptKeyFileSchema = z.strictObject({
  activeKeyId: payloadKeyIdSchema,
  keys: z.record(payloadKeyIdSchema, keyMaterialSchema),
});

export const payloadKeyFileName = 'payload-keys.json';

/**
 * The configured keyring (config.ts has checked it), else the one kept in `dataDir`, made and kept
 * there (mode 0600) on first start when `create` is true. Null when there is none and `create` is
 * false: a worker process must not make a key of its own, which would encrypt what the API cannot
 * read.
 */
export async function payloadKeyringFor(
  configured: ConfiguredPayloadKeys,
  dataDir: string,
  options: { create: true },
): Promise<PayloadKeyring>;
export async function payloadKeyringFor(
  configured: ConfiguredPayloadKeys,
  dataDir: string,
  options: { create: boolean },
): Promise<PayloadKeyring | null>;
export async function payloadKeyringFor(
  configured: ConfiguredPayloadKeys,
  dataDir: string,
  options: { create: boolean },
): Promise<PayloadKeyring | null> {
  if (configured.keys) {
    const active = configured.activeKeyId ?? Object.keys(configured.keys)[0];
    if (!active) throw new Error('TANDEM_PAYLOAD_KEYS names no key');
    return keyringOf(configured.keys, active);
  }
  const file = join(dataDir, payloadKeyFileName);
  const kept = await readKeptKeyring(file);
  if (kept) return kept;
  if (!options.create) return null;
  const activeKeyId = `local-${randomBytes(4).toString('hex')}`;
  const keys = { [activeKeyId]: newPayloadKey() };
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // Written aside, then linked into place: two processes starting at once must not each make a
  // key, nor read a half-written file; the second to link reads the first's.
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(aside, `${JSON.stringify({ activeKeyId, keys }, null, 2)}\n`, { mode: 0o600 });
  try {
    await link(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readKeptKeyring(file);
  } finally {
    await unlink(aside);
  }
  return keyringOf(keys, activeKeyId);
}

async function readKeptKeyring(file: string): Promise<PayloadKeyring | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const damaged = new Error(
    `${file} is damaged: restore it from a backup, or set TANDEM_PAYLOAD_KEYS`,
  );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damaged;
  }
  const kept = keptKeyFileSchema.safeParse(json);
  if (!kept.success || !(kept.data.activeKeyId in kept.data.keys)) throw damaged;
  return keyringOf(kept.data.keys, kept.data.activeKeyId);
}
