import { useState } from 'react';

/** A value the form has no input for, edited as JSON; invalid JSON is kept local, not written. */
export function JsonField({
  id,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  describedBy?: string;
}) {
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 2));
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <textarea
        id={id}
        className="input input-code"
        rows={4}
        value={text}
        aria-describedby={describedBy}
        aria-invalid={error !== null}
        onChange={(event) => {
          setText(event.target.value);
          try {
            onChange(JSON.parse(event.target.value));
            setError(null);
          } catch (problem) {
            setError(problem instanceof Error ? problem.message : 'not JSON');
          }
        }}
      />
      {error && <p className="field-problems">{error}</p>}
    </>
  );
}
