import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../http/testing';
import { lessonsRoutes } from './lessons-routes';

const mine = {
  en: {
    title: 'Saving a little',
    summary: 'Small steps add up.',
    body: ['Put aside a little each week.'],
  },
  vi: {
    title: 'Tiết kiệm từng chút',
    summary: 'Bước nhỏ cộng lại.',
    body: ['Để dành một ít mỗi tuần.'],
    videoUrl: 'https://cdn.lender.example/save.mp4',
  },
};

describe('lessons API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([lessonsRoutes]);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists the four built-in lessons in en, es, vi and zh', async () => {
    const res = await api.call('GET', '/v1/lessons', { role: 'agent' });
    expect(res.status).toBe(200);
    const items = (
      res.body as {
        items: Array<{ id: string; builtIn: boolean; content: Record<string, unknown> }>;
      }
    ).items;
    expect(items.map((l) => l.id)).toEqual([
      'on-time-payments',
      'credit-score',
      'making-a-budget',
      'repayment-plan',
    ]);
    for (const lesson of items)
      expect(Object.keys(lesson.content).sort()).toEqual(['en', 'es', 'vi', 'zh']);
  });

  it('lets a designer add a lesson, then replace it', async () => {
    const created = await api.call('PUT', '/v1/lessons/saving-a-little', {
      role: 'designer',
      body: { content: mine },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const replaced = await api.call('PUT', '/v1/lessons/saving-a-little', {
      role: 'designer',
      body: { content: { en: { ...mine.en, title: 'Saving' } } },
    });
    expect(replaced.status).toBe(200);
    const read = await api.call('GET', '/v1/lessons/saving-a-little', { role: 'integration' });
    expect(read.body).toMatchObject({
      id: 'saving-a-little',
      builtIn: false,
      content: { en: { title: 'Saving' } },
    });
  });

  it('refuses a built-in id, content without English, a video that is not https, and non-designers', async () => {
    const builtIn = await api.call('PUT', '/v1/lessons/credit-score', {
      role: 'designer',
      body: { content: mine },
    });
    expect(builtIn.status).toBe(409);
    const noEnglish = await api.call('PUT', '/v1/lessons/x', {
      role: 'designer',
      body: { content: { vi: mine.vi } },
    });
    expect(noEnglish.status).toBe(400);
    expect(JSON.stringify(noEnglish.body)).toContain('English');
    const http = await api.call('PUT', '/v1/lessons/x', {
      role: 'designer',
      body: { content: { en: { ...mine.en, videoUrl: 'http://cdn.example/a.mp4' } } },
    });
    expect(http.status).toBe(400);
    expect(JSON.stringify(http.body)).toContain('content.en.videoUrl');
    const agent = await api.call('PUT', '/v1/lessons/x', {
      role: 'agent',
      body: { content: mine },
    });
    expect(agent.status).toBe(403);
  });

  it('answers 404 for an unknown lesson', async () => {
    expect((await api.call('GET', '/v1/lessons/nope', { role: 'agent' })).status).toBe(404);
  });
});
