// Results API answers for component tests and screenshots: realistic numbers, overridable.
import type { HoldoutComparison, ResultsSummary, StepResults } from '../api/results-api';

export function summaryFixture(
  version: number,
  overrides: Partial<ResultsSummary> = {},
): ResultsSummary {
  return {
    journeyId: 'gentle-ladder',
    version,
    from: null,
    to: null,
    enrollments: {
      enrolled: 1200,
      active: 310,
      completed: 820,
      completedByOutcome: { paid: 610, unreachable: 210 },
      cancelled: 50,
      failed: 20,
    },
    promises: { made: 400, kept: 260, broken: 90, keptRate: 260 / 350 },
    plans: { offered: 300, accepted: 120 },
    lessonsWatched: 210,
    hardship: { requests: 35, holds: 12, rate: 35 / 1200 },
    complaints: { disputes: 6, rate: 6 / 1200 },
    optOuts: 14,
    escalations: { created: 80, resolved: 61, overdue: 4 },
    money: {
      byCurrency: [
        {
          currency: 'USD',
          paid: 84250.5,
          payments: 702,
          due: 240000,
          recoveryRate: 84250.5 / 240000,
        },
      ],
      timing: {
        within7: 0.31,
        within14: 0.44,
        within30: 0.58,
        medianDaysToFirstPayment: 9.5,
        payers: 640,
      },
    },
    selfServe: { resolutions: 610, withoutAgent: 540, share: 540 / 610 },
    holdout: null,
    ...overrides,
  };
}

export function stepsFixture(): StepResults[] {
  const step = (s: Partial<StepResults> & { nodeId: string }): StepResults => ({
    type: 'remind',
    entered: 0,
    visits: 0,
    now: 0,
    nowEnrollmentIds: [],
    ended: 0,
    ports: [],
    messages: [],
    secondsAtStep: { median: null, p90: null },
    ...s,
  });
  return [
    step({
      nodeId: 'first-reminder',
      entered: 1200,
      visits: 1200,
      now: 12,
      nowEnrollmentIds: ['e-1', 'e-2'],
      ports: [
        { port: 'sent', count: 1100, share: 1100 / 1188 },
        { port: 'failed', count: 88, share: 88 / 1188 },
      ],
      messages: [
        {
          channel: 'sms',
          sent: 1100,
          delivered: 1040,
          read: 0,
          failed: 88,
          suppressed: { 'opt-out': 9 },
          deferred: { window: 140, cap: 3 },
        },
      ],
      secondsAtStep: { median: 3600, p90: 50_400 },
    }),
    step({ nodeId: 'done', type: 'end', entered: 820, visits: 820, ended: 820 }),
  ];
}

export const dailyFixture = () =>
  Array.from({ length: 14 }, (_, i) => ({
    day: `2026-03-${String(i + 1).padStart(2, '0')}`,
    enrollments: i < 3 ? 400 : 0,
    sends: 80 + ((i * 37) % 60),
    payments: 20 + ((i * 13) % 30),
    resolutions: 10 + ((i * 7) % 20),
  }));

export const conductFixture = (overrides = {}) => ({
  journeyId: 'gentle-ladder',
  version: 2,
  contacts: 3100,
  outsideWindow: 0,
  capBreaches: 0,
  duringHold: 0,
  afterOptOut: 0,
  ...overrides,
});

/** A launch with a 10 % holdout: 1,080 enrolled against 120 held out; one short 7-day base. */
export function holdoutFixture(): HoldoutComparison {
  const arm = (n: number, paid: number) => ({ n, paid, share: paid / n });
  return {
    launchId: '5b1f7a8e-0c4e-4a51-9d43-3f4c1e0b2a11',
    holdoutPercent: 10,
    journeyAccounts: 1080,
    holdoutAccounts: 120,
    minimumArmSize: 30,
    shares: [
      {
        days: 7,
        journey: arm(300, 93),
        holdout: arm(24, 5),
        difference: { estimate: 93 / 300 - 5 / 24, low: null, high: null, enoughData: false },
      },
      {
        days: 14,
        journey: arm(900, 396),
        holdout: arm(100, 31),
        difference: { estimate: 0.13, low: 0.034, high: 0.212, enoughData: true },
      },
      {
        days: 30,
        journey: arm(1000, 580),
        holdout: arm(110, 57),
        difference: { estimate: 0.061, low: 0.02, high: 0.102, enoughData: true },
      },
    ],
    recovery: [
      {
        currency: 'USD',
        journey: { accounts: 1080, due: 216000, paid: 75816, payments: 702, recoveryRate: 0.351 },
        holdout: { accounts: 120, due: 24000, paid: 6720, payments: 61, recoveryRate: 0.28 },
        difference: { estimate: 0.071, low: 0.018, high: 0.124, enoughData: true },
      },
    ],
    medianDaysToFirstPayment: { journey: 9.5, holdout: 13.25, difference: -3.75 },
  };
}
