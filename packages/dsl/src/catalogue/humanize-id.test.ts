import { describe, expect, it } from 'vitest';
import { humanizeId } from './humanize-id';

describe('humanizeId', () => {
  it.each([
    ['noResponse', 'No response'],
    ['handedToAgent', 'Handed to agent'],
    ['agreed', 'Agreed'],
    ['handed_to-agent', 'Handed to agent'],
    ['payment.received', 'Payment received'],
    ['VIPCustomer', 'VIP customer'],
    ['tier2Plan', 'Tier2 plan'],
  ])('%s reads as “%s”', (id, words) => {
    expect(humanizeId(id)).toBe(words);
  });
});
