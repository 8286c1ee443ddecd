import { Link } from 'wouter';
import type { Caller } from '../api/access-types';
import { useI18n } from '../i18n/use-i18n';
import { roleLabelIds } from './roles';
import type { Screen } from './screens';

/** A screen the caller's role does not open (a link shared by someone with another role). */
export function NotAllowed({ screen, caller }: { screen: Screen; caller: Caller }) {
  const { t, intl } = useI18n();
  const needs = intl.formatList(
    screen.roles.map((r) => t(roleLabelIds[r])),
    { type: 'disjunction' },
  );
  return (
    <main className="screen-message">
      <h1 className="panel-title">{t('shell.notAllowed.title', { screen: t(screen.labelId) })}</h1>
      <p>{t('shell.notAllowed.body', { needs, role: t(roleLabelIds[caller.role]) })}</p>
      <Link href="/">{t('shell.startPage')}</Link>
    </main>
  );
}

/** A role with no screen yet. */
export function NoScreens({ caller }: { caller: Caller }) {
  const { t } = useI18n();
  return (
    <main className="screen-message">
      <h1 className="panel-title">{t('shell.noScreens.title')}</h1>
      <p>{t('shell.noScreens.body', { role: t(roleLabelIds[caller.role]) })}</p>
    </main>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <main className="screen-message">
      <h1 className="panel-title">{t('shell.notFound.title')}</h1>
      <Link href="/">{t('shell.startPage')}</Link>
    </main>
  );
}
