import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Palette } from './Palette';

function renderPalette() {
  const onAdd = vi.fn();
  const onDropAt = vi.fn();
  render(<Palette onAdd={onAdd} onDropAt={onDropAt} />);
  const entry = screen.getByRole('button', { name: /^Add Reminder/ });
  return { onAdd, onDropAt, entry };
}

const touch = { pointerId: 7, pointerType: 'touch', isPrimary: true };

describe('Palette on a touch screen', () => {
  it('drags an entry with a finger: a ghost follows it and lifting it drops the step there', () => {
    const { onAdd, onDropAt, entry } = renderPalette();
    fireEvent.pointerDown(entry, { ...touch, clientX: 40, clientY: 200 });
    expect(document.querySelector('.palette-ghost')).toBeNull();
    act(() => {
      fireEvent.pointerMove(entry, { ...touch, clientX: 300, clientY: 220 });
    });
    const ghost = document.querySelector<HTMLElement>('.palette-ghost');
    expect(ghost).toHaveTextContent('Reminder');
    expect(ghost?.style.transform).toBe('translate(300px, 220px)');
    act(() => {
      fireEvent.pointerMove(entry, { ...touch, clientX: 620, clientY: 340 });
    });
    fireEvent.pointerUp(entry, { ...touch, clientX: 620, clientY: 340 });
    // The click a browser may send after the finger lifts must not add a second step.
    fireEvent.click(entry);
    expect(onDropAt).toHaveBeenCalledExactlyOnceWith('remind', 620, 340);
    expect(onAdd).not.toHaveBeenCalled();
    expect(document.querySelector('.palette-ghost')).toBeNull();
  });

  it('a tap (no movement past the threshold) adds the step instead', () => {
    const { onAdd, onDropAt, entry } = renderPalette();
    fireEvent.pointerDown(entry, { ...touch, clientX: 40, clientY: 200 });
    fireEvent.pointerMove(entry, { ...touch, clientX: 43, clientY: 202 });
    fireEvent.pointerUp(entry, { ...touch, clientX: 43, clientY: 202 });
    fireEvent.click(entry);
    expect(onDropAt).not.toHaveBeenCalled();
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('remind');
  });

  it('a drag the browser cancels (the palette scrolled instead) drops nothing', () => {
    const { onDropAt, entry } = renderPalette();
    fireEvent.pointerDown(entry, { ...touch, clientX: 40, clientY: 200 });
    act(() => {
      fireEvent.pointerMove(entry, { ...touch, clientX: 60, clientY: 200 });
    });
    fireEvent.pointerCancel(entry, touch);
    fireEvent.pointerUp(entry, { ...touch, clientX: 60, clientY: 200 });
    expect(onDropAt).not.toHaveBeenCalled();
    expect(document.querySelector('.palette-ghost')).toBeNull();
  });

  it('leaves the mouse to HTML drag and drop', () => {
    const { onDropAt, entry } = renderPalette();
    const mouse = { pointerId: 1, pointerType: 'mouse', isPrimary: true };
    fireEvent.pointerDown(entry, { ...mouse, clientX: 40, clientY: 200 });
    fireEvent.pointerMove(entry, { ...mouse, clientX: 600, clientY: 300 });
    fireEvent.pointerUp(entry, { ...mouse, clientX: 600, clientY: 300 });
    expect(onDropAt).not.toHaveBeenCalled();
    expect(entry).toHaveAttribute('draggable', 'true');
  });
});
