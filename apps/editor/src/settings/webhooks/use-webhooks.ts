import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/client';
import type { WebhookChange, WebhookInput } from '../../api/webhooks-api';

const subscriptionsKey = ['webhooks'] as const;

/** The subscriptions (no secrets), refreshed every 10 s so a pause by the server shows. */
export function useSubscriptions() {
  const { webhooks } = useApi();
  return useQuery({
    queryKey: subscriptionsKey,
    queryFn: () => webhooks.list(),
    refetchInterval: 10_000,
  });
}

/** One subscription's delivery log, while it is open. */
export function useDeliveries(subscriptionId: string) {
  const { webhooks } = useApi();
  return useQuery({
    queryKey: [...subscriptionsKey, subscriptionId, 'deliveries'],
    queryFn: () => webhooks.deliveries(subscriptionId),
    refetchInterval: 5_000,
  });
}

/** Create, edit, pause/resume and replay; each refreshes what it changed. */
export function useWebhookActions() {
  const { webhooks } = useApi();
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: subscriptionsKey });
  return {
    create: useMutation({
      mutationFn: (input: WebhookInput) => webhooks.create(input),
      onSettled,
    }),
    edit: useMutation({
      mutationFn: (input: { id: string; changes: WebhookChange }) =>
        webhooks.update(input.id, input.changes),
      onSettled,
    }),
    setStatus: useMutation({
      mutationFn: (input: { id: string; status: 'active' | 'paused' }) =>
        webhooks.update(input.id, { status: input.status }),
      onSettled,
    }),
    replay: useMutation({
      mutationFn: (input: { subscriptionId: string; deliveryId: string }) =>
        webhooks.replay(input.subscriptionId, input.deliveryId),
      onSettled,
    }),
  };
}
