import { webhookEventGroups, type WebhookEventType } from '../../api/webhooks-api';

/** The event types a subscription asks for, as checkboxes grouped by what they are about. */
export function EventTypePicker(props: {
  legend: string;
  chosen: ReadonlySet<WebhookEventType>;
  onToggle: (type: WebhookEventType) => void;
}) {
  return (
    <fieldset className="webhook-types">
      <legend className="field-label">{props.legend}</legend>
      {webhookEventGroups.map((group) => (
        <div key={group.label} className="webhook-type-group">
          <span className="webhook-group-label">{group.label}</span>
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
