import { webhookEventGroups, type WebhookEventType } from '../../api/webhooks-api';
import type { MessageKey } from '../../i18n/message-keys';
import { useI18n } from '../../i18n/use-i18n';

/** The groups' names in the chosen language (a group the list does not know keeps its own). */
const groupNames: Record<string, MessageKey> = {
  Enrollments: 'settings.webhooks.group.enrollments',
  Messages: 'settings.webhooks.group.messages',
  Borrower: 'settings.webhooks.group.borrower',
  Holds: 'settings.webhooks.group.holds',
  Tasks: 'settings.webhooks.group.tasks',
};

/** The event types a subscription asks for, as checkboxes grouped by what they are about. */
export function EventTypePicker(props: {
  legend: string;
  chosen: ReadonlySet<WebhookEventType>;
  onToggle: (type: WebhookEventType) => void;
}) {
  const { t } = useI18n();
  const nameOf = (label: string) => {
    const key = groupNames[label];
    return key ? t(key) : label;
  };
  return (
    <fieldset className="webhook-types">
      <legend className="field-label">{props.legend}</legend>
      {webhookEventGroups.map((group) => (
        <div key={group.label} className="webhook-type-group">
          <span className="webhook-group-label">{nameOf(group.label)}</span>
          <div className="webhook-type-options">
            {group.types.map((type) => (
              <label key={type} className="webhook-type">
                <input
                  type="checkbox"
                  checked={props.chosen.has(type)}
                  onChange={() => props.onToggle(type)}
                />
                <code>{type}</code>
              </label>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
