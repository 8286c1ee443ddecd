import {
  compileJourneyOrThrow,
  createCatalogue,
  persona,
  simulate,
  validateJourney,
} from '@tandem/dsl';
import { builtInNodes } from '@tandem/nodes';
import { describeNodeConformance } from '@tandem/nodes/testing';
import { describe, expect, it } from 'vitest';
import { affordabilityCheckNode } from './affordability-check';

// The same suite the built-in nodes pass.
describeNodeConformance(affordabilityCheckNode, {
  configs: [{ stretchedAbove: 0.2, unaffordableAbove: 0.4 }],
});

const catalogue = createCatalogue([...builtInNodes, affordabilityCheckNode]);
const journey = {
  dsl: 'journey/v1',
  id: 'affordability-first',
  name: 'Check affordability first',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'check',
  nodes: [
    {
      id: 'check',
      type: 'acme.affordabilityCheck',
      config: {},
      next: { affordable: 'fine', stretched: 'plan', unaffordable: 'help' },
    },
    { id: 'fine', type: 'end', config: { outcome: 'affordable' } },
    { id: 'plan', type: 'end', config: { outcome: 'offerPlan' } },
    { id: 'help', type: 'end', config: { outcome: 'specialist' } },
  ],
};
const facts = (amountDue: number) => ({
  borrower: {
    id: 'b1',
    firstName: 'Sam',
    locale: 'en',
    timezone: 'America/New_York',
    country: 'US',
  },
  account: { amountDue, currency: 'USD' },
});

describe('a custom node in a journey', () => {
  it('is unknown to the built-in catalogue and valid in one that includes it', () => {
    expect(validateJourney(journey, createCatalogue(builtInNodes)).problems).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_NODE_TYPE', nodeId: 'check' }),
    );
    expect(validateJourney(journey, catalogue)).toMatchObject({ ok: true, problems: [] });
  });

  it('reports its own config problems, located', () => {
    const bad = {
      ...journey,
      nodes: journey.nodes.map((n) =>
        n.id === 'check' ? { ...n, config: { stretchedAbove: 0.5, unaffordableAbove: 0.4 } } : n,
      ),
    };
    expect(validateJourney(bad, catalogue).problems).toContainEqual(
      expect.objectContaining({
        code: 'NODE_CONFIG',
        nodeId: 'check',
        path: ['nodes', 0, 'config', 'unaffordableAbove'],
      }),
    );
  });

  it('runs in the simulator through its activity contract', () => {
    const compiled = compileJourneyOrThrow(journey, catalogue);
    const run = (amount: number) =>
      simulate({
        journey: compiled,
        facts: facts(amount),
        persona: persona('silent')!,
        start: '2026-03-02T15:00:00Z',
        days: 1,
      }).outcome;
    expect(run(200)).toBe('affordable');
    expect(run(5000)).toBe('offerPlan');
  });
});
