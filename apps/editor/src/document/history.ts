import {
  snapshotOf,
  useDocument,
  type DocumentSnapshot,
  type DocumentState,
} from './document-store';

let lastEdit: { key: string; at: number } | null = null;
const coalesceWindowMs = 1500;

/**
 * Applies one change to the document as one undo step. Edits with the same `coalesceKey` in
 * quick succession (typing in one field) merge into a single step, so undo takes back a word,
 * not a letter.
 * @example edit((s) => ({ meta: { ...s.meta, name } }), 'meta.name')
 */
export function edit(
  change: (state: DocumentState) => Partial<DocumentState>,
  coalesceKey?: string,
): void {
  const history = useDocument.temporal.getState();
  const now = Date.now();
  const merge =
    coalesceKey !== undefined &&
    lastEdit?.key === coalesceKey &&
    now - lastEdit.at < coalesceWindowMs &&
    history.pastStates.length > 0;
  if (merge) history.pause();
  useDocument.setState(change(useDocument.getState()));
  if (merge) history.resume();
  lastEdit = coalesceKey === undefined ? null : { key: coalesceKey, at: now };
}

let beforeGesture: DocumentSnapshot | null = null;

/** Starts a gesture (a drag) whose many intermediate states make one undo step. */
export function beginGesture(): void {
  beforeGesture = snapshotOf(useDocument.getState());
  useDocument.temporal.getState().pause();
}

/** Ends the gesture: one undo step back to where it began, if anything changed. */
export function endGesture(): void {
  const history = useDocument.temporal.getState();
  history.resume();
  const before = beforeGesture;
  beforeGesture = null;
  if (!before) return;
  const after = snapshotOf(useDocument.getState());
  const moved = after.nodes.some((node, i) => {
    const old = before.nodes[i];
    return !old || old.position.x !== node.position.x || old.position.y !== node.position.y;
  });
  if (!moved) return;
  useDocument.temporal.setState({
    pastStates: [...history.pastStates, before].slice(-200),
    futureStates: [],
  });
}

export const undo = () => useDocument.temporal.getState().undo();
export const redo = () => useDocument.temporal.getState().redo();

/** Opens a document with a fresh history (nothing to undo into the previous journey). */
export function resetHistory(): void {
  useDocument.temporal.getState().clear();
  lastEdit = null;
}
