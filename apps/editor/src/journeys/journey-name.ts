/** Blank or only spaces (zero-width ones too), as the API refuses it (journeys-schemas.ts). */
const blankText = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/**
 * True when a journey name would show as an empty, unclickable row in the list.
 * @example isBlankName('   ') // true
 */
export function isBlankName(name: string): boolean {
  return blankText.test(name);
}
