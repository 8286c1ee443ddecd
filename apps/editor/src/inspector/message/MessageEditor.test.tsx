import type { LocalizedText } from '@tandem/dsl';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext, i18nFor } from '../../i18n/use-i18n';
import { MessageEditor } from './MessageEditor';

function Harness({
  initial,
  onChange,
  channel = 'sms',
}: {
  initial: LocalizedText;
  onChange?: (v: LocalizedText) => void;
  channel?: string;
}) {
  const [value, setValue] = useState(initial);
  return (
    <MessageEditor
      value={value}
      locales={['en', 'vi']}
      channel={channel}
      label="Message"
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
    />
  );
}

describe('MessageEditor', () => {
  it('has one tab per journey language, and marks the ones not written yet', async () => {
    render(<Harness initial={{ en: 'Hello' }} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['en', 'vi']);
    expect(screen.getByRole('tab', { name: /vi/ })).toContainElement(
      screen.getByLabelText('not written yet'),
    );
    await userEvent.click(screen.getByRole('tab', { name: /vi/ }));
    expect(screen.getByRole('tab', { name: /vi/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('Message (vi)')).toHaveValue('');
  });

  it('writes what is typed into the selected language only', async () => {
    const onChange = vi.fn();
    render(<Harness initial={{ en: 'Hello', vi: '' }} onChange={onChange} />);
    await userEvent.click(screen.getByRole('tab', { name: /vi/ }));
    await userEvent.type(screen.getByLabelText('Message (vi)'), 'Chào');
    expect(onChange).toHaveBeenLastCalledWith({ en: 'Hello', vi: 'Chào' });
  });

  it('inserts a variable from the fact list at the cursor, with the money filter for amounts', () => {
    const onChange = vi.fn();
    render(<Harness initial={{ en: 'Due: !', vi: 'x' }} onChange={onChange} />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Message (en)');
    area.setSelectionRange(5, 5);
    fireEvent.change(screen.getByLabelText('Insert variable'), {
      target: { value: 'account.amountDue' },
    });
    expect(onChange).toHaveBeenLastCalledWith({
      en: 'Due: {{ account.amountDue | money }}!',
      vi: 'x',
    });
  });

  it('previews the message for a sample borrower who reads that language', async () => {
    render(
      <Harness
        initial={{
          en: 'Hi {{ borrower.firstName }}',
          vi: 'Chào {{ borrower.firstName }}, {{ account.amountDue | money }}',
        }}
      />,
    );
    expect(screen.getByTestId('message-preview')).toHaveTextContent(/^Hi \S+$/);
    await userEvent.click(screen.getByRole('tab', { name: /vi/ }));
    expect(screen.getByTestId('message-preview')).toHaveTextContent('Chào Lan, 2.500.000 ₫');
  });

  it('shows template errors instead of a preview', () => {
    render(<Harness initial={{ en: 'Hi {{ borrower.firstName | nope }}', vi: 'x' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/nope/);
  });

  it('counts SMS length and segments as the user types: GSM-7, then UCS-2 for Vietnamese', async () => {
    render(<Harness initial={{ en: 'a'.repeat(160), vi: '' }} />);
    expect(screen.getByTestId('sms-count')).toHaveTextContent('160 chars · GSM-7 · 1 segment');
    await userEvent.type(screen.getByLabelText('Message (en)'), 'b');
    expect(screen.getByTestId('sms-count')).toHaveTextContent('161 chars · GSM-7 · 2 segments');
    await userEvent.click(screen.getByRole('tab', { name: /vi/ }));
    await userEvent.type(screen.getByLabelText('Message (vi)'), 'Chào bạn');
    expect(screen.getByTestId('sms-count')).toHaveTextContent('8 chars · UCS-2 · 1 segment');
  });

  it('does not count SMS segments for other channels', () => {
    render(<Harness initial={{ en: 'Hello', vi: 'x' }} channel="email" />);
    expect(screen.getByTestId('sms-count')).toHaveTextContent('5 chars');
    expect(screen.getByTestId('sms-count')).not.toHaveTextContent('segment');
  });
});

describe('MessageEditor in the manager’s language', () => {
  it('speaks Vietnamese: its tabs, variables by name, the SMS count and the preview', () => {
    render(
      <I18nContext.Provider value={i18nFor('vi')}>
        <Harness initial={{ en: 'Hi', vi: '' }} />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('tablist', { name: 'Message: ngôn ngữ' })).toBeInTheDocument();
    expect(screen.getByLabelText('chưa viết')).toBeInTheDocument();
    const insert = screen.getByLabelText('Chèn biến');
    expect(
      screen.getByRole('option', { name: 'Số ngày quá hạn — account.daysPastDue' }),
    ).toBeInTheDocument();
    expect(insert).not.toHaveTextContent(/Days past the due date|Insert variable/);
    expect(screen.getByTestId('sms-count')).toHaveTextContent('2 ký tự · GSM-7 · 1 phân đoạn');
    expect(screen.getByText(/^Xem trước cho /)).toBeInTheDocument();
  });
});
