import type { TimelineEntry } from '@tandem/dsl';
import { displayWidth, padEnd, truncate, wrap } from './text-layout';

export interface TableColumn {
  header: string;
  /** Widest the column may get; longer cells are cut with "…". */
  max?: number;
  /** The one column that takes the remaining width and wraps its cells. */
  flex?: boolean;
}

export interface TableOptions {
  /** Terminal width in columns. */
  width: number;
  /** Lines a wrapped cell may take before it is cut with "…". */
  maxLines?: number;
  /** The flex column never gets narrower than this, even if the table then overflows. */
  minFlexWidth?: number;
}

const GAP = '  ';

/**
 * Lays out rows as a plain-text table: fixed columns sized to their content (capped by `max`),
 * the flex column filling the rest of the width and wrapping onto continuation lines.
 * @example formatTable([{ header: 'kind' }, { header: 'text', flex: true }], [['sent', 'Hi Lan']], { width: 40 })
 */
export function formatTable(
  columns: TableColumn[],
  rows: string[][],
  options: TableOptions,
): string[] {
  const widths = columns.map((column, i) =>
    column.flex
      ? 0
      : Math.min(
          column.max ?? Infinity,
          Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[i] ?? ''))),
        ),
  );
  const flexIndex = columns.findIndex((column) => column.flex);
  if (flexIndex >= 0) {
    const used = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (columns.length - 1);
    widths[flexIndex] = Math.max(options.minFlexWidth ?? 20, options.width - used);
  }
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => padEnd(cell, widths[i] ?? 0))
      .join(GAP)
      .trimEnd();

  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w)))];
  for (const row of rows) {
    const cells = columns.map((column, i) => {
      const cell = row[i] ?? '';
      const width = widths[i] ?? 0;
      return column.flex ? wrap(cell, width, options.maxLines ?? 4) : [truncate(cell, width)];
    });
    const height = Math.max(...cells.map((c) => c.length));
    for (let n = 0; n < height; n++) out.push(line(cells.map((c) => c[n] ?? '')));
  }
  return out;
}

const handling: Record<string, string> = {
  exit: 'ends the journey',
  node: 'handled by the node',
  journey: 'recorded',
  ignored: 'ignored',
};

/** What the last column says about an entry: the message text, or why something happened. */
export function describeEntry(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'sent':
      return entry.text ?? '';
    case 'event':
      return `${entry.event ?? 'event'}${entry.reason ? ` (${handling[entry.reason] ?? entry.reason})` : ''}`;
    case 'exit':
      return `→ ${entry.port ?? '?'}`;
    case 'end':
      return `outcome: ${entry.reason ?? '?'}`;
    default:
      return entry.reason ?? '';
  }
}

/** "2026-03-02T09:00:00.000Z" → "2026-03-02 09:00" (the column header says UTC). */
export function utcMinute(instant: string): string {
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;
}

const timelineColumns: TableColumn[] = [
  { header: 'UTC' },
  { header: 'Borrower local' },
  { header: 'Node', max: 22 },
  { header: 'Kind' },
  { header: 'Channel' },
  { header: 'Text / reason', flex: true },
];

/**
 * A simulated timeline as a table for a terminal `width` columns wide; long texts wrap onto up
 * to four lines.
 * @example console.log(formatTimeline(result.timeline, 120).join('\n'))
 */
export function formatTimeline(timeline: TimelineEntry[], width = 120): string[] {
  if (timeline.length === 0) return ['(nothing happened)'];
  const rows = timeline.map((entry) => [
    utcMinute(entry.at),
    entry.localTime,
    entry.nodeId ?? '—',
    entry.kind,
    entry.channel ?? '',
    describeEntry(entry),
  ]);
  return formatTable(timelineColumns, rows, { width, maxLines: 4 });
}
