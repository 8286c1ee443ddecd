import { durationSchema, humanizeDuration } from '@tandem/dsl';
import { z } from 'zod';
import { defineNode } from '../define-node';
import { educationLessonBehaviour } from './education-lesson.behaviour';
import {
  messageChoices,
  messageFields,
  messageSummary,
  messageTexts,
} from '../shared/message-fields';

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

export type EducationLessonConfig = z.infer<typeof config>;

/** "Education video": sends a short lesson in the borrower's language and notices when it is watched. */
export const educationLessonNode = defineNode({
  ...educationLessonBehaviour,
  config,
  ui: {
    label: 'Education video',
    category: 'contact',
    icon: 'play',
    colour: '#9333ea',
    help: 'Share a short lesson on credit and on-time payment',
    choices: messageChoices,
    summary: (c) =>
      `lesson "${c.lesson}" · ${messageSummary(c)} · ${humanizeDuration(c.watchWithin)} to watch`,
  },
  references: (c) => ({ texts: messageTexts(c) }),
});
