export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  /** Length in encoding units (GSM-7 septets, counting escaped characters twice; UCS-2 code units). */
  units: number;
  segments: number;
  /** Units per segment for this length (160/153 or 70/67). */
  perSegment: number;
}

/** STUB: SMS encoding and segment count of a rendered text. */
export function smsSegments(text: string): SmsSegments {
  void text;
  throw new Error('not implemented');
}
