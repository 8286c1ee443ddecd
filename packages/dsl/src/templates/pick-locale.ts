/**
 * Which of a journey's locales a borrower reads. In order: the exact tag (case-insensitive);
 * the requested tag with subtags dropped from the end ("zh-Hant-TW" → "zh-Hant" → "zh",
 * "es-MX" → "es"); any available tag of the same language ("en" → "en-GB", "es-MX" → "es-ES");
 * else `defaultLocale`. Returns the tag as the journey spells it. `_` is read as `-`.
 *
 * @example
 * pickLocale('es-MX', ['en', 'es'], 'en')  // 'es'
 * pickLocale('en', ['en-GB', 'vi'], 'vi')  // 'en-GB'
 * pickLocale('fr', ['en', 'vi'], 'en')     // 'en'
 */
export function pickLocale(
  requested: string,
  available: readonly string[],
  defaultLocale: string,
): string {
  const wanted = normalise(requested);
  const byTag = new Map<string, string>();
  for (const tag of available) {
    const key = normalise(tag);
    if (!byTag.has(key)) byTag.set(key, tag);
  }
  const subtags = wanted.split('-');
  for (let length = subtags.length; length > 0; length -= 1) {
    const match = byTag.get(subtags.slice(0, length).join('-'));
    if (match !== undefined) return match;
  }
  const language = subtags[0];
  for (const [key, tag] of byTag) {
    if (key.split('-')[0] === language) return tag;
  }
  return defaultLocale;
}

function normalise(tag: string): string {
  return tag.trim().replaceAll('_', '-').toLowerCase();
}
