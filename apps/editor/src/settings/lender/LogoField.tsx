import { useState } from 'react';

const accepted = ['image/png', 'image/jpeg', 'image/webp'];

/** A logo as a data URL (the portal serves it itself), with a preview and a way to remove it. */
export function LogoField(props: {
  value: string | undefined;
  error: string | undefined;
  onChange: (logo: string | undefined) => void;
}) {
  const [readError, setReadError] = useState<string | null>(null);
  const error = readError ?? props.error;
  const choose = (file: File | undefined) => {
    setReadError(null);
    if (!file) return;
    if (!accepted.includes(file.type)) {
      setReadError('Choose a PNG, JPEG or WebP image.');
      return;
    }
    if (file.size > 140_000) {
      setReadError('Choose an image of at most 140 KB.');
      return;
    }
    const reader = new FileReader();
    reader.onload = () =>
      props.onChange(typeof reader.result === 'string' ? reader.result : undefined);
    reader.onerror = () => setReadError('The image could not be read.');
    reader.readAsDataURL(file);
  };
  return (
    <div className="lender-field">
      <label htmlFor="lender-logo" className="field-label">
        Logo (optional)
      </label>
      <p id="lender-logo-help" className="field-help">
        PNG, JPEG or WebP, at most 140 KB. Shown beside the name at the top of every page.
      </p>
      {error && (
        <p id="lender-logo-error" className="field-error">
          {error}
        </p>
      )}
      <div className="logo-row">
        {props.value && <img className="logo-preview" src={props.value} alt="Current logo" />}
        <input
          id="lender-logo"
          type="file"
          accept={accepted.join(',')}
          aria-describedby={error ? 'lender-logo-help lender-logo-error' : 'lender-logo-help'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => choose(e.target.files?.[0])}
        />
        {props.value && (
          <button type="button" className="button" onClick={() => props.onChange(undefined)}>
            Remove logo
          </button>
        )}
      </div>
    </div>
  );
}
