import { useState, type InputHTMLAttributes } from 'react';

/**
 * A number field that lets the user clear it and type a new number: the text being typed is
 * kept while the field has focus, and only a complete number is written (an empty field
 * writes nothing until the user leaves it, which then calls `onEmpty`).
 */
export function NumberInput({
  value,
  onNumber,
  onEmpty,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number | undefined;
  onNumber: (value: number) => void;
  onEmpty?: () => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      {...rest}
      type="number"
      value={draft ?? (value === undefined ? '' : String(value))}
      onChange={(event) => {
        setDraft(event.target.value);
        const next = event.target.valueAsNumber;
        if (!Number.isNaN(next)) onNumber(next);
      }}
      onBlur={(event) => {
        if (draft === '') onEmpty?.();
        setDraft(null);
        rest.onBlur?.(event);
      }}
    />
  );
}
