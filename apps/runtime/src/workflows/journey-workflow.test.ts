import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { messages } from '../db/schema';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import { enroll, finished, publishJourney, putBorrower } from '../testing/scenario';

const twoReminders = {
  dsl: 'journey/v1',
  id: 'two-reminders',
  name: 'Two reminders',
  locales: ['en'],
  defaultLocale: 'en',
  policy: { jurisdiction: 'none', caps: [] },
  start: 'first',
  nodes: [
    {
      id: 'first',
      type: 'remind',
      config: {
        channel: 'sms',
        message: { en: 'Hi {{ borrower.firstName }}: {{ links.portal }}' },
      },
      next: { sent: 'pause' },
    },
    { id: 'pause', type: 'wait', config: { for: 'PT2S' }, next: { done: 'second' } },
    {
      id: 'second',
      type: 'remind',
      config: { channel: 'sms', message: { en: 'Still here, {{ borrower.firstName }}' } },
      next: { sent: 'done' },
    },
    { id: 'done', type: 'end', config: { outcome: 'reminded' } },
  ],
};

describe('journey workflow against the real dev server', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await openJourneyStack();
    await publishJourney(stack.api, twoReminders);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('runs a journey to its end: messages in order, steps recorded, status completed', async () => {
    const borrower = await putBorrower(stack.api);
    const started = await enroll(stack.api, 'two-reminders', borrower);
    expect(started.status).toBe('running');
    const done = await finished(stack.api, started.id);
    expect(done).toMatchObject({ status: 'completed', outcome: 'reminded' });
    const sent = await stack.database.db
      .select()
      .from(messages)
      .where(eq(messages.enrollmentId, started.id))
      .orderBy(messages.createdAt);
    expect(sent.map((m) => [m.nodeId, m.body])).toEqual([
      ['first', `Hi Lan: http://portal.test/portal/${started.id}`],
      ['second', 'Still here, Lan'],
    ]);
    const gap = Date.parse(sent[1]!.createdAt) - Date.parse(sent[0]!.createdAt);
    expect(gap).toBeGreaterThanOrEqual(2000);
    expect(done.steps?.map((s) => `${s.kind}:${s.nodeId}${s.port ? `:${s.port}` : ''}`)).toEqual([
      'enter:first',
      'exit:first:sent',
      'enter:pause',
      'exit:pause:done',
      'enter:second',
      'exit:second:sent',
      'enter:done',
      'end:done:reminded',
    ]);
  });
});
