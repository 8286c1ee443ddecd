import { contrastRatio, minimumContrast } from '@tandem/dsl';

const hex = /^#[0-9a-fA-F]{6}$/;

/** The brand colour, with its contrast under white text shown as the lender picks it. */
export function BrandColourField(props: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const valid = hex.test(props.value);
  const ratio = valid ? contrastRatio(props.value, '#ffffff') : null;
  const passes = ratio !== null && ratio >= minimumContrast;
  const describedBy = ['lender-brandColour-help', 'lender-brandColour-contrast'];
  if (props.error) describedBy.push('lender-brandColour-error');
  return (
    <div className="lender-field">
      <label htmlFor="lender-brandColour" className="field-label">
        Brand colour (optional)
      </label>
      <p id="lender-brandColour-help" className="field-help">
        As <code>#rrggbb</code>. The portal&apos;s header and buttons use it under white text, so it
        must reach {minimumContrast}:1 contrast.
      </p>
      {props.error && (
        <p id="lender-brandColour-error" className="field-error">
          {props.error}
        </p>
      )}
      <div className="colour-row">
        <input
          id="lender-brandColour"
          className="input colour-text"
          value={props.value}
          placeholder="#12344d"
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy.join(' ')}
          onChange={(e) => props.onChange(e.target.value)}
        />
        <input
          type="color"
          aria-label="Pick the brand colour"
          value={valid ? props.value.toLowerCase() : '#12344d'}
          onChange={(e) => props.onChange(e.target.value)}
        />
        {/* A swatch, no text: the line below says whether white text on it is readable. */}
        {valid && (
          <span className="colour-sample" aria-hidden="true" style={{ background: props.value }} />
        )}
      </div>
      <p id="lender-brandColour-contrast" className={passes ? 'field-help' : 'field-error'}>
        {ratio === null
          ? props.value
            ? 'Write the colour as #rrggbb.'
            : 'No brand colour: the portal uses its own dark blue.'
          : `Contrast with white text: ${ratio.toFixed(1)}:1 — ${passes ? 'readable' : 'too faint: choose a darker colour'}.`}
      </p>
    </div>
  );
}
