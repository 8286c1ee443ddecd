// Test fixtures for the journeys API: a small valid journey with overrides, and typed readers
// for response bodies.
import type { JourneyInput } from '@tandem/dsl';
import { reminderNode } from '../../testing/reminder-node';

/**
 * remind (en + vi) → wait 2 days → end, every port connected. Overrides replace top-level fields.
 * @example ladder({ id: 'other', name: 'Other' })
 */
export function ladder(overrides: Partial<JourneyInput> = {}): JourneyInput {
  return {
    dsl: 'journey/v1',
    id: 'ladder',
    name: 'Ladder',
    locales: ['en', 'vi'],
    defaultLocale: 'en',
    start: 'hello',
    nodes: [
      reminderNode({ sent: 'wait-2d', failed: 'done' }),
      { id: 'wait-2d', type: 'wait', config: { for: 'P2D' }, next: { done: 'done' } },
      { id: 'done', type: 'end', config: { outcome: 'completed' } },
    ],
    layout: { hello: { x: 0, y: 0 }, 'wait-2d': { x: 280, y: 0 }, done: { x: 560, y: 0 } },
    ...overrides,
  };
}

/** The ladder with the Vietnamese text of the first message replaced. */
export function withVietnamese(journey: JourneyInput, vi: string): JourneyInput {
  const [hello, ...rest] = journey.nodes;
  const config = { ...hello!.config, message: { ...(hello!.config?.message as object), vi } };
  return { ...journey, nodes: [{ ...hello!, config }, ...rest] };
}

export interface ErrorBody {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
}
export interface ProblemBody {
  code: string;
  severity: 'error' | 'warning';
  path: Array<string | number>;
  nodeId?: string;
}
export interface VersionBody {
  version: number;
  contentHash: string;
  author: string;
  note: string | null;
  publishedAt: string;
  created?: boolean;
  warnings?: ProblemBody[];
  document?: Record<string, unknown>;
}
