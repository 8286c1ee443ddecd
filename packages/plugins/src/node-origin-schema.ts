// The recorded origins as they come back from the database: checked, never trusted.
import { z } from 'zod';

export const nodeOriginSchema = z.object({
  type: z.string().min(1),
  version: z.number().int().positive(),
  package: z.string().min(1),
  packageVersion: z.string().min(1),
});

export const nodeOriginsSchema = z.array(nodeOriginSchema);
