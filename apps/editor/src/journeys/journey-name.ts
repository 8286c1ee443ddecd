/** Blank or only spaces (zero-width ones too), as the API refuses it (journeys-schemas.ts). */
const blankText = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/** Why a journey name is refused, said the way the form shows it. */
export const blankNameMessage = 'A journey needs a name: it cannot be blank or only spaces.';

/**
 * True when a journey name would show as an empty, unclickable row in the list.
 * @example isBlankName('   ') // true
 */
export function isBlankName(name: string): boolean {
  return blankText.test(name);
}
