import { useState } from 'react';
import type { WebhookEventType } from '../../api/webhooks-api';
import { useI18n } from '../../i18n/use-i18n';

/** What the create and edit forms start from: empty for a new subscription. */
export interface SubscriptionFieldsStart {
  url?: string;
  description?: string | null;
  eventTypes?: readonly WebhookEventType[];
}

/** The subscription fields as a form submits them, trimmed. */
export interface SubscriptionFieldValues {
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
}

/**
 * The state both subscription forms keep: URL, description and chosen event types, and the
 * problem to show when none is chosen (the browser's own checks cover the URL).
 */
export function useSubscriptionFields(start: SubscriptionFieldsStart = {}) {
  const [url, setUrl] = useState(start.url ?? '');
  const [description, setDescription] = useState(start.description ?? '');
  const [chosen, setChosen] = useState<Set<WebhookEventType>>(new Set(start.eventTypes));
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useI18n();

  const toggle = (type: WebhookEventType) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });

  /** The values to send, or null (and the problem shown) when no event type is chosen. */
  const checked = (): SubscriptionFieldValues | null => {
    if (chosen.size === 0) {
      setProblem(t('settings.webhooks.chooseType'));
      return null;
    }
    setProblem(null);
    return { url: url.trim(), description: description.trim(), eventTypes: [...chosen] };
  };

  return { url, setUrl, description, setDescription, chosen, toggle, problem, checked };
}

export type SubscriptionFieldsState = ReturnType<typeof useSubscriptionFields>;
