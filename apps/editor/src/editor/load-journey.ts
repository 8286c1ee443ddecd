import type { StoredJourney } from '../api/journey-types';
import { estimatedCardSize } from '../canvas/card-size';
import { autoLayout } from '../document/auto-layout';
import { useDocument } from '../document/document-store';
import { resetHistory } from '../document/history';
import { readDocument, writeDocument } from '../document/journey-document';

/**
 * Opens a stored journey on the canvas with a fresh undo history. A draft without a layout is
 * laid out once. Returns the saved text the autosaver compares against, or the reason the
 * draft cannot be drawn.
 */
export function openJourney(
  stored: StoredJourney,
): { ok: true; savedText: string } | { ok: false; message: string } {
  const reading = readDocument(stored.draft);
  if (!reading.ok) return reading;
  const savedText = JSON.stringify(writeDocument(reading.document));
  const document = reading.document.hasLayout
    ? reading.document
    : {
        ...reading.document,
        nodes: autoLayout(reading.document.nodes, reading.document.edges, estimatedCardSize),
        hasLayout: true,
      };
  useDocument.setState(document, true);
  resetHistory();
  return { ok: true, savedText };
}
