// Terminal text layout: widths in columns, not in UTF-16 code units, so Vietnamese with
// combining marks and Chinese (two columns per character) line up in the timeline table.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** East Asian wide and fullwidth ranges (Unicode EAW "W"/"F"), the ones messages actually use. */
const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd], // CJK extensions B and later
];

const emoji = /\p{Extended_Pictographic}/u;

function graphemeWidth(grapheme: string): number {
  const code = grapheme.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (wideRanges.some(([from, to]) => code >= from && code <= to)) return 2;
  return emoji.test(grapheme) ? 2 : 1;
}

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Columns a string takes in a terminal.
 * @example displayWidth('Chào') // 4 (even when the "à" is a + combining grave), displayWidth('退订') // 4
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const g of graphemes(text)) width += graphemeWidth(g);
  return width;
}

/**
 * Cuts a string to at most `width` columns, ending with "…" when something was cut.
 * @example truncate('promise-to-pay', 8) // 'promise…'
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (used + w > width - 1) break;
    out += g;
    used += w;
  }
  return `${out}…`;
}

/** Pads with spaces to `width` columns (never cuts). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Splits a word longer than the line (a URL, a run of Chinese) into line-sized pieces. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const g of graphemes(word)) {
    if (piece !== '' && displayWidth(piece + g) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += g;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Word-wraps text to `width` columns. Newlines in the text are kept; words longer than a line
 * are broken. With `maxLines`, the last kept line ends in "…" when text was left out.
 * @example wrap('Hi Lan, a friendly reminder', 12) // ['Hi Lan, a', 'friendly', 'reminder']
 */
export function wrap(text: string, width: number, maxLines = Infinity): string[] {
  const size = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (displayWidth(candidate) <= size) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = breakWord(word, size);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  const line = kept[last] ?? '';
  kept[last] = displayWidth(line) < size ? `${line}…` : truncate(`${line}…`, size);
  return kept;
}
