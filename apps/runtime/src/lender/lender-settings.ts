// Reading and writing the lender's settings (one row). A write and its audit entry share a
// transaction; the audit names which fields changed, not their values (a logo is 100 KB).
import { eq } from 'drizzle-orm';
import type { JsonValue } from '@tandem/dsl';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import type { Database } from '../db/client';
import { lenderSettings } from '../db/schema';
import { lenderSettingsSchema, type LenderSettings } from './lender-settings-schema';

const ROW_ID = 'lender';

export interface StoredLenderSettings {
  settings: LenderSettings;
  updatedBy: string;
  updatedAt: string;
}

/** The settings, or null before anyone set them (or if the stored row no longer parses). */
export async function readLenderSettings(db: Database): Promise<StoredLenderSettings | null> {
  const [row] = await db.select().from(lenderSettings).where(eq(lenderSettings.id, ROW_ID));
  if (!row) return null;
  const parsed = lenderSettingsSchema.safeParse(row.settings);
  if (!parsed.success) return null;
  return {
    settings: parsed.data,
    updatedBy: row.updatedBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

const fieldNames = (s: LenderSettings | undefined) =>
  new Set(Object.keys(s ?? {}) as Array<keyof LenderSettings>);

/** The fields whose value differs between two versions (added, removed or changed). */
function changedFields(before: LenderSettings | undefined, after: LenderSettings): string[] {
  const names = new Set([...fieldNames(before), ...fieldNames(after)]);
  return [...names].filter((name) => before?.[name] !== after[name]).sort();
}

/**
 * Replaces the settings as a whole (a field left out is cleared) and audits the change.
 * @example await writeLenderSettings(db, c.get('caller'), { legalName: 'Acme Lending LLC' }, new Date())
 */
export async function writeLenderSettings(
  db: Database,
  actor: AuditActor,
  settings: LenderSettings,
  now: Date,
): Promise<StoredLenderSettings> {
  const at = now.toISOString();
  const values = {
    settings: settings as Record<string, JsonValue>,
    updatedBy: actor.name,
    updatedAt: at,
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ settings: lenderSettings.settings })
      .from(lenderSettings)
      .where(eq(lenderSettings.id, ROW_ID))
      .for('update');
    const before = row ? lenderSettingsSchema.safeParse(row.settings).data : undefined;
    await tx
      .insert(lenderSettings)
      .values({ id: ROW_ID, ...values })
      .onConflictDoUpdate({ target: lenderSettings.id, set: values });
    await recordAudit(tx, actor, 'lender.updated', null, {
      changed: changedFields(before, settings),
      created: row === undefined,
    });
    return { settings, updatedBy: actor.name, updatedAt: at };
  });
}
