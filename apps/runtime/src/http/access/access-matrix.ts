// The one place roles are decided. The access middleware reads it for every /v1 request, the
// OpenAPI document takes each operation's operationId, roles and 401/403 responses from it, and
// docs/api.md's roles table is generated from it (`npm run gen`), so behaviour, spec and docs
// cannot drift. A route that is not listed here cannot be reached (404), whatever its module says.
import type { ApiKeyRole } from '../../db/schema';

/** The roles an operation can grant; `admin` may do everything and is never listed. */
export type WorkRole = Exclude<ApiKeyRole, 'admin'>;
export const workRoles: readonly WorkRole[] = ['designer', 'agent', 'integration'];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * How a caller proves who they are:
 * - `credential` (the default): `Authorization: Bearer <key>` or the session cookie;
 * - `keyOrSignature`: as `credential`, or a body signed with the webhook secret (events);
 * - `signIn`: nothing yet, the key is in the body (POST /v1/session);
 * - `session`: the session cookie only (reading or ending one's own session).
 */
export type AuthKind = 'credential' | 'keyOrSignature' | 'signIn' | 'session';

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** As in the OpenAPI document: `/v1/journeys/{id}`. */
  path: string;
  /** The roles besides admin that may call it; empty: admins only. */
  roles: readonly WorkRole[];
  auth?: AuthKind;
  /** Why the roles are what they are, for the docs table. */
  why: string;
}

const D = 'designer' as const;
const A = 'agent' as const;
const I = 'integration' as const;
const everyone = [D, A, I] as const;

const journeyRead =
  'Journeys hold no personal data; agents look up the journey a borrower is in, integrations check what is live.';
const borrowerData =
  'Personal data: agents serving the borrower and the lender’s systems; not designers. A person’s read is audited.';

