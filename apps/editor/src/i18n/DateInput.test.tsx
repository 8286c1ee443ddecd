import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateInput } from './DateInput';
import type { AppLocale } from './locales';
import { I18nContext, i18nFor } from './use-i18n';

function DueDate({ locale, initial }: { locale: AppLocale; initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nContext.Provider value={i18nFor(locale)}>
      <label htmlFor="due">Due date</label>
      <DateInput
        id="due"
        value={value}
        aria-describedby="due-help"
        onChange={(e) => setValue(e.target.value)}
      />
      <p id="due-help">When the payment is due</p>
    </I18nContext.Provider>
  );
}

describe('DateInput', () => {
  it('writes the chosen date out in the app’s language and is described by it', () => {
    render(<DueDate locale="vi" initial="2026-12-07" />);
    const input = screen.getByLabelText('Due date');
    expect(input).toHaveAttribute('type', 'date');
    expect(input).toHaveAttribute('lang', 'vi');
    expect(input).toHaveAccessibleName('Due date');
    expect(input).toHaveAccessibleDescription('When the payment is due Thứ Hai, 7 tháng 12, 2026');
    fireEvent.change(input, { target: { value: '2027-01-15' } });
    expect(input).toHaveAccessibleDescription(/Thứ Sáu, 15 tháng 1, 2027$/);
  });

  it('shows nothing beside an empty input', () => {
    render(<DueDate locale="zh" initial="" />);
    const input = screen.getByLabelText('Due date');
    expect(input).toHaveAttribute('lang', 'zh');
    expect(input).toHaveAccessibleDescription('When the payment is due');
    expect(document.querySelector('output')).toBeNull();
  });
});
