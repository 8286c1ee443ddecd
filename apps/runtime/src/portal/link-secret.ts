// The secret portal links are signed with. Production sets TANDEM_LINK_SECRET; a development
// server makes one on first start and keeps it next to its data, so links in messages already
// sent keep working after a restart.
import { randomBytes } from 'node:crypto';
import { keptSecret } from '../secrets/secret-file';

export async function linkSecretFor(
  configured: string | undefined,
  dataDir: string,
): Promise<string> {
  if (configured) return configured;
  return keptSecret(dataDir, 'link-secret', {
    make: () => randomBytes(32).toString('base64url'),
    isValid: (kept) => kept.length >= 32,
  });
}
