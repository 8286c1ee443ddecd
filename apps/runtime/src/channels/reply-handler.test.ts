// STOP and HELP through POST /v1/events, as an SMS gateway reports replies.
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { borrowers, events, messages } from '../db/schema';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { postEvent, putBorrower, type TestBorrower } from '../testing/scenario';
import { replyHandler } from './reply-handler';

describe('replies to our messages', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    // The handler needs the app's database: build it on the test API's own.
    const replies = replyHandler({
      db: api.database.db,
      providers: {},
      sender: { name: 'Acme Lending', contact: '1-800-555-0100' },
      logger: pino({ level: 'silent' }),
    });
    api = await openTestApi(apiRoutes, { database: api.database, deps: { replies } });
  });
  afterAll(async () => {
    await api?.close();
  });

  const stateOf = async (borrower: TestBorrower) => {
    const [row] = await api.database.db
      .select()
      .from(borrowers)
      .where(eq(borrowers.externalId, borrower.externalId));
    const sent = await api.database.db
      .select()
      .from(messages)
      .where(eq(messages.borrowerId, row!.id))
      .orderBy(messages.createdAt);
    const optOuts = await api.database.db
      .select()
      .from(events)
      .where(and(eq(events.borrowerId, row!.id), eq(events.type, 'contact.optedOut')));
    return { optedOut: row!.preferences.optedOut, sent, optOuts };
  };

  it('opts out of the channel on an opt-out word in Spanish, confirms once, in Spanish', async () => {
    const borrower = await putBorrower(api, { locale: 'es-MX' });
    await postEvent(api, borrower, 'reply.received', { channel: 'sms', text: 'Baja' });
    await postEvent(api, borrower, 'reply.received', { channel: 'sms', text: 'BAJA' });
    const state = await stateOf(borrower);
    expect(state.optedOut).toEqual(['sms']);
    expect(state.sent.map((m) => [m.intent, m.channel, m.status, m.body])).toEqual([
      [
        'optOut.confirmation',
        'sms',
        'sent',
        'Acme Lending: se ha dado de baja y no recibirá más mensajes de texto de nuestra parte.',
      ],
    ]);
    expect(state.optOuts.map((e) => e.data)).toEqual([expect.objectContaining({ channel: 'sms' })]);
  });

  it('answers HELP with who we are, why we write and how to stop', async () => {
    const borrower = await putBorrower(api);
    await postEvent(api, borrower, 'reply.received', { channel: 'sms', text: 'help' });
    const state = await stateOf(borrower);
    expect(state.optedOut).toEqual([]);
    expect(state.sent.map((m) => m.body)).toEqual([
      'Acme Lending: we send text messages about your account and ways to pay. Reply STOP to opt out. Questions: 1-800-555-0100',
    ]);
  });

  it('stops only the channel the reply came on, and leaves other replies to people', async () => {
    const borrower = await putBorrower(api, { locale: 'zh' });
    await postEvent(api, borrower, 'reply.received', {
      channel: 'email',
      text: 'please stop emailing my work address',
    });
    expect((await stateOf(borrower)).sent).toEqual([]);
    await postEvent(api, borrower, 'reply.received', { channel: 'email', text: '退订' });
    const state = await stateOf(borrower);
    expect(state.optedOut).toEqual(['email']);
    expect(state.sent.map((m) => [m.channel, m.body])).toEqual([
      ['email', 'Acme Lending：您已退订，将不再收到我们的邮件。'],
    ]);
  });

  it('applies delivery receipts to the borrower’s own messages, moving status forward only', async () => {
    const borrower = await putBorrower(api);
    const other = await putBorrower(api);
    await postEvent(api, borrower, 'reply.received', { channel: 'sms', text: 'HELP' });
    const [answer] = (await stateOf(borrower)).sent;
    await postEvent(api, other, 'message.delivered', { messageId: answer!.id });
    expect((await stateOf(borrower)).sent[0]!.status).toBe('sent');
    await postEvent(api, borrower, 'message.read', { messageId: answer!.id });
    await postEvent(api, borrower, 'message.delivered', { messageId: answer!.id });
    expect((await stateOf(borrower)).sent[0]!.status).toBe('read');
  });
});
