// The problems list speaks to a manager: each problem names its step by the step's name, not its
// id, and carries no problem code on screen; the code and step id stay in the button's tooltip
// for support, and the button still goes to the step.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nContext, i18nFor } from '../i18n/use-i18n';
import type { AppLocale } from '../i18n/locales';
import { openDocument, smallJourneyWithoutVi } from '../test-fixtures';
import { validateNow } from '../validation/use-validation';
import { ProblemsPanel } from './ProblemsPanel';

const inLocale = (locale: AppLocale, ui: ReactNode) =>
  render(<I18nContext.Provider value={i18nFor(locale)}>{ui}</I18nContext.Provider>);

/** The small journey with its named reminder's Vietnamese text missing. */
beforeEach(() => {
  openDocument(smallJourneyWithoutVi());
  act(() => validateNow());
});

describe('the problems list', () => {
  it('names the step by its name, with no code or step id on screen', () => {
    inLocale('vi', <ProblemsPanel onFocusNode={() => {}} />);
    const list = screen.getByTestId('problem-list');
    expect(list).toHaveTextContent(/^Nhắc lần 1, Tin nhắn: chưa có văn bản “vi”/);
    expect(list).not.toHaveTextContent('MISSING_LOCALE');
    expect(list).not.toHaveTextContent('hello');
  });

  it('keeps the code and step id in the tooltip, and goes to the step on click', async () => {
    const focus = vi.fn();
    inLocale('zh', <ProblemsPanel onFocusNode={focus} />);
    const button = within(screen.getByTestId('problem-list')).getByRole('button');
    expect(button).toHaveAttribute('title', '供技术支持参考：MISSING_LOCALE，步骤“hello”');
    await userEvent.click(button);
    expect(focus).toHaveBeenCalledWith('hello');
  });
});
