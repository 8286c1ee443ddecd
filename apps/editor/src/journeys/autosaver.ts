import { sameContent, useDocument } from '../document/document-store';
import { writeDocument } from '../document/journey-document';

export type SaveStatus =
  | { state: 'saved'; at: Date | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string }
  /** Someone saved the draft since it was loaded: nothing is saved until `resume`. */
  | { state: 'conflict' };

export interface Autosaver {
  /** Saves now if anything changed since the last save; resolves when saved. */
  flush(): Promise<void>;
  /** True while the document differs from what the API has. */
  dirty(): boolean;
  /** After a conflict was settled (overwrite): saves again, now. */
  resume(): Promise<void>;
  stop(): void;
}

/**
 * Saves the open document through `save` a moment (`delayMs`) after each change to its
 * content (selection and measuring do not count). Saves are never concurrent: a change during
 * a save is saved right after it. A failed save is reported and retried on the next change; a
 * save refused because the draft changed elsewhere (`isConflict`) stops saving until `resume`,
 * so the editor can ask whether to reload or overwrite instead of retrying into the same refusal.
 */
export function startAutosaver(options: {
  save: (document: Record<string, unknown>) => Promise<unknown>;
  /** What the API has now, as `JSON.stringify(writeDocument(...))`. */
  savedText: string;
  delayMs: number;
  onStatus: (status: SaveStatus) => void;
  isConflict?: (error: unknown) => boolean;
}): Autosaver {
  let saved = options.savedText;
  // Every change during a drag would report "pending" again; the editor re-renders on a new
  // status, so only a different state is passed on.
  let shown: SaveStatus['state'] | null = null;
  const report = (status: SaveStatus) => {
    if (status.state === 'pending' && shown === 'pending') return;
    shown = status.state;
    options.onStatus(status);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let failed = false;
  let conflicted = false;

  const current = () => {
    const document = writeDocument(useDocument.getState());
    return { document, text: JSON.stringify(document) };
  };

  const saveOnce = async (): Promise<void> => {
    if (conflicted) {
      report({ state: 'conflict' });
      return;
    }
    const { document, text } = current();
    if (text === saved) {
      report({ state: 'saved', at: failed ? new Date() : null });
      return;
    }
    report({ state: 'saving' });
    try {
      await options.save(document);
      saved = text;
      failed = false;
      report(current().text === saved ? { state: 'saved', at: new Date() } : { state: 'pending' });
    } catch (error) {
      failed = true;
      if (options.isConflict?.(error)) {
        conflicted = true;
        report({ state: 'conflict' });
        throw error;
      }
      report({
        state: 'error',
        message: error instanceof Error ? error.message : 'not saved',
      });
      throw error;
    }
  };

  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    while (running) await running.catch(() => undefined);
    running = saveOnce().finally(() => {
      running = null;
    });
    return running;
  };

  let last = useDocument.getState();
  const unsubscribe = useDocument.subscribe((state) => {
    if (sameContent(last, state)) return;
    last = state;
    if (conflicted) return;
    report({ state: 'pending' });
    clearTimeout(timer);
    timer = setTimeout(() => void flush().catch(() => undefined), options.delayMs);
  });

  return {
    flush,
    dirty: () => current().text !== saved,
    resume() {
      conflicted = false;
      return flush();
    },
    stop() {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
