import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDocument } from '../document/document-store';
import { openDocument, smallJourney } from '../test-fixtures';
import { useProblems } from './problems-store';
import { useValidation, validationDelayMs } from './use-validation';

function Validating() {
  useValidation();
  return null;
}

/** How many times the problems were published (each validation publishes once). */
function countValidations(): { count: () => number; stop: () => void } {
  let count = 0;
  const stop = useProblems.subscribe(() => (count += 1));
  return { count: () => count, stop };
}

describe('validating the open journey', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    openDocument(smallJourney());
  });
  afterEach(() => vi.useRealTimers());

  it('does not validate again when only where cards are drawn changes (a drag’s drop)', () => {
    render(<Validating />);
    const validations = countValidations();
    act(() =>
      useDocument.setState((s) => ({
        nodes: s.nodes.map((n) => ({ ...n, position: { x: n.position.x + 40, y: 7 } })),
      })),
    );
    act(() => {
      vi.advanceTimersByTime(validationDelayMs * 2);
    });
    validations.stop();
    expect(validations.count()).toBe(0);
  });

  it('validates again a moment after a step itself changes', () => {
    render(<Validating />);
    const validations = countValidations();
    act(() =>
      useDocument.setState((s) => ({
        nodes: s.nodes.map((n) => (n.id === 'wait' ? { ...n, data: { ...n.data } } : n)),
      })),
    );
    act(() => {
      vi.advanceTimersByTime(validationDelayMs * 2);
    });
    validations.stop();
    expect(validations.count()).toBe(1);
  });
});
