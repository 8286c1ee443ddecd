// What an error log line may say about an error: its class, its code and where in our code it
// was thrown. Never its message: a driver's message quotes the failed SQL with its parameters
// (names, phones, amounts), and a validation message may quote the input.

export interface ErrorLogFields {
  errorClass: string;
  /** A machine code when there is one (a Postgres SQLSTATE such as "22P05", ECONNREFUSED). */
  code?: string;
  /** The same for the error's cause (drizzle wraps the driver's error). */
  cause?: { errorClass: string; code?: string };
  /** Stack frames without the message line: file and line numbers only. */
  frames?: string[];
}

const classOf = (error: unknown): string =>
  error instanceof Error ? error.constructor.name || error.name : typeof error;

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
};

/**
 * The loggable facts of an error, free of personal data.
 * @example logger.error({ ...errorLogFields(e), requestId, route }, 'request failed')
 */
export function errorLogFields(error: unknown): ErrorLogFields {
  const fields: ErrorLogFields = { errorClass: classOf(error) };
  const code = codeOf(error);
  if (code) fields.code = code;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause !== undefined) {
    const causeCode = codeOf(cause);
    fields.cause = { errorClass: classOf(cause), ...(causeCode ? { code: causeCode } : {}) };
  }
  if (error instanceof Error && error.stack) {
    // Frame lines start with "at "; the first line (and any continuation) is the message.
    fields.frames = error.stack
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('at '))
      .slice(0, 6);
  }
  return fields;
}
