// Every action the audit trail records, with what it names as its target and what its details
// hold. docs/security.md lists them from here (`npm run gen`). Details never carry a borrower's
// name, phone, address or amounts owed: borrowers are named by their external id.
//
// Other features add their own actions here (launches, agents' calls, lender settings), then
// call recordAudit() in the transaction that does the action.

export const auditTargetTypes = [
  'journey',
  'enrollment',
  'borrower',
  'task',
  'key',
  'session',
  'settings',
  'webhook',
] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

interface ActionSpec {
  target: AuditTargetType;
  /** When it is recorded and what `details` holds. */
  description: string;
}

export const auditActions = {
  'journey.published': {
    target: 'journey',
    description:
      'A draft became a new version (`version`, `note`); republishing unchanged content records nothing.',
  },
  'journey.restored': {
    target: 'journey',
    description: 'A published version was restored as the draft (`version`).',
  },
  'journey.armPromoted': {
    target: 'journey',
    description:
      'An A/B split’s arm was promoted: the draft became `version` with split `nodeId` replaced by arm `arm` (`removedNodes`).',
  },
  'journey.archived': {
    target: 'journey',
    description: 'A journey was archived: hidden from the list, no new enrollments.',
  },
  'journey.unarchived': {
    target: 'journey',
    description: 'An archived journey was brought back.',
  },
  'enrollment.created': {
    target: 'enrollment',
    description:
      'An account was enrolled (`journeyId`, `version`, `borrower` external id); asking again for a live enrollment records nothing.',
  },
  'enrollments.bulkCreated': {
    target: 'journey',
    description:
      'One entry per bulk request: `version`, `matched`, `created`, `existing`, `errors` (a count), `byFilter`, `namedBorrowers` (a count).',
  },
  'launch.saved': {
    target: 'journey',
    description:
      "A journey's launch settings were created or changed (`priority`, `holdoutPercent`, `reentryCooloffDays`, `status`); the rules are in the launch record.",
  },
  'launch.started': {
    target: 'journey',
    description: 'A launch went live (`enrolled`, `heldOut`: what its first evaluation did).',
  },
  'launch.paused': {
    target: 'journey',
    description: 'A launch was paused: no new entries, running enrollments continue.',
  },
  'launch.stopped': {
    target: 'journey',
    description:
      'A launch was stopped and its running enrollments cancelled (`cancelled`: how many).',
  },
  'launch.enrolled': {
    target: 'journey',
    description:
      'Audience evaluation enrolled or held out accounts (`scope`: all, borrowers or accounts; `enrolled`, `heldOut`, `coolingOff`: counts).',
  },
  'enrollment.cancelled': {
    target: 'enrollment',
    description: 'A live enrollment was cancelled.',
  },
  'hold.started': {
    target: 'borrower',
    description:
      'A hold was put on the borrower (`holdId`, `kind`, `until`); the free-text reason is not copied.',
  },
  'hold.ended': {
    target: 'borrower',
    description: 'A hold was ended by hand (`holdId`, `kind`).',
  },
  'task.resolved': {
    target: 'task',
    description: 'An escalation was resolved (`outcome`, `enrollmentId`); the note is not copied.',
  },
  'task.claimed': {
    target: 'task',
    description: 'An agent claimed an open task (it is theirs until released, resolved or idle).',
  },
  'task.released': {
    target: 'task',
    description: 'A task was given back to its queue by its holder or an admin.',
  },
  'task.reassigned': {
    target: 'task',
    description: 'A supervisor handed a task to another agent (`from`, `to`: key names).',
  },
  'task.claimExpired': {
    target: 'task',
    description:
      'The system returned a claimed task nobody touched for the idle time to its queue (`assignee`, `idleMinutes`).',
  },
  'webhook.created': {
    target: 'webhook',
    description: 'A webhook subscription was made (`url`, `eventTypes`); the secret is not copied.',
  },
  'webhook.updated': {
    target: 'webhook',
    description:
      'A webhook subscription was changed, paused or resumed (the fields sent: `url`, `eventTypes`, `status`…).',
  },
  'webhook.deleted': {
    target: 'webhook',
    description: 'A webhook subscription was deleted; its delivery log stays.',
  },
  'webhook.replayed': {
    target: 'webhook',
    description: 'A delivery was queued again (`deliveryId`, `eventId`).',
  },
  'key.created': {
    target: 'key',
    description: 'An API key was made (`name`, `role`, `expiresAt`).',
  },
  'key.revoked': {
    target: 'key',
    description: 'An API key was revoked; its sessions ended (`sessionsEnded`).',
  },
  'key.rotated': {
    target: 'key',
    description:
      'An API key was replaced (`newKeyId`, `graceSeconds`, `revokedAt` of the old one).',
  },
  'session.signedIn': {
    target: 'session',
    description: 'A person signed in to the web app with a key (the actor is that key).',
  },
  'session.signedOut': {
    target: 'session',
    description: 'A person signed out.',
  },
  'lender.updated': {
    target: 'settings',
    description:
      'The lender settings were replaced (`changed`: the names of the fields that changed, `created`); values are not copied. The target id is null.',
  },
  'borrowers.imported': {
    target: 'borrower',
    description:
      'A borrower import was written (`format`, `mode`, `rows`, `created`, `updated`, `accountsCreated`, `accountsUpdated`, `invalid`); no row is copied. Dry runs write nothing and record nothing. The target id is null.',
  },
  'borrower.viewed': {
    target: 'borrower',
    description: 'A person (a session, not a machine key) read the borrower’s details.',
  },
  'borrower.messagesViewed': {
    target: 'borrower',
    description: 'A person read the borrower’s messages.',
  },
  'borrower.holdsViewed': {
    target: 'borrower',
    description: 'A person read the borrower’s holds.',
  },
  'borrower.pageViewed': {
    target: 'borrower',
    description: 'A person opened the borrower’s page (profile, accounts, holds, enrollments).',
  },
  'borrower.timelineViewed': {
    target: 'borrower',
    description: 'A person read the borrower’s timeline.',
  },
  'borrower.contactRevealed': {
    target: 'borrower',
    description: 'Someone asked to see the borrower’s phone numbers and addresses in full.',
  },
  'borrower.noteAdded': {
    target: 'borrower',
    description: 'An agent added a note (`noteId`, `taskId`); the text is not copied.',
  },
  'call.logged': {
    target: 'borrower',
    description:
      'An agent logged a call (`account`, `result`: attempted or conversation, `outcome`); the note is not copied.',
  },
  'promise.recordedForBorrower': {
    target: 'borrower',
    description:
      'An agent recorded a promise the borrower made (`enrollmentId`, `step`; the date and amount are in the event, not here); the journey accepted it.',
  },
  'plan.recordedForBorrower': {
    target: 'borrower',
    description:
      'An agent recorded the plan the borrower chose (`enrollmentId`, `step`, `option`); the journey accepted it.',
  },
} as const satisfies Record<string, ActionSpec>;

export type AuditAction = keyof typeof auditActions;
export const auditActionNames = Object.keys(auditActions) as AuditAction[];
