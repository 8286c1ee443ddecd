import type { RouteModule } from '../app';
import { borrowersRoutes } from './borrowers';
import { holdsRoutes } from './holds';
import { importsRoutes } from './imports';
import { enrollmentsRoutes } from './enrollments';
import { eventsRoutes } from './events';
import { journeysRoutes } from './journeys';
import { launchesRoutes } from './launches';
import { lenderRoutes } from '../../lender/lender-routes';
import { lessonsRoutes } from '../../lessons/lessons-routes';
import { messagesRoutes } from './messages';
import { statsRoutes } from './stats';
import { experimentsRoutes } from './experiments';
import { resultsRoutes } from './results';
import { tasksRoutes } from './tasks';
import { taskClaimsRoutes } from './task-claims';
import { borrowerPageRoutes } from './borrower-page';
import { borrowerCallsRoutes } from './borrower-calls';
import { borrowerAnswersRoutes } from './borrower-answers';
import { keysRoutes } from './keys';
import { sessionRoutes } from './session';
import { auditRoutes } from './audit';
import { webhookRoutes } from '../../webhooks/webhook-routes';

/** Every route module of the API, in the order they appear in the OpenAPI document. */
export const apiRoutes: RouteModule[] = [
  journeysRoutes,
  statsRoutes,
  experimentsRoutes,
  launchesRoutes,
  resultsRoutes,
  borrowersRoutes,
  importsRoutes,
  holdsRoutes,
  enrollmentsRoutes,
  eventsRoutes,
  messagesRoutes,
  tasksRoutes,
  taskClaimsRoutes,
  borrowerPageRoutes,
  borrowerCallsRoutes,
  borrowerAnswersRoutes,
  lessonsRoutes,
  lenderRoutes,
  webhookRoutes,
  keysRoutes,
  sessionRoutes,
  auditRoutes,
];
