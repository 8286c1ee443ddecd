import {
  ChartLine,
  ListChecks,
  Settings,
  UserSearch,
  Workflow,
  type LucideIcon,
} from 'lucide-react';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../api/access-types';
import type { MessageKey } from '../i18n/message-keys';

/**
 * One screen of the web app: where it lives, how the navigation shows it, who may open it, and
 * its code (loaded when first opened). A screen owns every path under its own (`/journeys/…`).
 */
export interface Screen {
  path: `/${string}`;
  /** The navigation's name for it, in the chosen language. */
  labelId: MessageKey;
  icon: LucideIcon;
  roles: readonly Role[];
  component: LazyExoticComponent<ComponentType>;
}

/**
 * The screens, in the order the navigation shows them: Journeys, Results, Tasks, Borrowers,
 * Settings. A new screen is one entry here and one folder (`results/`, `tasks/`, …); a screen
 * that does not exist yet has no entry, so no link leads nowhere. Admins see every screen.
 */
export const screens: readonly Screen[] = [
  {
    path: '/journeys',
    labelId: 'shell.screen.journeys',
    icon: Workflow,
    roles: ['designer', 'admin'],
    component: lazy(() =>
      import('../journeys/JourneysScreen').then((m) => ({ default: m.JourneysScreen })),
    ),
  },
  {
    path: '/results',
    labelId: 'shell.screen.results',
    icon: ChartLine,
    roles: ['designer', 'admin'],
    component: lazy(() =>
      import('../results/ResultsScreen').then((m) => ({ default: m.ResultsScreen })),
    ),
  },
  {
    path: '/tasks',
    labelId: 'shell.screen.tasks',
    icon: ListChecks,
    roles: ['agent', 'admin'],
    component: lazy(() => import('../tasks/TasksScreen').then((m) => ({ default: m.TasksScreen }))),
  },
  {
    path: '/borrowers',
    labelId: 'shell.screen.borrowers',
    icon: UserSearch,
    roles: ['agent', 'admin'],
    component: lazy(() =>
      import('../borrowers/BorrowersScreen').then((m) => ({ default: m.BorrowersScreen })),
    ),
  },
  {
    path: '/settings',
    labelId: 'shell.screen.settings',
    icon: Settings,
    roles: ['admin'],
    component: lazy(() =>
      import('../settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
    ),
  },
];

/** The screens a role may open, in navigation order. */
export const screensFor = (role: Role): Screen[] => screens.filter((s) => s.roles.includes(role));

/** The screen that owns a path (`/journeys/abc` → Journeys), whoever may open it. */
export const screenAt = (path: string): Screen | undefined =>
  screens.find((s) => path === s.path || path.startsWith(`${s.path}/`));
