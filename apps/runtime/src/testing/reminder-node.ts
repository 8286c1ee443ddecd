// Test data shared by the CLI and API tests.
import type { JourneyInput } from '@tandem/dsl';

/** An SMS reminder in English and Vietnamese with every fact a template commonly reads. */
export function reminderNode(next: Record<string, string>): JourneyInput['nodes'][number] {
  return {
    id: 'hello',
    type: 'remind',
    config: {
      channel: 'sms',
      message: {
        en: 'Hi {{ borrower.firstName }}, {{ account.amountDue | money }} is due: {{ links.portal }}',
        vi: 'Chào {{ borrower.firstName }}, khoản {{ account.amountDue | money }} đã đến hạn: {{ links.portal }}',
      },
    },
    next,
  };
}
