// Temporal histories hold what the workflow reads and writes: the borrower's facts, amounts,
// events. On the real dev server, a completed enrollment's history as the Temporal CLI shows it
// must hold none of the borrower's data in clear, while the app still reads the workflow's state
// and the journey runs to its end; and the CLI decodes it through the codec endpoint for an admin.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '../db/schema';
import { codecRoutes } from '../http/codec/codec-routes';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import { enroll, finished, publishJourney, waitUntil } from '../testing/scenario';
import { endNode, smsReminder, testJourney } from '../testing/test-journeys';
import { PayloadEncryptionCodec } from './encryption-codec';

const run = promisify(execFile);

/** What must never be readable in a history: the borrower's name, contacts and amount. */
const borrower = {
  firstName: 'Xiomara',
  lastName: 'Quintanilla-Okonkwo',
  phone: '+84987650123',
  email: 'xiomara.quintanilla@lender.test',
  amount: '4321.87',
};

const journey = testJourney('private-journey', 'hello', [
  smsReminder('hello', 'pause', {
    text: 'Hi {{ borrower.firstName }} {{ borrower.lastName }}, {{ account.amountDue }} is due',
  }),
  { id: 'pause', type: 'wait', config: { for: 'PT3S' }, next: { done: 'done' } },
  endNode(),
]);

/** The text of the CLI's JSON, plus every base64 string in it decoded (payload data, metadata). */
function everythingReadable(json: string): string {
  const texts = [json];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (node.length >= 8 && node.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(node)) {
        texts.push(Buffer.from(node, 'base64').toString('utf8'));
      }
    } else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(JSON.parse(json));
  return texts.join('\n');
}

describe('an enrollment’s history on the Temporal server', () => {
  let stack: JourneyStack;
  let codecServer: ServerType;
  let codecUrl: string;

  beforeAll(async () => {
    stack = await openJourneyStack();
    await publishJourney(stack.api, journey);
    const codecApp = codecRoutes({
      db: stack.database.db,
      codec: new PayloadEncryptionCodec(stack.payloadKeys),
      logger: pino({ level: 'silent' }),
      namespace: 'default',
      uiOrigins: [],
    });
    codecServer = serve({ fetch: codecApp.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => codecServer.once('listening', () => resolve()));
    codecUrl = `http://127.0.0.1:${(codecServer.address() as AddressInfo).port}/codec`;
  });
  afterAll(async () => {
    await new Promise((resolve) => codecServer?.close(resolve));
    await stack?.close();
  });

  /** `temporal workflow show --output json`, with only the flags given (no local config). */
  async function show(workflowId: string, flags: string[] = []): Promise<string> {
    const cli = inject('temporalCli');
    if (!cli)
      throw new Error('this test reads histories with the Temporal CLI, and none was found');
    const { stdout } = await run(
      cli,
      ['workflow', 'show', '--workflow-id', workflowId, '--output', 'json', '--address'].concat([
        stack.address,
        '--disable-config-file',
        '--disable-config-env',
        ...flags,
      ]),
      { maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  }

  it('holds none of the borrower’s data in clear, and the journey still runs', async () => {
    const put = await stack.api.call('PUT', '/v1/borrowers/B-private', {
      role: 'integration',
      body: {
        firstName: borrower.firstName,
        lastName: borrower.lastName,
        locale: 'en',
        timezone: 'Etc/UTC',
        country: 'VN',
        // Lenders keep such things in attributes too; the workflow reads every attribute.
        attributes: { mobile: borrower.phone, personalEmail: borrower.email },
        channels: {
          sms: { address: borrower.phone, consent: true },
          email: { address: borrower.email, consent: true },
        },
        accounts: [
          { externalId: 'B-private-L1', amountDue: Number(borrower.amount), currency: 'USD' },
        ],
      },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    const started = await enroll(stack.api, journey.id, {
      externalId: 'B-private',
      accountId: 'B-private-L1',
      body: {},
    });

    // The API reads the workflow's state (a query, answered through the codec) mid-journey.
    const view = await waitUntil(
      () => stack.journeys.state(started.id),
      (state) => state?.currentNode === 'pause',
      { what: 'the wait' },
    );
    expect(view).toMatchObject({ status: 'active', currentNode: 'pause', pendingSends: 0 });
    const done = await finished(stack.api, started.id);
    expect(done.outcome).toBe('done');
    const [sent] = await stack.database.db
      .select({ body: messages.body })
      .from(messages)
      .where(eq(messages.enrollmentId, started.id));
    expect(sent?.body).toBe(`Hi Xiomara Quintanilla-Okonkwo, ${borrower.amount} is due`);

    // The CLI's JSON output, with payloads in its readable shorthand and without it.
    for (const flags of [[], ['--no-json-shorthand-payloads']]) {
      const readable = everythingReadable(await show(started.workflowId, flags));
      expect(readable).toContain('binary/encrypted');
      for (const [what, value] of Object.entries(borrower)) {
        expect(readable.includes(value), `${what} in clear (${flags.join(' ')})`).toBe(false);
      }
    }

    // The same history through the codec endpoint, as an admin's CLI reads it: all there.
    const decoded = everythingReadable(
      await show(started.workflowId, [
        '--codec-endpoint',
        codecUrl,
        '--codec-auth',
        `Bearer ${stack.api.keys.admin}`,
      ]),
    );
    for (const value of Object.values(borrower)) expect(decoded).toContain(value);
    expect(decoded).not.toContain('binary/encrypted');
  }, 60_000);
});
