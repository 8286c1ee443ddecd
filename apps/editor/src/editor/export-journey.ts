import { useDocument } from '../document/document-store';
import { writeDocument } from '../document/journey-document';

/** Downloads the journey as `<id>.journey.json` (the same file `npm run journey` reads). */
export function exportJourney(): void {
  const document = writeDocument(useDocument.getState());
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `${useDocument.getState().meta.id || 'journey'}.journey.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
