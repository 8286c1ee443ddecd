import { defineNode } from '@tandem/nodes';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shownFields } from '../catalogue/catalogue';
import { useDocument } from '../document/document-store';
import { selectOnly } from '../document/node-actions';
import { openDocument, smallJourney } from '../test-fixtures';
import { Inspector } from './Inspector';

const waitConfig = () => useDocument.getState().nodes.find((n) => n.id === 'wait')?.data.config;

describe('fields that do not apply are hidden', () => {
  beforeEach(() => openDocument(smallJourney()));

  it('a wait for a duration shows no date fields; switching to a date swaps them', () => {
    act(() => selectOnly(['wait']));
    render(<Inspector />);
    expect(screen.getByLabelText('For')).toBeInTheDocument();
    expect(screen.queryByLabelText('Fact')).toBeNull();
    expect(screen.queryByLabelText('At local time')).toBeNull();

    fireEvent.change(screen.getByLabelText('Mode'), { target: { value: 'untilDate' } });
    expect(screen.getByLabelText('Fact')).toBeInTheDocument();
    expect(screen.getByLabelText('At local time')).toBeInTheDocument();
    expect(screen.queryByLabelText('For')).toBeNull();
    // The hidden duration is kept, so switching back brings it back as it was.
    expect(waitConfig()).toMatchObject({ mode: 'untilDate', for: 'P2D' });
    fireEvent.change(screen.getByLabelText('Mode'), { target: { value: 'duration' } });
    expect(screen.getByLabelText('For')).toBeInTheDocument();
    expect(screen.queryByLabelText('Fact')).toBeNull();
  });

  it('a custom node hides its own fields with the same hint', () => {
    const lookup = defineNode({
      type: 'acme.lookup',
      version: 1,
      waits: false,
      config: z.object({
        source: z.enum(['bureau', 'manual']).default('bureau'),
        bureau: z.string().default('experian'),
      }),
      ports: [{ name: 'done' }],
      ui: {
        label: 'Lookup',
        category: 'custom',
        icon: 'gauge',
        colour: '#7c3aed',
        help: 'Looks a borrower up',
        fieldShown: (field, c) => field !== 'bureau' || c.source === 'bureau',
      },
      behaviour: { enter: () => ({ kind: 'exit', port: 'done' }) },
    });
    expect(shownFields(lookup, {})('bureau')).toBe(true);
    expect(shownFields(lookup, { source: 'manual' })('bureau')).toBe(false);
    expect(shownFields(lookup, { source: 'manual' })('source')).toBe(true);
    // A config that does not parse shows everything, so what is wrong can be fixed.
    expect(shownFields(lookup, { source: 'fax' })('bureau')).toBe(true);
  });
});
