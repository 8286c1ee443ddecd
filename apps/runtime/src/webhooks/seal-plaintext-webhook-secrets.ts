// The data half of migration 0011 (webhook_secret_encryption): SQL cannot seal with keys that are
// not in the database, so the server does it on start, before it dispatches anything. Idempotent.
import { eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { webhookSubscriptions } from '../db/schema';
import type { PayloadKeyring } from '../temporal/payload-keys';
import { sealWebhookSecret } from './webhook-secret-seal';

/**
 * Seals every subscription's secret still kept in plain text and clears the plain column.
 * Returns how many it sealed.
 */
export async function sealPlaintextWebhookSecrets(
  db: Database,
  keyring: PayloadKeyring,
): Promise<number> {
  return db.transaction(async (tx) => {
    const plain = await tx
      .select({ id: webhookSubscriptions.id, secret: webhookSubscriptions.secret })
      .from(webhookSubscriptions)
      .where(isNotNull(webhookSubscriptions.secret))
      .for('update');
    for (const row of plain) {
      if (row.secret === null) continue;
      await tx
        .update(webhookSubscriptions)
        .set({ secret: null, secretSealed: sealWebhookSecret(keyring, row.secret, row.id) })
        .where(eq(webhookSubscriptions.id, row.id));
    }
    return plain.length;
  });
}
