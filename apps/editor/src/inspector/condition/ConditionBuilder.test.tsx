import type { Condition } from '@tandem/dsl';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nContext, i18nFor } from '../../i18n/use-i18n';
import { ConditionBuilder } from './ConditionBuilder';

let latest: Condition | undefined;
function Harness({ initial }: { initial: Condition }) {
  const [value, setValue] = useState(initial);
  return (
    <ConditionBuilder
      value={value}
      label="When"
      onChange={(next) => {
        latest = next;
        setValue(next);
      }}
    />
  );
}

describe('ConditionBuilder', () => {
  it('shows a comparison as fact, operator and value', () => {
    render(<Harness initial={{ all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] }} />);
    expect(screen.getByLabelText('Fact')).toHaveValue('account.daysPastDue');
    expect(screen.getByLabelText('Comparison')).toHaveValue('gte');
    expect(screen.getByLabelText('Value')).toHaveValue('30');
  });

  it('types values by the fact: a number for days past due, text for a segment', async () => {
    render(<Harness initial={{ all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] }} />);
    await userEvent.clear(screen.getByLabelText('Value'));
    await userEvent.type(screen.getByLabelText('Value'), '45');
    expect(latest).toEqual({ all: [{ fact: 'account.daysPastDue', op: 'gte', value: 45 }] });
    fireEvent.change(screen.getByLabelText('Fact'), { target: { value: 'borrower.segment' } });
    expect(latest).toEqual({ all: [{ fact: 'borrower.segment', op: 'gte', value: '45' }] });
  });

  it('reads "is one of" as a list', async () => {
    render(<Harness initial={{ all: [{ fact: 'borrower.segment', op: 'eq', value: 'vip' }] }} />);
    fireEvent.change(screen.getByLabelText('Comparison'), { target: { value: 'in' } });
    await userEvent.clear(screen.getByLabelText('Value'));
    await userEvent.type(screen.getByLabelText('Value'), 'vip, staff');
    expect(latest).toEqual({
      all: [{ fact: 'borrower.segment', op: 'in', value: ['vip', 'staff'] }],
    });
  });

  it('switches a group between all and any, and adds conditions and nested groups', async () => {
    render(<Harness initial={{ all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] }} />);
    fireEvent.change(screen.getByLabelText('Match'), { target: { value: 'any' } });
    expect(latest).toEqual({ any: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] });
    await userEvent.click(screen.getByRole('button', { name: 'Condition' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'Group' })[0]!);
    expect(latest).toEqual({
      any: [
        { fact: 'account.daysPastDue', op: 'gte', value: 30 },
        { fact: 'account.daysPastDue', op: 'gte', value: 30 },
        { any: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] },
      ],
    });
    expect(screen.getAllByLabelText('Match')).toHaveLength(2);
  });

  it('negates a condition and removes one', async () => {
    render(
      <Harness
        initial={{
          all: [
            { fact: 'account.daysPastDue', op: 'gte', value: 30 },
            { fact: 'borrower.segment', op: 'eq', value: 'vip' },
          ],
        }}
      />,
    );
    const items = screen.getAllByRole('listitem');
    await userEvent.click(within(items[1]!).getByLabelText('not'));
    expect(latest).toEqual({
      all: [
        { fact: 'account.daysPastDue', op: 'gte', value: 30 },
        { not: { fact: 'borrower.segment', op: 'eq', value: 'vip' } },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(latest).toEqual({
      all: [{ not: { fact: 'borrower.segment', op: 'eq', value: 'vip' } }],
    });
  });

  it('takes no value for "is set" and lets the user name a lender attribute', async () => {
    render(<Harness initial={{ all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] }} />);
    fireEvent.change(screen.getByLabelText('Comparison'), { target: { value: 'exists' } });
    expect(latest).toEqual({ all: [{ fact: 'account.daysPastDue', op: 'exists' }] });
    expect(screen.queryByLabelText('Value')).toBeNull();
    fireEvent.change(screen.getByLabelText('Fact'), { target: { value: '__attribute' } });
    await userEvent.type(screen.getByLabelText('Attribute path'), 'vulnerable');
    expect(latest).toEqual({ all: [{ fact: 'borrower.attributes.vulnerable', op: 'exists' }] });
  });

  it('shows a single comparison as a group so another can be added', async () => {
    render(<Harness initial={{ fact: 'journey.promisesBroken', op: 'gt', value: 1 }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Condition' }));
    expect(latest).toEqual({
      all: [
        { fact: 'journey.promisesBroken', op: 'gt', value: 1 },
        { fact: 'account.daysPastDue', op: 'gte', value: 30 },
      ],
    });
  });
});

describe('ConditionBuilder in the manager’s language', () => {
  it('names facts by their name in Chinese, keeping the path for whoever reads the JSON', () => {
    render(
      <I18nContext.Provider value={i18nFor('zh')}>
        <Harness initial={{ all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] }} />
      </I18nContext.Provider>,
    );
    const fact = screen.getByLabelText('字段');
    expect(fact).toHaveValue('account.daysPastDue');
    expect(within(fact).getByRole('option', { name: '逾期天数' })).toBeInTheDocument();
    expect(within(fact).queryByRole('option', { name: 'account.daysPastDue' })).toBeNull();
    expect(fact).toHaveAttribute('title', 'account.daysPastDue');
  });
});
