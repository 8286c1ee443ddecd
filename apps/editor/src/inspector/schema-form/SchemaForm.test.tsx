import { defineNode } from '@tandem/nodes';
import { offerPlanNode, remindNode, splitNode, waitNode } from '@tandem/nodes';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nodeText, type NodeText } from '../../catalogue/node-text';
import { SchemaForm } from './SchemaForm';

let latest: Record<string, unknown> | undefined;
function Harness({
  schema,
  initial = {},
  problems = [],
  fieldText,
}: {
  schema: z.ZodType;
  initial?: Record<string, unknown>;
  problems?: Array<{ path: Array<string | number>; message: string }>;
  fieldText?: NodeText['field'];
}) {
  const [value, setValue] = useState(initial);
  return (
    <SchemaForm
      schema={schema}
      value={value}
      locales={['en', 'vi']}
      problems={problems}
      coalesceKey="test"
      {...(fieldText ? { fieldText } : {})}
      onChange={(next) => {
        latest = next;
        setValue(next);
      }}
    />
  );
}

describe('SchemaForm', () => {
  it('labels fields from their names, takes help from descriptions and shows defaults', () => {
    render(<Harness schema={remindNode.config} />);
    expect(screen.getByLabelText('Channel')).toHaveValue('sms');
    expect(screen.getByText('Channel to send on')).toBeInTheDocument();
    expect(screen.getByLabelText('Purpose')).toHaveValue('reminder');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Message (en)').value).toContain(
      'a friendly reminder',
    );
  });

  it('offers enums as selects by their names, with "None" for an optional one', () => {
    render(<Harness schema={remindNode.config} fieldText={nodeText(remindNode, 'en').field} />);
    const fallback = screen.getByLabelText('Fallback channel');
    expect([...fallback.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'None',
      'SMS',
      'WhatsApp',
      'Email',
      'Push notification',
      'Voice call',
    ]);
    expect(fallback.querySelector('option[value="push"]')).toHaveTextContent('Push notification');
    fireEvent.change(fallback, { target: { value: 'email' } });
    expect(latest).toEqual({ fallbackChannel: 'email' });
    fireEvent.change(fallback, { target: { value: '' } });
    expect(latest).toEqual({});
  });

  it('edits durations as amount and unit, written back as ISO 8601', async () => {
    render(<Harness schema={offerPlanNode.config} />);
    const amount = screen.getByLabelText('Respond within');
    expect(amount).toHaveValue(5);
    await userEvent.clear(amount);
    await userEvent.type(amount, '7');
    expect(latest).toMatchObject({ respondWithin: 'P7D' });
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'hours' } });
    expect(latest).toMatchObject({ respondWithin: 'PT7H' });
  });

  it('turns a nullable duration on and off', async () => {
    render(<Harness schema={remindNode.config} />);
    await userEvent.click(screen.getByLabelText('Set Send within'));
    expect(latest).toMatchObject({ sendWithin: 'P1D' });
    await userEvent.click(screen.getByLabelText('Set Send within'));
    expect(latest).toMatchObject({ sendWithin: null });
  });

  it('edits lists of plan options: add, change, remove', async () => {
    render(<Harness schema={offerPlanNode.config} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add option' }));
    expect(latest?.options).toEqual([
      { instalments: 3, frequency: 'monthly', discountPercent: 0, minInstalment: 0 },
      { instalments: 2 },
    ]);
    const instalments = screen.getAllByLabelText('Instalments');
    await userEvent.clear(instalments[1]!);
    await userEvent.type(instalments[1]!, '6');
    expect(latest?.options).toEqual([
      { instalments: 3, frequency: 'monthly', discountPercent: 0, minInstalment: 0 },
      { instalments: 6 },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove option 1' }));
    expect(latest?.options).toEqual([{ instalments: 6 }]);
    // At the schema's minimum (one option) the last one cannot be removed.
    expect(screen.getByRole('button', { name: 'Remove option 1' })).toBeDisabled();
  });

  it('edits a plan label per language, reading an older plain-string label as the first language', async () => {
    render(
      <Harness
        schema={offerPlanNode.config}
        initial={{ options: [{ label: '3 months', instalments: 3 }] }}
      />,
    );
    expect(screen.getByLabelText('Label (en)')).toHaveValue('3 months');
    const languages = screen.getByRole('tablist', { name: 'Label: language' });
    await userEvent.click(within(languages).getByRole('tab', { name: /vi/ }));
    await userEvent.type(screen.getByLabelText('Label (vi)'), '3 tháng');
    expect(latest?.options).toEqual([{ label: { en: '3 months', vi: '3 tháng' }, instalments: 3 }]);
    expect(offerPlanNode.config.safeParse(latest).success).toBe(true);
  });

  it('names new split variants so they are valid ports, and reorders them', async () => {
    render(<Harness schema={splitNode.config} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add variant' }));
    expect(latest?.variants).toEqual([
      { name: 'a', weight: 50 },
      { name: 'b', weight: 50 },
      { name: 'variant3', weight: 0 },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Move variant 3 up' }));
    expect((latest?.variants as Array<{ name: string }>).map((v) => v.name)).toEqual([
      'a',
      'variant3',
      'b',
    ]);
  });

  it('shows problems next to the field they are about', () => {
    render(
      <Harness
        schema={waitNode.config}
        initial={{ mode: 'untilDate', fact: 'borrower.firstName' }}
        problems={[{ path: ['fact'], message: '"borrower.firstName" is not a date fact' }]}
      />,
    );
    expect(screen.getByLabelText('Fact')).toHaveAccessibleDescription(/is not a date fact/);
  });

  it('gives a custom node a complete form with no editor code', async () => {
    const creditCheck = defineNode({
      type: 'acme.creditCheck',
      version: 1,
      waits: false,
      config: z.object({
        bureau: z.enum(['experian', 'equifax']).default('experian').describe('Which bureau to ask'),
        minimumScore: z
          .number()
          .int()
          .min(0)
          .max(999)
          .default(600)
          .describe('Scores below this are "poor"'),
        retryAfter: z
          .string()
          .default('PT4H')
          .describe('Wait before asking again')
          .meta({ format: 'duration' }),
        notify: z.boolean().default(false).describe('Tell the agent'),
      }),
      ports: [{ name: 'good' }, { name: 'poor' }],
      ui: {
        label: 'Credit check',
        category: 'custom',
        icon: 'gauge',
        colour: '#7c3aed',
        help: 'Asks the bureau',
      },
      behaviour: { enter: () => ({ kind: 'exit', port: 'good' }) },
    });
    render(<Harness schema={creditCheck.config} />);
    expect(screen.getByLabelText('Bureau')).toHaveValue('experian');
    // Choices the node does not name read as words, not as the raw value.
    expect(screen.getByRole('option', { name: 'Experian' })).toHaveValue('experian');
    expect(screen.getByText('Which bureau to ask')).toBeInTheDocument();
    expect(screen.getByLabelText('Minimum score')).toHaveValue(600);
    expect(screen.getByLabelText('Retry after')).toHaveValue(4);
    await userEvent.click(screen.getByLabelText('Notify'));
    expect(latest).toEqual({ notify: true });
  });
});
