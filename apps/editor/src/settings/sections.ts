import { Building2, KeyRound, Webhook, type LucideIcon } from 'lucide-react';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../api/access-types';
import type { MessageKey } from '../i18n/message-keys';

/** One part of Settings: API keys, the lender's identity, webhooks to the lender's systems. */
export interface SettingsSection {
  path: `/settings/${string}`;
  /** The section's name, as a message id (shown in the chosen language). */
  label: MessageKey;
  icon: LucideIcon;
  roles: readonly Role[];
  component: LazyExoticComponent<ComponentType>;
}

export const settingsSections: readonly SettingsSection[] = [
  {
    path: '/settings/keys',
    label: 'settings.section.keys',
    icon: KeyRound,
    roles: ['admin'],
    component: lazy(() => import('./keys/ApiKeys').then((m) => ({ default: m.ApiKeys }))),
  },
  {
    path: '/settings/lender',
    label: 'settings.section.lender',
    icon: Building2,
    roles: ['admin'],
    component: lazy(() =>
      import('./lender/LenderSettingsSection').then((m) => ({ default: m.LenderSettingsSection })),
    ),
  },
  {
    path: '/settings/webhooks',
    label: 'settings.section.webhooks',
    icon: Webhook,
    roles: ['admin'],
    component: lazy(() =>
      import('./webhooks/WebhookSettings').then((m) => ({ default: m.WebhookSettings })),
    ),
  },
];
