// The HTML part of an email, made from the plain text a journey author wrote: paragraphs kept,
// links made clickable, everything else escaped. No images or remote styles (nothing to track).
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const url = /\bhttps?:\/\/[^\s<>"']+/g;

/**
 * @example emailHtml('Hi Lan\n\nPick a date: https://x.test/p/abc', 'en') // '<!doctype html>…<a href="https://x.test/p/abc">…'
 */
export function emailHtml(text: string, locale: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((block) => {
      const escaped = escapeHtml(block).replace(url, (href) => `<a href="${href}">${href}</a>`);
      return `<p style="margin:0 0 1em">${escaped.replace(/\n/g, '<br>')}</p>`;
    })
    .join('\n');
  return (
    `<!doctype html><html lang="${escapeHtml(locale)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
    `<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;max-width:36em">\n${paragraphs}\n</body></html>`
  );
}
