// What a borrower's reply asks for. A reply that is an opt-out word alone (in any supported
// language) stops that channel; HELP asks who we are. Anything else is just a reply, left to the
// journey (a waitForEvent on reply.received) and to the agents.

/** The FCC's words, and the same intent in Spanish, Vietnamese and Chinese (COMPLIANCE-FACTS). */
const optOutWords = [
  'STOP',
  'STOPALL',
  'QUIT',
  'END',
  'REVOKE',
  'OPT OUT',
  'OPTOUT',
  'CANCEL',
  'UNSUBSCRIBE',
  'BAJA',
  'ALTO',
  'HUY', // also HỦY: diacritics are dropped before matching
  '退订',
  'TD',
];
const helpWords = ['HELP', 'INFO', 'AYUDA', 'TRO GIUP', 'GIUP', '帮助'];

export type ReplyIntent = 'optOut' | 'help' | 'other';

/** Upper case, no diacritics, no surrounding punctuation, single spaces: "  Hủy! " → "HUY". */
export function normaliseReply(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/gi, 'd')
    .toUpperCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * @example replyIntent('Stop.') // 'optOut'
 * @example replyIntent('please stop calling my mother') // 'other' (a person reads it)
 */
export function replyIntent(text: string): ReplyIntent {
  const word = normaliseReply(text);
  if (optOutWords.includes(word)) return 'optOut';
  if (helpWords.includes(word)) return 'help';
  return 'other';
}
