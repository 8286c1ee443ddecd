import { validateJourney } from '@tandem/dsl';
import { useEffect } from 'react';
import { catalogue } from '../catalogue/catalogue';
import { sameContent, useDocument } from '../document/document-store';
import { writeDocument } from '../document/journey-document';
import { indexProblems, useProblems } from './problems-store';

/** How long the editor waits after the last edit before validating again. */
export const validationDelayMs = 250;

/** Validates the whole journey now and publishes the problems. */
export function validateNow(): void {
  const document = writeDocument(useDocument.getState());
  useProblems.setState(indexProblems(validateJourney(document, catalogue).problems));
}

/**
 * Re-validates the open journey a moment after it stops changing (debounced), so typing and
 * dragging stay smooth while the problems on the canvas and in the list keep up.
 */
export function useValidation(): void {
  useEffect(() => {
    validateNow();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = useDocument.getState();
    const unsubscribe = useDocument.subscribe((state) => {
      // Where cards are drawn is not validated: a drag's drop does not validate 500 steps again.
      if (sameContent(last, state, { positions: false })) return;
      last = state;
      clearTimeout(timer);
      timer = setTimeout(validateNow, validationDelayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
