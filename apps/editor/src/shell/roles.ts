import type { Role } from '../api/access-types';
import type { MessageKey } from '../i18n/message-keys';

/** Each role's name, as a message of the chosen language. */
export const roleLabelIds: Record<Role, MessageKey> = {
  designer: 'common.role.designer',
  agent: 'common.role.agent',
  integration: 'common.role.integration',
  admin: 'common.role.admin',
};

/** What each role is for, as the sign-in screen and Settings → API keys explain it. */
export const roleDescriptionIds: Record<Role, MessageKey> = {
  designer: 'common.roleDescription.designer',
  agent: 'common.roleDescription.agent',
  integration: 'common.roleDescription.integration',
  admin: 'common.roleDescription.admin',
};

/**
 * Integration keys are for machines (the lender's systems call the API with them); a person
 * signs in with their own designer, agent or admin key, so that what they do is theirs.
 */
export const canSignIn = (role: Role): boolean => role !== 'integration';
