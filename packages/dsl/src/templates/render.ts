import type { FactsView } from '../facts/facts';

export interface TemplateError {
  message: string;
  line?: number;
  column?: number;
}

/** STUB: renders a Liquid template with money/date filters in the borrower's locale and time zone. */
export function renderTemplate(input: {
  template: string;
  locale: string;
  facts: FactsView;
}): { ok: true; text: string } | { ok: false; error: TemplateError } {
  void input;
  throw new Error('not implemented');
}

/** STUB: the fact paths a template reads ("borrower.firstName"), or its syntax error. */
export function templateVariables(
  template: string,
): { ok: true; variables: string[] } | { ok: false; error: TemplateError } {
  void template;
  throw new Error('not implemented');
}

/**
 * STUB: which of a journey's locales a borrower reads: exact tag, then same language
 * ("es-MX" → "es"), then the journey's default.
 */
export function pickLocale(
  requested: string,
  available: readonly string[],
  defaultLocale: string,
): string {
  void requested;
  void available;
  return defaultLocale;
}
