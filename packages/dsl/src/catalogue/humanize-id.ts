/**
 * An identifier in words, for when nobody has named it: "noResponse" → "No response",
 * "handed_to-agent" → "Handed to agent", "payment.received" → "Payment received". Outcome ids
 * and port names are the lender's identifiers; a manager reads words, not camelCase.
 */
export function humanizeId(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .split(/\s+/)
    // An acronym ("SMS", "VIP") keeps its capitals; other words are lower case mid-sentence.
    .map((word) => (/^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
