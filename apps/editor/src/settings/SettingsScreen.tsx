import './settings.css';
import { Suspense } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { useI18n } from '../i18n/use-i18n';
import { useCaller } from '../shell/caller';
import { settingsSections } from './sections';

/** Settings: a list of sections on the left (those the role may open), the section on the right. */
export function SettingsScreen() {
  const [location] = useLocation();
  const { role } = useCaller();
  const { t } = useI18n();
  const sections = settingsSections.filter((s) => s.roles.includes(role));
  return (
    <div className="settings-screen">
      <nav className="settings-nav" aria-label={t('settings.title')}>
        <h1 className="screen-title">{t('settings.title')}</h1>
        <ul>
          {sections.map((section) => (
            <li key={section.path}>
              <Link
                href={section.path}
                className="settings-link"
                aria-current={location === section.path ? 'page' : undefined}
              >
                <section.icon size={16} aria-hidden="true" />
                {t(section.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="settings-body">
        <Suspense
          fallback={
            <p className="screen-message" role="status">
              {t('settings.loading')}
            </p>
          }
        >
          <Switch>
            {sections.map((section) => (
              <Route key={section.path} path={section.path}>
                <section.component />
              </Route>
            ))}
            <Route>{sections[0] ? <Redirect to={sections[0].path} replace /> : null}</Route>
          </Switch>
        </Suspense>
      </div>
    </div>
  );
}
