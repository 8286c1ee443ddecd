import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { isBlankName } from '../journeys/journey-name';

/**
 * The journey's name in its settings. What is typed stays in the field, but a blank name never
 * reaches the document (the API would refuse the draft and the list would show an empty row):
 * the field says why until a name is typed.
 */
export function JourneyNameField({
  name,
  onRename,
}: {
  name: string;
  onRename: (name: string) => void;
}) {
  const [typed, setTyped] = useState(name);
  const { t } = useI18n();
  const [documentName, setDocumentName] = useState(name);
  // An undo, a restore or the code view can change the name underneath the field.
  if (name !== documentName) {
    setDocumentName(name);
    setTyped(name);
  }
  const blank = isBlankName(typed);

  return (
    <div className="field">
      <label className="field-label" htmlFor="journey-name">
        {t('journeys.new.name')}
      </label>
      <input
        id="journey-name"
        className="input"
        value={typed}
        aria-invalid={blank}
        aria-describedby={blank ? 'journey-name-error' : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          if (!isBlankName(event.target.value)) onRename(event.target.value);
        }}
      />
      {blank && (
        <p id="journey-name-error" className="field-error" role="alert">
          {t('journeys.new.blankName')}
        </p>
      )}
    </div>
  );
}
