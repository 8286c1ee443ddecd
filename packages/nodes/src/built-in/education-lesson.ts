import { addDuration, durationSchema, humanizeDuration } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { messageFields, messageSummary, messageTexts, sendMessage } from '../shared/message-fields';

const config = z.object({
  ...messageFields({
    en: 'Hi {{ borrower.firstName }}, here is a 2-minute video on how on-time payments help your credit: {{ links.lesson }}',
  }),
  lesson: z
    .string()
    .min(1)
    .default('on-time-payments')
    .describe('Lesson from the library (title, summary and video per language)'),
  watchWithin: durationSchema
    .default('P3D')
    .describe('How long to wait for the lesson to be watched'),
});

/** "Education video": sends a short lesson in the borrower's language and notices when it is watched. */
export const educationLessonNode = defineNode({
  type: 'educationLesson',
  version: 1,
  waits: true,
  config,
  ports: [
    { name: 'watched', label: 'Watched' },
    { name: 'notWatched', label: 'Not watched' },
  ],
  ui: {
    label: 'Education video',
    category: 'contact',
    icon: 'play',
    colour: '#9333ea',
    help: 'Share a short lesson on credit and on-time payment',
    summary: (c) =>
      `lesson "${c.lesson}" · ${messageSummary(c)} · ${humanizeDuration(c.watchWithin)} to watch`,
  },
  references: (c) => ({ texts: messageTexts(c) }),
  behaviour: {
    enter: (ctx) => ({
      kind: 'stay',
      state: null,
      wakeAt: addDuration(ctx.now, ctx.config.watchWithin, ctx.timezone),
      effects: [sendMessage(ctx.config, 'lesson', 'lesson', 'lesson')],
    }),
    onEvent: (ctx, _state, event) =>
      event.type === 'lesson.watched' &&
      (event.data.lesson === undefined || event.data.lesson === ctx.config.lesson)
        ? { kind: 'exit', port: 'watched' }
        : undefined,
    onTimer: () => ({ kind: 'exit', port: 'notWatched' }),
  },
});
