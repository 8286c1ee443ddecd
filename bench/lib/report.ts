import { cpus, totalmem } from 'node:os';
import type { Stats } from './measure';

/**
 * The header every bench prints first: what ran, on which machine, when. Results without it
 * cannot be compared (docs/benchmarks.md records the same fields).
 * @example printHeader('validate', 'validateJourney + compileJourney on a 1,000-node journey');
 */
export function printHeader(name: string, what: string): void {
  const cpu = cpus();
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  console.log(`\n== bench: ${name} ==`);
  console.log(what);
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown CPU'} · ${cpu.length} cores · ${gib} GiB · ` +
      `node ${process.version} · ${new Date().toISOString()}`,
  );
}

/** "12.3 ms", "1.24 s", "850 µs": three significant figures in a readable unit. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  return `${(ms * 1000).toPrecision(3)} µs`;
}

/** "12,345/s". */
export function formatRate(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US')}/s`;
}

/** "×3.42": how many times the measured work costs its baseline. */
export function formatRatio(measured: number, baseline: number): string {
  return baseline > 0 ? `×${(measured / baseline).toFixed(2)}` : 'n/a';
}

/**
 * Prints rows as an aligned text table: the first column left-aligned, the rest right-aligned.
 * @example printTable(['case', 'median'], [['validate', '12.3 ms']]);
 */
export function printTable(head: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** A table row of timing stats: name, median, p95, min, max, rounds. */
export function statsRow(name: string, stats: Stats): string[] {
  return [
    name,
    formatMs(stats.median),
    formatMs(stats.p95),
    formatMs(stats.min),
    formatMs(stats.max),
    String(stats.samples),
  ];
}
export const statsHead = ['case', 'median', 'p95', 'min', 'max', 'rounds'];

/**
 * Prints PASS or MISS of a measured value against its target (lower is better). A bench only
 * reports: it never fails the process, so the exit code stays 0 either way.
 * @example printVerdict('median under 50 ms', 31.2, 50, formatMs) // "PASS  median under 50 ms: 31.2 ms (target 50.0 ms)"
 */
export function printVerdict(
  label: string,
  value: number,
  target: number,
  format: (v: number) => string,
): void {
  const verdict = value <= target ? 'PASS' : 'MISS';
  console.log(`${verdict}  ${label}: ${format(value)} (target ${format(target)})`);
}
