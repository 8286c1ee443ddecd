import { defineBehaviour } from '../define-behaviour';
import type { SplitConfig } from './split';

/** Picks a variant by weight from a hash of the enrollment and node: the same borrower, the same arm. */
export const splitBehaviour = defineBehaviour<SplitConfig>({
  type: 'split',
  version: 1,
  waits: false,
  ports: (c) => c.variants.map((v) => ({ name: v.name, label: `${v.name} (${v.weight}%)` })),
  behaviour: {
    enter(ctx) {
      const point = ctx.hash('split') * 100;
      let cumulative = 0;
      for (const variant of ctx.config.variants) {
        cumulative += variant.weight;
        if (point < cumulative) return { kind: 'exit', port: variant.name };
      }
      const last = ctx.config.variants[ctx.config.variants.length - 1];
      return { kind: 'exit', port: last?.name ?? 'a' };
    },
  },
});
