import { useId, type InputHTMLAttributes } from 'react';
import { localDateText } from './local-date-text';
import { useI18n } from './use-i18n';

export type DateInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'lang'
> & {
  type?: 'date' | 'datetime-local';
  value: string;
};

/**
 * A native date (or date-and-time) input that speaks the chosen app language. Browsers draw the
 * input in their own locale whatever the page says (Chromium ignores `lang` there), so below it
 * the chosen date is written out in the app's language, weekday and month by name, and the input
 * is described by it. Label it with `htmlFor`, not by wrapping: inside a label the words would
 * join the label's text.
 * @example <label htmlFor="due">Due date</label><DateInput id="due" value={due} onChange={…} />
 */
export function DateInput({ type = 'date', value, ...input }: DateInputProps) {
  const { locale } = useI18n();
  const previewId = useId();
  const preview = localDateText(value, locale);
  const describedBy =
    [input['aria-describedby'], preview ? previewId : undefined].filter(Boolean).join(' ') ||
    undefined;
  return (
    <span className="date-input">
      <input {...input} type={type} value={value} lang={locale} aria-describedby={describedBy} />
      {preview && (
        <output id={previewId} className="date-preview" aria-hidden="true">
          {preview}
        </output>
      )}
    </span>
  );
}
