import { z } from 'zod';

export const comparisonOps = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'contains',
  'exists',
] as const;
export type ComparisonOp = (typeof comparisonOps)[number];

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** `{ fact: "account.daysPastDue", op: "gte", value: 30 }`. `exists` takes no value. */
export interface FactCondition {
  fact: string;
  op: ComparisonOp;
  value?: string | number | boolean | null | Array<string | number | boolean | null>;
}
export type Condition =
  { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

export const factConditionSchema = z.strictObject({
  fact: z.string().min(1).describe('Fact path, e.g. "account.daysPastDue"'),
  op: z.enum(comparisonOps).describe('Comparison'),
  value: z
    .union([scalar, z.array(scalar)])
    .optional()
    .describe('Value to compare with'),
});

/**
 * A typed condition tree: all / any / not over fact comparisons. Never a string expression,
 * so there is nothing to eval and every fact name can be checked before the journey runs.
 */
export const conditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      z.strictObject({ all: z.array(conditionSchema) }),
      z.strictObject({ any: z.array(conditionSchema) }),
      z.strictObject({ not: conditionSchema }),
      factConditionSchema,
    ]),
  )
  .meta({ id: 'Condition', description: 'all / any / not over { fact, op, value } comparisons' });
