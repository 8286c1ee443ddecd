import { affordabilityCheckNode } from '@acme/tandem-affordability';
import { createCatalogue, type RunActivityCommand } from '@tandem/dsl';
import { builtInNodes } from '@tandem/nodes';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { plainLinks } from '../worker';
import { runCustomNodeActivity } from './run-custom-node';

const catalogue = createCatalogue([...builtInNodes, affordabilityCheckNode]);
const command = (input: RunActivityCommand['input']): RunActivityCommand => ({
  kind: 'runActivity',
  id: 'c3',
  seq: 3,
  idempotencyKey: 'enr:3',
  nodeId: 'afford',
  effectKey: 'check',
  activity: 'acme.affordabilityCheck',
  input,
});
const deps = (customActivities: Record<string, (input: unknown) => Promise<unknown>>) => ({
  db: null as unknown as Database, // the activity does not touch the database
  links: plainLinks('https://tandem.example'),
  customActivities,
});
const valid = { borrowerId: 'b-1', amountDue: 1800, currency: 'USD' };

describe('runCustomNode', () => {
  it("runs the deployment's implementation with the input and output checked by the contract", async () => {
    const seen: unknown[] = [];
    const run = runCustomNodeActivity(
      deps({ 'acme.affordabilityCheck': async (input) => (seen.push(input), { burden: 0.42 }) }),
      catalogue,
    );
    expect(await run({ enrollmentId: 'enr', command: command(valid) })).toEqual({ burden: 0.42 });
    expect(seen).toEqual([valid]);
  });

  it('fails without retry, naming the node, when the input, the output or the implementation is wrong', async () => {
    const answer = (output: unknown) =>
      runCustomNodeActivity(deps({ 'acme.affordabilityCheck': async () => output }), catalogue);
    await expect(
      answer({ burden: 1 })({ enrollmentId: 'enr', command: command({ borrowerId: 'b-1' }) }),
    ).rejects.toMatchObject({
      nonRetryable: true,
      message: expect.stringMatching(/^node afford: activity input/),
    });
    await expect(
      answer({ burden: -1 })({ enrollmentId: 'enr', command: command(valid) }),
    ).rejects.toMatchObject({
      nonRetryable: true,
      message: expect.stringMatching(/^node afford: activity output/),
    });
    await expect(
      runCustomNodeActivity(deps({}), catalogue)({ enrollmentId: 'enr', command: command(valid) }),
    ).rejects.toMatchObject({
      type: 'InvalidConfiguration',
      message: expect.stringMatching(/no implementation/),
    });
  });
});
