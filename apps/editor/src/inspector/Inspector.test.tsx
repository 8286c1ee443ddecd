import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDocument } from '../document/document-store';
import { selectOnly } from '../document/node-actions';
import { openDocument, smallJourney } from '../test-fixtures';
import { validateNow } from '../validation/use-validation';
import { Inspector } from './Inspector';

const node = (id: string) => useDocument.getState().nodes.find((n) => n.id === id);

describe('Inspector', () => {
  beforeEach(() => openDocument(smallJourney()));

  it('shows the journey settings when no step is selected', () => {
    render(<Inspector />);
    expect(screen.getByRole('heading', { name: 'Journey settings' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Small');
    expect(screen.getByLabelText('First step')).toHaveValue('wait');
  });

  it('keeps a blank journey name out of the document and says why', async () => {
    render(<Inspector />);
    const name = screen.getByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, '   ');
    expect(useDocument.getState().meta.name).toBe('Small');
    expect(screen.getByRole('alert')).toHaveTextContent('cannot be blank or only spaces');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(name, 'Gentle');
    expect(useDocument.getState().meta.name).toBe('   Gentle');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('edits the selected step’s config in the document', async () => {
    act(() => selectOnly(['hello']));
    render(<Inspector />);
    expect(screen.getByRole('heading', { name: 'Reminder' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'whatsapp' } });
    expect(node('hello')?.data.config.channel).toBe('whatsapp');
    await userEvent.type(screen.getByLabelText('Name on the canvas'), 'Hello');
    expect(node('hello')?.data.label).toBe('Hello');
  });

  it('offers each choice by its name in English, never its raw value', () => {
    act(() => selectOnly(['wait']));
    const { unmount } = render(<Inspector />);
    const modes = [...screen.getByLabelText('Mode').querySelectorAll('option')];
    expect(modes.map((o) => [o.value, o.textContent])).toEqual([
      ['duration', 'For a length of time'],
      ['untilDate', 'Until a date'],
    ]);
    unmount();
    act(() => selectOnly(['hello']));
    render(<Inspector />);
    expect(screen.getByRole('option', { name: 'Self-service portal' })).toHaveValue('portal');
    expect(screen.getByRole('option', { name: 'Confirmation' })).toHaveValue('confirmation');
  });

  it('shows the validator’s problems on the field they are about, and clears them when fixed', async () => {
    openDocument(
      smallJourney({
        nodes: [{ id: 'hello', type: 'remind', config: { message: { en: 'Hi' } }, next: {} }],
        start: 'hello',
      }),
    );
    act(() => {
      selectOnly(['hello']);
      validateNow();
    });
    render(<Inspector />);
    await userEvent.click(screen.getByRole('tab', { name: /vi/ }));
    const vi = screen.getByLabelText('Message (vi)');
    expect(screen.getByText(/“vi”/)).toBeInTheDocument();
    await userEvent.type(vi, 'Chào');
    act(() => validateNow());
    expect(screen.queryByText(/“vi”/)).toBeNull();
  });

  it('builds branch rules with the condition builder', async () => {
    openDocument(
      smallJourney({
        nodes: [{ id: 'pick', type: 'branch', config: {}, next: {} }],
        start: 'pick',
      }),
    );
    act(() => selectOnly(['pick']));
    render(<Inspector />);
    await userEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(node('pick')?.data.config).toEqual({
      rules: [
        { port: 'rule1', when: { all: [{ fact: 'account.daysPastDue', op: 'gte', value: 30 }] } },
      ],
    });
    expect(screen.getByLabelText('Fact')).toHaveValue('account.daysPastDue');
  });

  it('renames a step, and the connections follow', async () => {
    act(() => selectOnly(['wait']));
    render(<Inspector />);
    const id = screen.getByLabelText('Step id');
    await userEvent.clear(id);
    await userEvent.type(id, 'pause{Enter}');
    expect(useDocument.getState().meta.start).toBe('pause');
    expect(useDocument.getState().edges.find((e) => e.source === 'pause')?.target).toBe('hello');
  });

  it('connects ports from the keyboard, checked like a drawn connection', () => {
    act(() => selectOnly(['hello']));
    render(<Inspector />);
    const sent = screen.getByLabelText('Sent');
    expect(sent).toHaveValue('bye');
    fireEvent.change(sent, { target: { value: 'wait' } });
    expect(useDocument.getState().edges.find((e) => e.id === 'hello:sent')?.target).toBe('wait');
    fireEvent.change(screen.getByLabelText('Not sent (optional)'), { target: { value: 'bye' } });
    expect(useDocument.getState().edges.find((e) => e.id === 'hello:failed')?.target).toBe('bye');
    fireEvent.change(sent, { target: { value: '' } });
    expect(useDocument.getState().edges.find((e) => e.id === 'hello:sent')).toBeUndefined();
  });

  it('refuses a loop with no waiting step from the port list', () => {
    openDocument(
      smallJourney({
        nodes: [
          { id: 'pick', type: 'branch', config: {}, next: { else: 'split' } },
          { id: 'split', type: 'split', config: {}, next: {} },
        ],
        start: 'pick',
      }),
    );
    act(() => selectOnly(['split']));
    render(<Inspector />);
    fireEvent.change(screen.getByLabelText('a (50%)'), { target: { value: 'pick' } });
    expect(screen.getByRole('alert')).toHaveTextContent('loop');
    expect(useDocument.getState().edges.find((e) => e.id === 'split:a')).toBeUndefined();
  });
});
