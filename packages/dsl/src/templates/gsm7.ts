// The GSM 7-bit default alphabet of 3GPP TS 23.038 §6.2.1, in code order (0x1B, the escape to the
// extension table, is left out: it is not a character a text can contain).
const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

// The default extension table (§6.2.1.1): each is sent as ESC + code, so it costs two septets.
// Form feed (0x0A) is the spec's page break; it belongs here, not in the basic set.
const extension = '\f^{}\\[~]|€';

const basicSet = new Set(basic);
const extensionSet = new Set(extension);

/**
 * Septets a character costs in GSM-7: 1 for the basic alphabet, 2 for the extension table,
 * undefined when the character cannot be sent in GSM-7 at all.
 * @example gsm7Septets('a') // 1;  gsm7Septets('€') // 2;  gsm7Septets('ă') // undefined
 */
export function gsm7Septets(character: string): 1 | 2 | undefined {
  if (basicSet.has(character)) return 1;
  if (extensionSet.has(character)) return 2;
  return undefined;
}
