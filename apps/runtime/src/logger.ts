import pino, { type Logger } from 'pino';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
// E.164 and common national formats: 8+ digits with optional +, spaces, dashes, dots, brackets.
const PHONE = /(?<![\w/-])\+?\(?\d[\d\s().-]{6,}\d(?![\w/-])/g;

// Digit runs the phone pattern also matches but that are no phone number: dates, and IPv4
// addresses (an operator reading "dial tcp [phone]:7233" cannot tell which server failed).
const DATE = /\d{4}-\d{2}-\d{2}/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Replaces email addresses and phone numbers in a string: logs never carry them. */
export function redactText(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(PHONE, (match) => (DATE.test(match) || IPV4.test(match) ? match : '[phone]'));
}

/** The same, through any JSON-like value (keys are kept, string values are scrubbed). */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, depth + 1)]));
}

/**
 * The runtime's logger (pino, JSON lines). Every record and message passes through the
 * redaction above; ids and counts are what we log about borrowers, never their details.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      formatters: { log: (object) => redactValue(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<
              typeof method
            >,
          );
        },
      },
    },
    destination,
  );
}
