import type { Links } from '@tandem/dsl';
import type { Database } from '../db/client';

/** A custom node's activity implementation, keyed by its contract's name. */
export type CustomActivity = (input: unknown) => Promise<unknown>;

/** What the activities need from the process that runs them (the worker). */
export interface ActivityDeps {
  db: Database;
  /** The clock. Sends are decided at the time they actually go out. */
  now?: () => Date;
  /** The links a message may carry (`links.portal`…), for one enrollment. */
  links: (enrollmentId: string) => Links;
  /** Implementations for custom nodes' activity contracts. */
  customActivities?: Record<string, CustomActivity>;
}
