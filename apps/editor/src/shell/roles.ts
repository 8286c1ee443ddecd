import type { Role } from '../api/access-types';

export const roleLabels: Record<Role, string> = {
  designer: 'Designer',
  agent: 'Agent',
  integration: 'Integration',
  admin: 'Admin',
};

/** What each role is for, as the sign-in screen and Settings → API keys explain it. */
export const roleDescriptions: Record<Role, string> = {
  designer: 'designs and publishes journeys, and reads their results',
  agent: "works the task queues and borrowers' pages",
  integration: "the lender's systems calling the API (cannot sign in here)",
  admin: 'everything, including keys and settings',
};

/**
 * Integration keys are for machines (the lender's systems call the API with them); a person
 * signs in with their own designer, agent or admin key, so that what they do is theirs.
 */
export const canSignIn = (role: Role): boolean => role !== 'integration';
