import { useEffect } from 'react';
import { copySelection, pasteClip, storedClip } from '../document/clipboard';
import { redo, undo } from '../document/history';

/** True when the key press belongs to a text field (or Monaco), not to the canvas. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('.monaco-editor') !== null
  );
}

/**
 * Undo (Ctrl/⌘+Z), redo (Ctrl/⌘+Shift+Z or Ctrl+Y), copy and paste of nodes (Ctrl/⌘+C, V).
 * Text fields keep their own undo and clipboard.
 */
export function useShortcuts(onMessage: (text: string) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typingInField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else if (key === 'c') {
        const copied = copySelection();
        if (copied > 0) onMessage(`Copied ${copied} step${copied === 1 ? '' : 's'}`);
        else return;
      } else if (key === 'v') {
        const clip = storedClip();
        if (!clip) return;
        const pasted = pasteClip(clip);
        onMessage(`Pasted ${pasted} step${pasted === 1 ? '' : 's'}`);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onMessage]);
}
