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
      deps({
        'acme.affordabilityCheck': (input) => {
          seen.push(input);
          return Promise.resolve({ burden: 0.42 });
        },
      }),
      catalogue,
    );
    expect(await run({ enrollmentId: 'enr', command: command(valid) })).toEqual({ burden: 0.42 });
    expect(seen).toEqual([valid]);
  });

  it('fails without retry, naming the node, when the input, the output or the implementation is wrong', async () => {
    const failure = (output: unknown, input: RunActivityCommand['input'], implemented = true) =>
      runCustomNodeActivity(
        deps(implemented ? { 'acme.affordabilityCheck': () => Promise.resolve(output) } : {}),
        catalogue,
      )({ enrollmentId: 'enr', command: command(input) }).then(
        () => null,
        (error: unknown) => error as { message: string; type: string; nonRetryable: boolean },
      );
    const badInput = await failure({ burden: 1 }, { borrowerId: 'b-1' });
    expect(badInput).toMatchObject({ type: 'InvalidConfiguration', nonRetryable: true });
    expect(badInput?.message).toMatch(/^node afford: activity input/);
    const badOutput = await failure({ burden: -1 }, valid);
    expect(badOutput).toMatchObject({ type: 'InvalidConfiguration', nonRetryable: true });
    expect(badOutput?.message).toMatch(/^node afford: activity output/);
    const missing = await failure(null, valid, false);
    expect(missing).toMatchObject({ type: 'InvalidConfiguration', nonRetryable: true });
    expect(missing?.message).toMatch(
      /this worker has no implementation of "acme.affordabilityCheck"/,
    );
  });
});
