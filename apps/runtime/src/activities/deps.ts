import type { Links } from '@tandem/dsl';
import type { ChannelProviders } from '../channels/provider';
import type { Database } from '../db/client';

/**
 * A custom node's activity implementation, keyed by its contract's name. It receives the input
 * already parsed by the contract's schema, so each implementation declares its own input type.
 */
export type CustomActivity = (input: never) => Promise<unknown>;

/** Makes the links for one enrollment (signed by the portal, plain in some tests). */
export type LinkMaker = (enrollmentId: string, borrowerId: string) => Links;

/** What the activities need from the process that runs them (the worker). */
export interface ActivityDeps {
  db: Database;
  /** The clock. Sends are decided at the time they actually go out. */
  now?: () => Date;
  /** The links a message may carry (`links.portal`…), for one enrollment of one borrower. */
  links: LinkMaker;
  /**
   * Append the opt-out instruction to electronic messages (default true). Only tests that
   * compare exact bodies turn it off.
   */
  optOutNotices?: boolean;
  /** The provider of each channel; a channel without one goes to the outbox. */
  channels?: ChannelProviders;
  /** Implementations for custom nodes' activity contracts. */
  customActivities?: Record<string, CustomActivity>;
}
