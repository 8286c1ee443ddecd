import { useDocument } from '../document/document-store';
import { edit } from '../document/history';
import { readDocument, writeDocument, type EditorDocument } from '../document/journey-document';

/** The journey as the code view shows it: journey/v1 JSON, two-space indented. */
export function documentText(document: EditorDocument): string {
  return `${JSON.stringify(writeDocument(document), null, 2)}\n`;
}

/** Why code-view text was refused: not JSON at all, or JSON the canvas cannot draw. */
export type CodeFailure = { kind: 'json' | 'draw'; detail: string; message: string };
export type CodeReading = { ok: true; document: EditorDocument } | ({ ok: false } & CodeFailure);

/**
 * Reads what the user typed in the code view. Text that is not JSON, or JSON that cannot be
 * drawn, is refused with a reason and never reaches the canvas.
 */
export function readCode(text: string): CodeReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'json', detail, message: `Not valid JSON: ${detail}` };
  }
  const reading = readDocument(json);
  return reading.ok
    ? reading
    : {
        ok: false,
        kind: 'draw',
        detail: reading.message,
        message: `Cannot draw this journey: ${reading.message}`,
      };
}

/**
 * Applies code-view text to the canvas as one undo step (a burst of typing merges into one).
 * Nodes keep their measured size and selection where their id survives.
 */
export function applyCode(text: string): CodeReading {
  const reading = readCode(text);
  if (!reading.ok) return reading;
  const before = new Map(useDocument.getState().nodes.map((n) => [n.id, n]));
  const nodes = reading.document.nodes.map((node) => {
    const old = before.get(node.id);
    return old ? { ...node, measured: old.measured, selected: old.selected } : node;
  });
  edit(() => ({ ...reading.document, nodes }), 'code');
  return reading;
}
