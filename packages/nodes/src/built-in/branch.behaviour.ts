import { evaluateCondition } from '@tandem/dsl/engine';
import { defineBehaviour } from '../define-behaviour';
import type { BranchConfig } from './branch';

/** Takes the port of the first rule whose condition holds over the facts, else "else". */
export const branchBehaviour = defineBehaviour<BranchConfig>({
  type: 'branch',
  version: 1,
  waits: false,
  ports: (c) => [
    ...c.rules.map((r) => ({ name: r.port, ...(r.label ? { label: r.label } : {}) })),
    { name: 'else', label: 'Otherwise' },
  ],
  behaviour: {
    enter(ctx) {
      const rule = ctx.config.rules.find((r) => evaluateCondition(r.when, ctx.facts));
      return { kind: 'exit', port: rule ? rule.port : 'else' };
    },
  },
});
