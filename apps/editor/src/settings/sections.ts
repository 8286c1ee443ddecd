import { Building2, KeyRound, Webhook, type LucideIcon } from 'lucide-react';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../api/access-types';

/** One part of Settings: API keys, the lender's identity, webhooks to the lender's systems. */
export interface SettingsSection {
  path: `/settings/${string}`;
  label: string;
  icon: LucideIcon;
  roles: readonly Role[];
  component: LazyExoticComponent<ComponentType>;
}

export const settingsSections: readonly SettingsSection[] = [
  {
    path: '/settings/keys',
    label: 'API keys',
    icon: KeyRound,
    roles: ['admin'],
    component: lazy(() => import('./keys/ApiKeys').then((m) => ({ default: m.ApiKeys }))),
  },
  {
    path: '/settings/lender',
    label: 'Lender',
    icon: Building2,
    roles: ['admin'],
    component: lazy(() =>
      import('./lender/LenderSettingsSection').then((m) => ({ default: m.LenderSettingsSection })),
    ),
  },
  {
    path: '/settings/webhooks',
    label: 'Webhooks',
    icon: Webhook,
    roles: ['admin'],
    component: lazy(() =>
      import('./webhooks/WebhookSettings').then((m) => ({ default: m.WebhookSettings })),
    ),
  },
];
