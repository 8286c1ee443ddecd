// The half of the affordability check the engine runs: what the workflow bundle imports
// through this package's `tandem.behaviour` entry. No zod here (the bundle must stay free of it);
// affordability-check.ts spreads this into its defineNode call with the config schema, texts
// and the activity's schemas.
import { defineBehaviour } from '@tandem/nodes/behaviour';

export interface AffordabilityConfig {
  stretchedAbove: number;
  unaffordableAbove: number;
}

/** The service's answer as the engine reads it; anything else routes to "unknown". */
function burdenOf(output: unknown): number | null {
  if (typeof output !== 'object' || output === null) return null;
  const burden = (output as { burden?: unknown }).burden;
  return typeof burden === 'number' && Number.isFinite(burden) && burden >= 0 ? burden : null;
}

export const affordabilityCheckBehaviour = {
  ...defineBehaviour<AffordabilityConfig, null>({
    type: 'acme.affordabilityCheck',
    version: 1,
    waits: false,
    ports: [
      { name: 'affordable', label: 'Affordable' },
      { name: 'stretched', label: 'Stretched' },
      { name: 'unaffordable', label: 'Unaffordable' },
      { name: 'unknown', label: 'Check failed', optional: true },
    ],
    behaviour: {
      enter: (ctx) => ({
        kind: 'stay',
        state: null,
        effects: [
          {
            kind: 'runActivity',
            key: 'check',
            activity: 'acme.affordabilityCheck',
            input: {
              borrowerId: ctx.facts.borrower.id,
              amountDue: ctx.facts.account.amountDue,
              currency: ctx.facts.account.currency,
            },
          },
        ],
      }),
      onResult(ctx, _state, result) {
        if (result.kind !== 'runActivity') return undefined;
        const burden = result.ok ? burdenOf(result.output) : null;
        if (burden === null) return { kind: 'exit', port: 'unknown' };
        if (burden > ctx.config.unaffordableAbove) return { kind: 'exit', port: 'unaffordable' };
        return {
          kind: 'exit',
          port: burden > ctx.config.stretchedAbove ? 'stretched' : 'affordable',
        };
      },
    },
  }),
  // How the workflow runs the activity (its schemas are in the schema half).
  activity: {
    name: 'acme.affordabilityCheck',
    timeout: 'PT10S',
    retry: { maximumAttempts: 3, initialInterval: 'PT1S', backoffCoefficient: 2 },
  },
};
