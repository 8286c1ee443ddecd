// Test fixtures for the CLI: a small valid journey written by hand with built-in nodes, and
// files for an in-memory `readText`.
import type { JourneyInput } from '@tandem/dsl';
import { reminderNode } from '../testing/reminder-node';
import type { ReadText } from './read-json';

/**
 * remind → wait 2 days → promise to pay → end, every port connected, in English and
 * Vietnamese. Overrides replace top-level fields.
 * @example validJourney({ defaultLocale: 'vi' })
 */
export function validJourney(overrides: Partial<JourneyInput> = {}): JourneyInput {
  return {
    dsl: 'journey/v1',
    id: 'cli-fixture',
    name: 'CLI fixture',
    locales: ['en', 'vi'],
    defaultLocale: 'en',
    start: 'hello',
    nodes: [
      reminderNode({ sent: 'wait-2d', failed: 'unresolved' }),
      { id: 'wait-2d', type: 'wait', config: { for: 'P2D' }, next: { done: 'ptp' } },
      {
        id: 'ptp',
        type: 'promiseToPay',
        config: {
          message: {
            en: 'Hi {{ borrower.firstName }}, pick a date: {{ links.promise }}',
            vi: 'Chào {{ borrower.firstName }}, chọn ngày: {{ links.promise }}',
          },
          reminder: { en: 'Your payment is planned soon.', vi: 'Sắp đến ngày thanh toán.' },
        },
        next: { kept: 'paid', broken: 'unresolved', noResponse: 'unresolved' },
      },
      { id: 'paid', type: 'end', config: { outcome: 'paid' } },
      { id: 'unresolved', type: 'end', config: { outcome: 'unresolved' } },
    ],
    ...overrides,
  };
}

/**
 * The fixture with three located errors: a dangling target on hello.sent, an unconnected
 * ptp.broken, and hello's message missing "vi".
 */
export function invalidJourney(): JourneyInput {
  const journey = validJourney();
  const [hello, wait, ptp, ...rest] = journey.nodes;
  return {
    ...journey,
    nodes: [
      { ...hello!, config: { channel: 'sms', message: { en: 'Hi' } }, next: { sent: 'nowhere' } },
      wait!,
      { ...ptp!, next: { kept: 'paid', noResponse: 'unresolved' } },
      ...rest,
    ],
  };
}

/** A borrower file as a lender writes one (no id). */
export const lanBorrowerFile = {
  borrower: { firstName: 'Lan', locale: 'vi', timezone: 'Asia/Ho_Chi_Minh', country: 'VN' },
  account: { amountDue: 2_500_000, currency: 'VND', dueDate: '2026-03-01', daysPastDue: 1 },
};

/**
 * An in-memory file system: JSON values are stringified, strings kept as written; a missing
 * path fails like fs does (code ENOENT).
 */
export function memoryFiles(files: Record<string, unknown>): ReadText {
  return (path) => {
    if (!(path in files)) {
      return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
    }
    const content = files[path];
    return Promise.resolve(
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    );
  };
}
