import type { JourneyCounters } from './facts';

/** A journey's counters before anything happened. */
export const emptyCounters = (): JourneyCounters => ({
  messagesSent: 0,
  remindersSent: 0,
  promisesMade: 0,
  promisesKept: 0,
  promisesBroken: 0,
  plansOffered: 0,
  lessonsSent: 0,
  lessonsWatched: 0,
  tasksCreated: 0,
});
