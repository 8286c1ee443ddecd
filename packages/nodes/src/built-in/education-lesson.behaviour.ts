import { addDuration } from '@tandem/dsl/engine';
import { defineBehaviour } from '../define-behaviour';
import { sendMessage } from '../shared/send-message';
import type { EducationLessonConfig } from './education-lesson';

/** Sends a lesson link and leaves by "watched" when the borrower watches it, else "notWatched". */
export const educationLessonBehaviour = defineBehaviour<EducationLessonConfig>({
  type: 'educationLesson',
  version: 1,
  waits: true,
  ports: [
    { name: 'watched', label: 'Watched' },
    { name: 'notWatched', label: 'Not watched' },
  ],
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
