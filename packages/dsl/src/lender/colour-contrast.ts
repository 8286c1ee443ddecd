// WCAG 2.x contrast between two sRGB colours. The portal puts white text on the lender's brand
// colour (its header bar and buttons), so a colour below AA for normal text is refused.

/** AA for normal-size text. */
export const minimumContrast = 4.5;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/**
 * The contrast ratio (1–21) between two `#rrggbb` colours.
 * @example contrastRatio('#0b5cad', '#ffffff') // ≈ 6.6
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
