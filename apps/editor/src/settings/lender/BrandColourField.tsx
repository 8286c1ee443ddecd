import { contrastRatio, minimumContrast } from '@tandem/dsl';
import { useI18n } from '../../i18n/use-i18n';

const hex = /^#[0-9a-fA-F]{6}$/;

/** The brand colour, with its contrast under white text shown as the lender picks it. */
export function BrandColourField(props: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t, intl } = useI18n();
  const valid = hex.test(props.value);
  const ratio = valid ? contrastRatio(props.value, '#ffffff') : null;
  const passes = ratio !== null && ratio >= minimumContrast;
  const describedBy = ['lender-brandColour-help', 'lender-brandColour-contrast'];
  if (props.error) describedBy.push('lender-brandColour-error');
  return (
    <div className="lender-field">
      <label htmlFor="lender-brandColour" className="field-label">
        {t('settings.lender.colourLabel')}
      </label>
      <p id="lender-brandColour-help" className="field-help">
        {intl.formatMessage(
          { id: 'settings.lender.colourHelp' },
          {
            ratio: intl.formatNumber(minimumContrast),
            code: (chunks) => <code>{chunks}</code>,
          },
        )}
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
          aria-label={t('settings.lender.pickColour')}
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
            ? t('settings.lender.colourFormat')
            : t('settings.lender.noColour')
          : t('settings.lender.contrast', {
              ratio: intl.formatNumber(ratio, {
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
              }),
              passes: passes ? 'true' : 'false',
            })}
      </p>
    </div>
  );
}
