/** The units the friendly duration input offers, largest first. */
export const durationUnits = [
  { unit: 'weeks', label: 'weeks', iso: (n: number) => `P${n}W` },
  { unit: 'days', label: 'days', iso: (n: number) => `P${n}D` },
  { unit: 'hours', label: 'hours', iso: (n: number) => `PT${n}H` },
  { unit: 'minutes', label: 'minutes', iso: (n: number) => `PT${n}M` },
] as const;
export type DurationUnit = (typeof durationUnits)[number]['unit'];

const patterns: Array<[RegExp, DurationUnit]> = [
  [/^P(\d+)W$/, 'weeks'],
  [/^P(\d+)D$/, 'days'],
  [/^PT(\d+)H$/, 'hours'],
  [/^PT(\d+)M$/, 'minutes'],
];

/**
 * A duration the friendly input can show as "amount unit", or null for anything else
 * (P1DT12H), which the input then shows as ISO text.
 * @example simpleDuration('P2D') // { amount: 2, unit: 'days' }
 */
export function simpleDuration(iso: string): { amount: number; unit: DurationUnit } | null {
  for (const [pattern, unit] of patterns) {
    const match = pattern.exec(iso);
    if (match?.[1]) return { amount: Number(match[1]), unit };
  }
  return null;
}

/** The ISO 8601 text of an amount of a unit. @example durationIso(4, 'hours') // 'PT4H' */
export function durationIso(amount: number, unit: DurationUnit): string {
  const spec = durationUnits.find((u) => u.unit === unit) ?? durationUnits[1];
  return spec.iso(Math.max(0, Math.round(amount)));
}
