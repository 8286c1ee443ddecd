// The example custom node (listed in tandem.config.ts, named nowhere under apps/) in real
// workflows: its activity calls a real HTTP affordability service; the published version records
// the node's package; and a worker whose config lacks that package refuses the version at load.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNodeModules, writeGenerated } from '@tandem/plugins/generate';
import { WorkflowFailedError } from '@temporalio/client';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { journeyVersions } from '../db/schema';
import { spawnWorkerProcess } from '../temporal/worker-process';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import {
  enroll,
  enrollment,
  finished,
  publishJourney,
  putBorrower,
  waitUntil,
} from '../testing/scenario';
import { endNode, testJourney } from '../testing/test-journeys';

const affordabilityFirst = (id: string) =>
  testJourney(id, 'check', [
    {
      id: 'check',
      type: 'acme.affordabilityCheck',
      config: {},
      next: { affordable: 'fine', stretched: 'plan', unaffordable: 'help' },
    },
    endNode('fine', 'affordable'),
    endNode('plan', 'offerPlan'),
    endNode('help', 'specialist'),
  ]);

/** The lender's affordability service: a burden of half the balance in thousands. */
function startAffordabilityService(seen: unknown[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const input = JSON.parse(body) as { amountDue: number };
      seen.push({ path: req.url, ...input });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ burden: input.amountDue / 2000 }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const recordedNodes = async (stack: JourneyStack, journeyId: string) =>
  (
    await stack.database.db
      .select({ nodes: journeyVersions.nodes })
      .from(journeyVersions)
      .where(eq(journeyVersions.journeyId, journeyId))
  )[0]?.nodes;

describe('the example custom node in a real workflow', () => {
  let stack: JourneyStack;
  let service: Server;
  const seen: unknown[] = [];
  beforeAll(async () => {
    service = await startAffordabilityService(seen);
    process.env.ACME_AFFORDABILITY_URL = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
    stack = await openJourneyStack();
  });
  afterAll(async () => {
    await stack?.close();
    service?.close();
  });

  it('publishes with its package recorded and routes by the service’s answer', async () => {
    await publishJourney(stack.api, affordabilityFirst('affordability-first'));
    expect(await recordedNodes(stack, 'affordability-first')).toEqual([
      {
        type: 'acme.affordabilityCheck',
        version: 1,
        package: '@acme/tandem-affordability',
        packageVersion: '0.1.0',
      },
      { type: 'end', version: 1, package: '@tandem/nodes', packageVersion: '0.1.0' },
    ]);
    const small = await putBorrower(stack.api, { account: { amountDue: 200 } });
    const large = await putBorrower(stack.api, { account: { amountDue: 900 } });
    const [a, b] = [
      await enroll(stack.api, 'affordability-first', small),
      await enroll(stack.api, 'affordability-first', large),
    ];
    expect((await finished(stack.api, a.id)).outcome).toBe('affordable');
    expect((await finished(stack.api, b.id)).outcome).toBe('offerPlan');
    expect(seen).toContainEqual({
      path: '/affordability',
      borrowerId: large.externalId,
      amountDue: 900,
      currency: 'USD',
    });
  });
});

describe('a worker whose config lacks a version’s node package', () => {
  let stack: JourneyStack;
  let configDir: string;
  beforeAll(async () => {
    stack = await openJourneyStack({ driver: 'postgres', worker: false });
    // A deployment that lists the built-in nodes only.
    configDir = mkdtempSync(join(tmpdir(), 'tandem-builtins-only-'));
    writeFileSync(
      join(configDir, 'tandem.config.ts'),
      "export default { nodes: ['@tandem/nodes'] };\n",
    );
    writeGenerated(await generateNodeModules(join(configDir, 'tandem.config.ts')));
  });
  afterAll(async () => {
    await stack?.close();
    rmSync(configDir, { recursive: true, force: true });
  });

  it('refuses the version at load, naming the node and the package, before any step', async () => {
    await publishJourney(stack.api, affordabilityFirst('affordability-refused'));
    const worker = await spawnWorkerProcess({
      databaseUrl: stack.database.url!,
      address: stack.address,
      taskQueue: stack.taskQueue,
      bundlePath: inject('workflowBundlePath'),
      payloadKeys: inject('payloadKeys'),
      env: { TANDEM_CONFIG: join(configDir, 'tandem.config.ts') },
    });
    try {
      const started = await enroll(
        stack.api,
        'affordability-refused',
        await putBorrower(stack.api),
      );
      const failure = await stack.client.workflow
        .getHandle(started.workflowId)
        .result()
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(failure).toBeInstanceOf(WorkflowFailedError);
      // The refusal is the failure's cause: directly (the load as a local activity, from the
      // local-bookkeeping patch on) or inside an ActivityFailure (a scheduled load, before it).
      const messages: string[] = [];
      for (let e = (failure as Error).cause; e instanceof Error; e = e.cause)
        messages.push(e.message);
      expect(messages.join('\n')).toMatch(
        /journey "affordability-refused" v1 cannot run on this worker: it lacks node "acme\.affordabilityCheck" v1 from package "@acme\/tandem-affordability" 0\.1\.0/,
      );
      const after = await waitUntil(
        () => enrollment(stack.api, started.id),
        (e) => e.status !== 'running' || e.currentNode === null,
      );
      expect(after.currentNode).toBeNull();
      expect(after.steps ?? []).toEqual([]);
    } finally {
      await worker.kill();
    }
  });
});
