// The node file a scaffold starts from: a config schema with defaults and help, ports, UI
// metadata, behaviour, and (with --activity) an activity contract the runtime performs.
import type { ScaffoldNames } from './scaffold-names';

export function nodeSource(n: ScaffoldNames, activity: boolean): string {
  const contract = activity
    ? `
/** What the node asks the lender's service, and what the service answers. */
export const ${n.exportName}Input = z.object({ borrowerId: z.string(), amountDue: z.number() });
export const ${n.exportName}Output = z.object({ ok: z.boolean() });
`
    : '';
  const activityField = activity
    ? `
  activity: {
    name: '${n.type}',
    input: ${n.exportName}Input,
    output: ${n.exportName}Output,
    timeout: 'PT10S',
    retry: { maximumAttempts: 3, initialInterval: 'PT1S', backoffCoefficient: 2 },
    // The simulator (editor, CLI) has no service to call: what it answers instead.
    simulate: () => ({ ok: true }),
  },`
    : '';
  const behaviour = activity
    ? `  behaviour: {
    // Handlers are pure: they return a plan. The runtime runs the activity (src/activities.ts),
    // the simulator calls the contract's \`simulate\`; either way the result comes to onResult.
    enter: (ctx) => ({
      kind: 'stay',
      state: null,
      effects: [
        {
          kind: 'runActivity',
          key: 'call',
          activity: '${n.type}',
          input: { borrowerId: ctx.facts.borrower.id, amountDue: ctx.facts.account.amountDue },
        },
      ],
    }),
    onResult(ctx, _state, result) {
      if (result.kind !== 'runActivity') return undefined;
      const answer = result.ok ? ${n.exportName}Output.safeParse(result.output) : undefined;
      if (!answer?.success) return { kind: 'exit', port: 'failed' };
      return { kind: 'exit', port: answer.data.ok ? 'done' : 'failed' };
    },
  },`
    : `  behaviour: {
    // Handlers are pure: they read the context and return a step, never send or fetch.
    enter: (ctx) => ({
      kind: 'exit',
      port: ctx.facts.account.amountDue >= ctx.config.threshold ? 'done' : 'failed',
    }),
  },`;
  return `import { defineNode } from '@tandem/nodes';
import { z } from 'zod';
${contract}
const config = z.object({
  threshold: z
    .number()
    .min(0)
    .default(0)
    .describe('An example setting: every field has a default and a line of help'),
});

/** ${n.label}: describe what the node does for the journey, and why. */
export const ${n.exportName} = defineNode({
  type: '${n.type}',
  version: 1,
  waits: false,
  config,
  ports: [
    { name: 'done', label: 'Done' },
    { name: 'failed', label: 'Failed', optional: true },
  ],
  ui: {
    label: '${n.label}',
    category: 'custom',
    icon: 'puzzle',
    colour: '#0f766e',
    help: '${n.label} (a custom node)',
    summary: (c) => \`threshold \${c.threshold}\`,
  },${activityField}
${behaviour}
});
`;
}
