import type { Ref } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { EventTypePicker } from './EventTypePicker';
import type { SubscriptionFieldsState } from './use-subscription-fields';

/**
 * The fields a webhook subscription has, as the create and edit forms both show them: URL and
 * description side by side, a help line the URL field is described by, and the event types.
 */
export function SubscriptionFields({
  urlRef,
  ...props
}: {
  fields: SubscriptionFieldsState;
  /** The help line's id (unique on the page: the edit form is one of many). */
  helpId: string;
  help: string;
  urlPlaceholder?: string;
  urlRef?: Ref<HTMLInputElement>;
}) {
  const { fields } = props;
  const { t } = useI18n();
  return (
    <>
      <div className="new-key-form">
        <label>
          <span className="field-label">{t('settings.webhooks.url')}</span>
          <input
            ref={urlRef}
            className="input"
            type="url"
            required
            placeholder={props.urlPlaceholder}
            value={fields.url}
            onChange={(event) => fields.setUrl(event.target.value)}
            aria-describedby={props.helpId}
          />
        </label>
        <label>
          <span className="field-label">{t('settings.webhooks.description')}</span>
          <input
            className="input"
            maxLength={200}
            value={fields.description}
            onChange={(event) => fields.setDescription(event.target.value)}
          />
        </label>
      </div>
      <p id={props.helpId} className="field-help">
        {props.help}
      </p>
      <EventTypePicker
        legend={t('settings.webhooks.eventTypes')}
        chosen={fields.chosen}
        onToggle={fields.toggle}
      />
    </>
  );
}

/** The form's problem (no event type chosen) or the server's answer, announced. */
export function SubscriptionFormError(props: { problem: string | null; error: string | null }) {
  const message = props.problem ?? props.error;
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
