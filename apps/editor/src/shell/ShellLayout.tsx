import { useQueryClient } from '@tanstack/react-query';
import { LogOut } from 'lucide-react';
import { Suspense } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import type { Caller } from '../api/access-types';
import { useApi } from '../api/client';
import { useSession } from '../api/session';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import type { AppLocale } from '../i18n/locales';
import { useI18n } from '../i18n/use-i18n';
import { CallerContext } from './caller';
import { roleLabelIds } from './roles';
import { screenAt, screens, screensFor } from './screens';
import { NoScreens, NotAllowed, NotFound } from './ShellMessages';

/** The app's frame: the navigation the caller's role allows, who is signed in, and the screen. */
export function ShellLayout({ caller }: { caller: Caller }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [location] = useLocation();
  const allowed = screensFor(caller.role);
  const current = screenAt(location);
  const { t } = useI18n();

  const signOut = async () => {
    await api.session.signOut().catch(() => undefined);
    queryClient.clear();
    useSession.getState().signedOut();
  };

  // Kept on the person's key, so their next sign-in (any browser) opens in it; this browser
  // already remembers it, so a failed save only costs the next browser the choice.
  const saveLocale = (locale: AppLocale) => {
    api.session.setLocale(locale).catch((error: unknown) => {
      console.warn('could not keep the language on the server', error);
    });
  };

  return (
    <CallerContext.Provider value={caller}>
      <div className="app-shell">
        <header className="shell-bar">
          <Link href="/" className="brand shell-brand">
            Tandem
          </Link>
          <nav aria-label={t('shell.nav.main')} className="shell-nav">
            <ul>
              {allowed.map((screen) => (
                <li key={screen.path}>
                  <Link
                    href={screen.path}
                    className="shell-link"
                    aria-current={current === screen ? 'page' : undefined}
                  >
                    <screen.icon size={16} aria-hidden="true" />
                    {t(screen.labelId)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <span className="spacer" />
          <LanguageSwitch onChosen={saveLocale} />
          <span className="shell-user" data-testid="signed-in-as">
            <span className="shell-user-name">{caller.name}</span>
            <span className="badge badge-role">{t(roleLabelIds[caller.role])}</span>
          </span>
          <button type="button" className="button button-quiet" onClick={() => void signOut()}>
            <LogOut size={16} aria-hidden="true" />
            {t('shell.signOut')}
          </button>
        </header>
        <div className="shell-content">
          <Suspense
            fallback={
              <p className="screen-message" role="status">
                {t('common.loading')}
              </p>
            }
          >
            <Switch>
              <Route path="/">
                {allowed[0] ? (
                  <Redirect to={allowed[0].path} replace />
                ) : (
                  <NoScreens caller={caller} />
                )}
              </Route>
              {screens.map((screen) => (
                <Route key={screen.path} path={`${screen.path}/*?`}>
                  {allowed.includes(screen) ? (
                    <screen.component />
                  ) : (
                    <NotAllowed screen={screen} caller={caller} />
                  )}
                </Route>
              ))}
              <Route>
                <NotFound />
              </Route>
            </Switch>
          </Suspense>
        </div>
      </div>
    </CallerContext.Provider>
  );
}
