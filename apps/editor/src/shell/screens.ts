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

/**
 * One screen of the web app: where it lives, how the navigation shows it, who may open it, and
 * its code (loaded when first opened). A screen owns every path under its own (`/journeys/…`).
 */
export interface Screen {
  path: `/${string}`;
  label: string;
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
    label: 'Journeys',
    icon: Workflow,
    roles: ['designer', 'admin'],
    component: lazy(() =>
      import('../journeys/JourneysScreen').then((m) => ({ default: m.JourneysScreen })),
    ),
  },
  {
    path: '/results',
    label: 'Results',
    icon: ChartLine,
    roles: ['designer', 'admin'],
    component: lazy(() =>
      import('../results/ResultsScreen').then((m) => ({ default: m.ResultsScreen })),
    ),
  },
  {
    path: '/tasks',
    label: 'Tasks',
    icon: ListChecks,
    roles: ['agent', 'admin'],
    component: lazy(() => import('../tasks/TasksScreen').then((m) => ({ default: m.TasksScreen }))),
  },
  {
    path: '/borrowers',
    label: 'Borrowers',
    icon: UserSearch,
    roles: ['agent', 'admin'],
    component: lazy(() =>
      import('../borrowers/BorrowersScreen').then((m) => ({ default: m.BorrowersScreen })),
    ),
  },
  {
    path: '/settings',
    label: 'Settings',
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
