// Phone numbers and email addresses as an agent sees them until they ask to reveal them (an
// audited act): enough to recognise ("•••• 4567", "l•••@example.com"), not enough to dial.

/**
 * @example maskAddress('+15551234567') // "•••• 4567"
 * @example maskAddress('lan@example.com') // "l•••@example.com"
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at > 0) return `${address.slice(0, 1)}•••${address.slice(at)}`;
  const digits = address.replace(/\D/g, '');
  if (digits.length >= 7) return `•••• ${digits.slice(-4)}`;
  return '••••';
}