/** Every API operation. Order: as the OpenAPI document lists them. */
export const accessMatrix: readonly Operation[] = [
  // --- journeys -----------------------------------------------------------------------------
  {
    operationId: 'createJourney',
    method: 'post',
    path: '/v1/journeys',
    roles: [D],
    why: 'Designing journeys is the designer’s job.',
  },
  {
    operationId: 'listJourneys',
    method: 'get',
    path: '/v1/journeys',
    roles: everyone,
    why: journeyRead,
  },
  {
    operationId: 'getJourney',
    method: 'get',
    path: '/v1/journeys/{id}',
    roles: everyone,
    why: journeyRead,
  },
  {
    operationId: 'saveDraft',
    method: 'put',
    path: '/v1/journeys/{id}/draft',
    roles: [D],
    why: 'Designing journeys is the designer’s job.',
  },
  {
    operationId: 'validateJourney',
    method: 'post',
    path: '/v1/journeys/{id}/validate',
    roles: everyone,
    why: 'Changes nothing and shows no personal data: whoever may read journeys may check one.',
  },
  {
    operationId: 'publishJourney',
    method: 'post',
    path: '/v1/journeys/{id}/publish',
    roles: [D],
    why: 'What borrowers receive is decided by designers (and audited).',
  },
  {
    operationId: 'listVersions',
    method: 'get',
    path: '/v1/journeys/{id}/versions',
    roles: everyone,
    why: journeyRead,
  },
  {
    operationId: 'getVersion',
    method: 'get',
    path: '/v1/journeys/{id}/versions/{version}',
    roles: everyone,
    why: journeyRead,
  },
  {
    operationId: 'restoreVersion',
    method: 'post',
    path: '/v1/journeys/{id}/versions/{version}/restore',
    roles: [D],
    why: 'Writes the draft, so designers only (audited).',
  },
  {
    operationId: 'archiveJourney',
    method: 'post',
    path: '/v1/journeys/{id}/archive',
    roles: [D],
    why: 'Which journeys are in use is the designer’s call (audited).',
  },
  {
    operationId: 'unarchiveJourney',
    method: 'post',
    path: '/v1/journeys/{id}/unarchive',
    roles: [D],
    why: 'Which journeys are in use is the designer’s call (audited).',
  },
  {
    operationId: 'diffJourney',
    method: 'get',
    path: '/v1/journeys/{id}/diff',
    roles: everyone,
    why: journeyRead,
  },
  {
    operationId: 'getVersionStats',
    method: 'get',
    path: '/v1/journeys/{id}/versions/{version}/stats',
    roles: [D, I],
    why: 'Counts without personal data: designers judge their journeys, the lender’s reporting pulls them. Agents work cases, not results.',
  },
  {
    operationId: 'getExperiment',
    method: 'get',
    path: '/v1/journeys/{id}/versions/{version}/experiments/{nodeId}',
    roles: [D, I],
    why: 'Rates per arm without personal data, like the version’s stats: designers judge experiments, reporting pulls them.',
  },
  {
    operationId: 'promoteExperimentArm',
    method: 'post',
    path: '/v1/journeys/{id}/versions/{version}/experiments/{nodeId}/promote',
    roles: [D],
    why: 'Writes the draft, so designers only (audited).',
  },
  // --- launches (a journey's audience) -----------------------------------------------------
  {
    operationId: 'getLaunch',
    method: 'get',
    path: '/v1/journeys/{id}/launch',
    roles: [D, I],
    why: 'Rules and counts without personal data: designers run launches, the lender’s systems check them.',
  },
  {
    operationId: 'saveLaunch',
    method: 'put',
    path: '/v1/journeys/{id}/launch',
    roles: [D],
    why: 'Who enters a journey is decided by designers (audited).',
  },
  {
    operationId: 'previewLaunch',
    method: 'post',
    path: '/v1/journeys/{id}/launch/preview',
    roles: [D],
    why: 'Counts and a sample of first names and external ids (no contact details), for the designer deciding the audience.',
  },
  {
    operationId: 'startLaunch',
    method: 'post',
    path: '/v1/journeys/{id}/launch/start',
    roles: [D],
    why: 'Enrolls borrowers automatically: designers only (audited).',
  },
  {
    operationId: 'pauseLaunch',
    method: 'post',
    path: '/v1/journeys/{id}/launch/pause',
    roles: [D],
    why: 'Designers control their launches (audited).',
  },
  {
    operationId: 'stopLaunch',
    method: 'post',
    path: '/v1/journeys/{id}/launch/stop',
    roles: [D],
    why: 'Cancels running enrollments: designers only (audited).',
  },
  // --- results ------------------------------------------------------------------------------
  {
    operationId: 'getResultsSummary',
    method: 'get',
    path: '/v1/journeys/{id}/versions/{version}/results',
    roles: [D, I],
    why: 'The journey summary: counts without personal data for designers and the lender’s reporting (the step list names enrollment ids, not borrowers). Agents work cases, not results.',
  },
  {
    operationId: 'getResultsSteps',
    method: 'get',
    path: '/v1/journeys/{id}/versions/{version}/results/steps',
    roles: [D, I],
    why: 'Per-step numbers: counts without personal data for designers and the lender’s reporting (the step list names enrollment ids, not borrowers). Agents work cases, not results.',
  },
  {
    operationId: 'getResultsDaily',
    method: 'get',
    path: '/v1/journeys/{id}/versions/{version}/results/daily',
    roles: [D, I],
    why: 'Daily series: counts without personal data for designers and the lender’s reporting (the step list names enrollment ids, not borrowers). Agents work cases, not results.',
  },
  {
    operationId: 'getResultsConduct',
    method: 'get',
    path: '/v1/journeys/{id}/versions/{version}/results/conduct',
    roles: [D, I],
    why: 'Conduct recomputed from the ledger: counts without personal data for designers and the lender’s reporting (the step list names enrollment ids, not borrowers). Agents work cases, not results.',
  },
  // --- borrowers, imports, holds ------------------------------------------------------------
  {
    operationId: 'putBorrower',
    method: 'put',
    path: '/v1/borrowers/{externalId}',
    roles: [I],
    why: 'Borrower records come from the lender’s systems of record; nobody types them in.',
  },
  {
    operationId: 'getBorrower',
    method: 'get',
    path: '/v1/borrowers/{externalId}',
    roles: [A, I],
    why: borrowerData,
  },
  {
    operationId: 'listBorrowers',
    method: 'get',
    path: '/v1/borrowers',
    roles: [A, I],
    why: 'Personal data: agents find the borrower they serve, the lender’s systems reconcile; not designers.',
  },
  {
    operationId: 'importBorrowers',
    method: 'post',
    path: '/v1/imports/borrowers',
    roles: [I],
    why: 'Borrower records come from the lender’s systems of record (audited with counts).',
  },
  {
    operationId: 'startHold',
    method: 'post',
    path: '/v1/borrowers/{externalId}/holds',
    roles: [A, I],
    why: 'An agent hears of a dispute or hardship; the lender’s systems learn of bankruptcies and deaths (audited).',
  },
  {
    operationId: 'endHold',
    method: 'post',
    path: '/v1/borrowers/{externalId}/holds/{holdId}/end',
    roles: [A, I],
    why: 'As starting one (audited).',
  },
  {
    operationId: 'listHolds',
    method: 'get',
    path: '/v1/borrowers/{externalId}/holds',
    roles: [A, I],
    why: `${borrowerData} A hold’s kind (deceased, mental-health crisis) is sensitive.`,
  },
  // --- enrollments --------------------------------------------------------------------------
  {
    operationId: 'createEnrollment',
    method: 'post',
    path: '/v1/enrollments',
    roles: [A, I],
    why: 'An agent enrolls the borrower they speak with; the lender’s systems enroll new arrears (audited).',
  },
  {
    operationId: 'bulkEnroll',
    method: 'post',
    path: '/v1/enrollments/bulk',
    roles: [I],
    why: 'Portfolio-wide enrolment is a scheduled system job, not a person’s click (audited with counts).',
  },
  {
    operationId: 'getEnrollment',
    method: 'get',
    path: '/v1/enrollments/{id}',
    roles: [A, I],
    why: 'Names a borrower’s account and where they are in a journey; designers see results as counts instead.',
  },
  {
    operationId: 'listEnrollments',
    method: 'get',
    path: '/v1/enrollments',
    roles: [A, I],
    why: 'As one enrollment; filterable by borrower.',
  },
  {
    operationId: 'cancelEnrollment',
    method: 'post',
    path: '/v1/enrollments/{id}/cancel',
    roles: [A, I],
    why: 'Those who enroll may stop (audited).',
  },
  // --- events and messages ------------------------------------------------------------------
  {
    operationId: 'postEvents',
    method: 'post',
    path: '/v1/events',
    roles: [I],
    auth: 'keyOrSignature',
    why: 'Payments, receipts and replies come from the lender’s systems and gateways (or a signed webhook).',
  },
  {
    operationId: 'listMessages',
    method: 'get',
    path: '/v1/borrowers/{externalId}/messages',
    roles: [A, I],
    why: `${borrowerData} Messages carry names and amounts.`,
  },
  // --- tasks --------------------------------------------------------------------------------
  {
    operationId: 'listTasks',
    method: 'get',
    path: '/v1/tasks',
    roles: [A],
    why: 'The agents’ work queue; it shows borrowers’ names.',
  },
  {
    operationId: 'countTasks',
    method: 'get',
    path: '/v1/tasks/counts',
    roles: [A],
    why: 'The numbers above the agents’ queue; counts only.',
  },
  {
    operationId: 'taskStats',
    method: 'get',
    path: '/v1/tasks/stats',
    roles: [],
    why: 'Supervisors (admins) watch queues and agents’ workload; it names agents.',
  },
  {
    operationId: 'getTask',
    method: 'get',
    path: '/v1/tasks/{id}',
    roles: [A],
    why: 'As the queue: it shows the borrower’s name.',
  },
  {
    operationId: 'claimTask',
    method: 'post',
    path: '/v1/tasks/{id}/claim',
    roles: [A],
    why: 'An agent takes a task so others see who has it (audited).',
  },
  {
    operationId: 'releaseTask',
    method: 'post',
    path: '/v1/tasks/{id}/release',
    roles: [A],
    why: 'Its holder gives it back (admins may release anyone’s; audited).',
  },
  {
    operationId: 'reassignTask',
    method: 'post',
    path: '/v1/tasks/{id}/reassign',
    roles: [],
    why: 'Moving work between agents is the supervisor’s call (admins; audited).',
  },
  {
    operationId: 'resolveTask',
    method: 'post',
    path: '/v1/tasks/{id}/resolve',
    roles: [A],
    why: 'A person decides an escalation’s outcome (audited), not a system.',
  },
  // --- the agent's desk: the borrower's page --------------------------------------------------
  {
    operationId: 'getBorrowerPage',
    method: 'get',
    path: '/v1/borrowers/{externalId}/page',
    roles: [A],
    why: `${borrowerData} Addresses are masked.`,
  },
  {
    operationId: 'revealBorrowerContact',
    method: 'post',
    path: '/v1/borrowers/{externalId}/reveal',
    roles: [A],
    why: 'An agent about to call needs the number; every reveal is audited, whoever asks.',
  },
  {
    operationId: 'getBorrowerTimeline',
    method: 'get',
    path: '/v1/borrowers/{externalId}/timeline',
    roles: [A],
    why: `${borrowerData} Messages carry names and amounts.`,
  },
  {
    operationId: 'addBorrowerNote',
    method: 'post',
    path: '/v1/borrowers/{externalId}/notes',
    roles: [A],
    why: 'Agents write what they learned; append-only (audited).',
  },
  {
    operationId: 'logCall',
    method: 'post',
    path: '/v1/borrowers/{externalId}/calls',
    roles: [A],
    why: 'Agents make the calls; the contact rules decide whether one is allowed (audited).',
  },
  {
    operationId: 'recordPromiseForBorrower',
    method: 'post',
    path: '/v1/borrowers/{externalId}/enrollments/{enrollmentId}/promise',
    roles: [A],
    why: 'A borrower on the phone promises to an agent; the promise step’s limits apply, as in the portal (audited).',
  },
  {
    operationId: 'recordPlanForBorrower',
    method: 'post',
    path: '/v1/borrowers/{externalId}/enrollments/{enrollmentId}/plan',
    roles: [A],
    why: 'A borrower on the phone chooses a plan with an agent; only the step’s options (audited).',
  },
  {
    operationId: 'searchBorrowers',
    method: 'post',
    path: '/v1/borrowers/search',
    roles: [A],
    why: 'Agents find the borrower on the line; names, masked phones. A POST: what was typed stays out of URLs.',
  },
  // --- lessons ------------------------------------------------------------------------------
  {
    operationId: 'listLessons',
    method: 'get',
    path: '/v1/lessons',
    roles: everyone,
    why: 'No personal data; agents see what a borrower was taught.',
  },
  {
    operationId: 'getLesson',
    method: 'get',
    path: '/v1/lessons/{id}',
    roles: everyone,
    why: 'No personal data; agents see what a borrower was taught.',
  },
  {
    operationId: 'putLesson',
    method: 'put',
    path: '/v1/lessons/{id}',
    roles: [D],
    why: 'Lessons are journey content, written by designers.',
  },
  // --- settings -----------------------------------------------------------------------------
  {
    operationId: 'getLenderSettings',
    method: 'get',
    path: '/v1/settings/lender',
    roles: everyone,
    why: 'Who the lender is is public (every portal page shows it); templates and screens read it.',
  },
  {
    operationId: 'putLenderSettings',
    method: 'put',
    path: '/v1/settings/lender',
    roles: [],
    why: 'The name and licence borrowers see are the operator’s to set (audited).',
  },
  // --- webhooks to the lender's systems ----------------------------------------------------
  {
    operationId: 'listWebhookSubscriptions',
    method: 'get',
    path: '/v1/webhooks/subscriptions',
    roles: [],
    why: 'Where borrower events are sent is the operator’s to see and set.',
  },
  {
    operationId: 'createWebhookSubscription',
    method: 'post',
    path: '/v1/webhooks/subscriptions',
    roles: [],
    why: 'Sends borrower events to a URL: operators only (audited); the secret is shown once.',
  },
  {
    operationId: 'getWebhookSubscription',
    method: 'get',
    path: '/v1/webhooks/subscriptions/{id}',
    roles: [],
    why: 'Operators only, like the list.',
  },
  {
    operationId: 'updateWebhookSubscription',
    method: 'patch',
    path: '/v1/webhooks/subscriptions/{id}',
    roles: [],
    why: 'Changing where events go, or pausing and resuming, is the operator’s (audited).',
  },
  {
    operationId: 'deleteWebhookSubscription',
    method: 'delete',
    path: '/v1/webhooks/subscriptions/{id}',
    roles: [],
    why: 'Operators only (audited); the delivery log stays.',
  },
  {
    operationId: 'listWebhookDeliveries',
    method: 'get',
    path: '/v1/webhooks/subscriptions/{id}/deliveries',
    roles: [],
    why: 'The delivery log names events per borrower: for the operator who runs the integration.',
  },
  {
    operationId: 'replayWebhookDelivery',
    method: 'post',
    path: '/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}/replay',
    roles: [],
    why: 'Sends an event again: operators only (audited).',
  },
  // --- keys, sessions, audit ----------------------------------------------------------------
  {
    operationId: 'createKey',
    method: 'post',
    path: '/v1/keys',
    roles: [],
    why: 'Who may do what is the operator’s decision (audited).',
  },
  {
    operationId: 'listKeys',
    method: 'get',
    path: '/v1/keys',
    roles: [],
    why: 'Shows every person and system with access.',
  },
  {
    operationId: 'revokeKey',
    method: 'post',
    path: '/v1/keys/{id}/revoke',
    roles: [],
    why: 'Operators only (audited); the last working admin key cannot be revoked.',
  },
  {
    operationId: 'rotateKey',
    method: 'post',
    path: '/v1/keys/{id}/rotate',
    roles: [],
    why: 'Operators only (audited).',
  },
  {
    operationId: 'signIn',
    method: 'post',
    path: '/v1/session',
    roles: everyone,
    auth: 'signIn',
    why: 'Anyone with a working key may sign in to the web app; the session has the key’s role (audited).',
  },
  {
    operationId: 'getSession',
    method: 'get',
    path: '/v1/session',
    roles: everyone,
    auth: 'session',
    why: 'One’s own session; needs the session cookie.',
  },
  {
    operationId: 'updateSession',
    method: 'patch',
    path: '/v1/session',
    roles: everyone,
    auth: 'session',
    why: 'One’s own preferences (the web app’s language, kept on one’s key); needs the session cookie.',
  },
  {
    operationId: 'signOut',
    method: 'delete',
    path: '/v1/session',
    roles: everyone,
    auth: 'session',
    why: 'One’s own session; needs the session cookie (audited).',
  },
  {
    operationId: 'listAudit',
    method: 'get',
    path: '/v1/audit',
    roles: [],
    why: 'Who did what is for operators and auditors.',
  },
];
