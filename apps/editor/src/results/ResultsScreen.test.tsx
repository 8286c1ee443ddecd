import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, type FakeApi } from '../api/testing/fake-api';
import { renderApp } from '../api/testing/render-app';
import {
  conductFixture,
  dailyFixture,
  holdoutFixture,
  stepsFixture,
  summaryFixture,
} from './results-fixtures';

const designer = { name: 'Mai', role: 'designer' as const, secret: 'tdm_designer_secret_0123456' };
const journey = {
  id: 'gentle-ladder',
  name: 'Gentle ladder',
  draftUpdatedAt: '2026-03-01T09:00:00Z',
  latestVersion: 2,
  latestPublishedAt: '2026-03-01T09:00:00Z',
  problemCount: 0,
  errorCount: 0,
  archivedAt: null,
};
const resultsOf = (version: number, enrolled: number) => {
  const base = `gentle-ladder/versions/${version}/results`;
  return {
    [base]: summaryFixture(version, {
      enrollments: { ...summaryFixture(version).enrollments, enrolled },
    }),
    [`${base}/steps`]: { journeyId: 'gentle-ladder', version, steps: stepsFixture() },
    [`${base}/daily`]: { journeyId: 'gentle-ladder', version, days: dailyFixture() },
    [`${base}/conduct`]: conductFixture({ version }),
  };
};

async function openResults(api: FakeApi) {
  renderApp(api, '/results');
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('API key'), designer.secret);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { name: 'Results' });
  return user;
}

describe('Results', () => {
  it('shows the latest version’s summary tiles, steps and CSV links', async () => {
    const api = fakeApi({ keys: [designer], journeys: [journey], results: resultsOf(2, 1200) });
    await openResults(api);
    const version = await screen.findByRole('region', { name: 'Version 2' });
    expect((await within(version).findByText('Enrolled')).nextSibling).toHaveTextContent(/^1,200/);
    expect(within(version).getByText('Self-serve share').nextSibling).toHaveTextContent('89%');
    expect(within(version).getByText('Cap breaches').nextSibling).toHaveTextContent(/^0/);
    const steps = within(version).getByRole('table', { name: 'Steps of version 2' });
    expect(within(steps).getByRole('rowheader', { name: /first-reminder/ })).toBeTruthy();
    // Exits and step types by name, as the canvas shows them: "Sent", "Reminder".
    expect(steps).toHaveTextContent('Sent 1,100 (93%)');
    expect(steps).toHaveTextContent('Reminder');
    expect(steps).toHaveTextContent('deferred outside hours 140, contact limit 3');
    expect(within(version).getByRole('link', { name: 'Steps CSV' })).toHaveAttribute(
      'href',
      '/v1/journeys/gentle-ladder/versions/2/results/steps?format=csv',
    );
  });

  it('compares a second version side by side', async () => {
    const api = fakeApi({
      keys: [designer],
      journeys: [journey],
      results: { ...resultsOf(2, 1200), ...resultsOf(1, 700) },
    });
    const user = await openResults(api);
    await screen.findByRole('region', { name: 'Version 2' });
    await user.selectOptions(screen.getByLabelText('Compare with'), 'Version 1');
    const older = await screen.findByRole('region', { name: 'Version 1' });
    expect(await within(older).findByText('700')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Version 2' })).toHaveTextContent('1,200');
  });

  it('asks for the cohort the date range names', async () => {
    const api = fakeApi({ keys: [designer], journeys: [journey], results: resultsOf(2, 1200) });
    const user = await openResults(api);
    await screen.findByRole('region', { name: 'Version 2' });
    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Summary CSV' })).toHaveAttribute(
        'href',
        '/v1/journeys/gentle-ladder/versions/2/results?from=2026-03-01&format=csv',
      ),
    );
  });

  it('marks a conduct number that is not 0', async () => {
    const results = resultsOf(2, 1200);
    results['gentle-ladder/versions/2/results/conduct'] = conductFixture({ capBreaches: 2 });
    const api = fakeApi({ keys: [designer], journeys: [journey], results });
    await openResults(api);
    const tile = (await screen.findByText('Cap breaches')).parentElement;
    await waitFor(() => expect(tile).toHaveClass('results-alarm'));
    expect(tile).toHaveTextContent('2');
  });

  it('compares the journey with its holdout in plain words, or says there is not enough data', async () => {
    const results = resultsOf(2, 1200);
    const base = 'gentle-ladder/versions/2/results';
    results[base] = summaryFixture(2, { holdout: holdoutFixture() });
    const api = fakeApi({ keys: [designer], journeys: [journey], results });
    await openResults(api);
    const table = await screen.findByRole('table', { name: /Journey vs holdout, version 2/ });
    const row = (name: RegExp) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(row(/Paid within 30 days/)).toHaveTextContent(
      '+6.1 points (95 % CI +2.0 to +10.2) against doing nothing',
    );
    expect(row(/Paid within 30 days/)).toHaveTextContent('58% of 1,000');
    expect(row(/Paid within 7 days/)).toHaveTextContent(
      '+10.2 points; not enough data for an interval (under 30 accounts in an arm)',
    );
    expect(row(/Recovery rate \(USD\)/)).toHaveTextContent('+7.1 points (95 % CI +1.8 to +12.4)');
    expect(row(/Median days/)).toHaveTextContent('−3.8 days (no interval)');
    expect(table).toHaveTextContent('1,080 accounts in the journey, 120 held out (10% holdout)');
  });

  it('shows no holdout table when the launch has no holdout', async () => {
    const api = fakeApi({ keys: [designer], journeys: [journey], results: resultsOf(2, 1200) });
    await openResults(api);
    await screen.findByRole('region', { name: 'Version 2' });
    expect(screen.queryByRole('table', { name: /Journey vs holdout/ })).toBeNull();
  });
});
