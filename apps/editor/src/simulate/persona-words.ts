import type { I18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/message-keys';

// The simulator's personas by name, in the manager's words and language. A persona the
// catalogue does not know (added to the DSL later) shows its id until it is translated.
const names: Record<string, [MessageKey, MessageKey]> = {
  silent: ['simulate.persona.silent', 'simulate.persona.silent.about'],
  paysAfterFirstReminder: [
    'simulate.persona.paysAfterFirstReminder',
    'simulate.persona.paysAfterFirstReminder.about',
  ],
  promisesAndKeeps: [
    'simulate.persona.promisesAndKeeps',
    'simulate.persona.promisesAndKeeps.about',
  ],
  promisesAndBreaks: [
    'simulate.persona.promisesAndBreaks',
    'simulate.persona.promisesAndBreaks.about',
  ],
  acceptsPlan: ['simulate.persona.acceptsPlan', 'simulate.persona.acceptsPlan.about'],
  watchesLessonThenPays: [
    'simulate.persona.watchesLessonThenPays',
    'simulate.persona.watchesLessonThenPays.about',
  ],
  asksForHardship: ['simulate.persona.asksForHardship', 'simulate.persona.asksForHardship.about'],
  optsOut: ['simulate.persona.optsOut', 'simulate.persona.optsOut.about'],
};

export const personaName = (name: string, t: I18n['t']) => {
  const ids = names[name];
  return ids ? t(ids[0]) : name;
};

export const personaDescription = (name: string, t: I18n['t']) => {
  const ids = names[name];
  return ids ? t(ids[1]) : '';
};
