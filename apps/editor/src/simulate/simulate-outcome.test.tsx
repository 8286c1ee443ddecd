// The simulation's result names the outcome as a manager reads it, in the chosen language: a
// common outcome id by its built-in name, an end's own name where it has one; never the id.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nContext, i18nFor } from '../i18n/use-i18n';
import type { AppLocale } from '../i18n/locales';
import { openDocument, smallJourney } from '../test-fixtures';
import { SimulatePanel } from './SimulatePanel';

/** The small journey, ending with `end`'s config. */
function endingWith(end: Record<string, unknown>) {
  const doc = smallJourney();
  const nodes = doc.nodes as Array<Record<string, unknown>>;
  nodes[2] = { ...nodes[2], config: end };
  openDocument(doc);
}

async function simulateIn(locale: AppLocale, run: string) {
  render(
    <I18nContext.Provider value={i18nFor(locale)}>
      <SimulatePanel onFocusNode={() => {}} onClose={() => {}} />
    </I18nContext.Provider>,
  );
  await userEvent.click(screen.getByRole('button', { name: run }));
  return screen.getByTestId('sim-outcome');
}

describe('the simulation’s outcome', () => {
  it('names a common outcome in Chinese', async () => {
    endingWith({ outcome: 'noResponse' });
    const outcome = await simulateIn('zh', '运行模拟');
    expect(outcome).toHaveTextContent('未回复');
    // Nowhere in the panel: not the result, not the timeline's last entry.
    expect(screen.getByRole('region', { name: '模拟' })).not.toHaveTextContent('noResponse');
  });

  it('uses the end’s own name, and words an unnamed id', async () => {
    endingWith({ outcome: 'quiet', label: 'Went quiet' });
    expect(await simulateIn('vi', 'Chạy mô phỏng')).toHaveTextContent('Went quiet');
  });

  it('words an id nobody named', async () => {
    endingWith({ outcome: 'gaveUpAfterCalls' });
    expect(await simulateIn('en', 'Run simulation')).toHaveTextContent('Gave up after calls');
  });
});
