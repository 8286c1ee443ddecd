import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { useApi } from '../api/client';
import { outcomeNameOf } from '../catalogue/outcome-name';
import { useI18n } from '../i18n/use-i18n';
import type { BorrowerPage, ChannelEntry } from '../api/borrowers-api';
import { AddNote } from './AddNote';
import { Holds } from './Holds';
import { LogCall } from './LogCall';
import { RecordForBorrower } from './RecordForBorrower';
import { ResolveTask } from './ResolveTask';
import { BorrowerTimeline } from './BorrowerTimeline';
import { utcTime } from './timeline-text';
import { useBorrowerMutation, useBorrowerPage } from './use-borrower';

/** A language or country code ("vi", "VN") named in the chosen language; the code if unknown. */
function displayName(locale: string, type: 'language' | 'region', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Profile: who they are, their clock now, channels (masked until an audited Reveal). */
function Profile(props: { externalId: string; page: BorrowerPage }) {
  const { borrowers } = useApi();
  const { t, locale } = useI18n();
  const [revealed, setRevealed] = useState<ChannelEntry[] | null>(null);
  const reveal = useBorrowerMutation(props.externalId, () => borrowers.reveal(props.externalId));
  const b = props.page.borrower;
  const channels = revealed ?? b.channels;
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="panel-title">
        {t('borrowers.profile')}
      </h2>
      <dl className="borrower-facts">
        <dt>{t('borrowers.profile.localTime')}</dt>
        <dd>
          {b.localTimeNow} ({b.timezone})
        </dd>
        <dt>{t('borrowers.profile.language')}</dt>
        <dd>{displayName(locale, 'language', b.locale)}</dd>
        <dt>{t('borrowers.profile.country')}</dt>
        <dd>
          {displayName(locale, 'region', b.country)}
          {b.region ? `, ${b.region}` : ''}
        </dd>
        <dt>{t('borrowers.profile.packs')}</dt>
        <dd>{b.packs.join(', ') || '—'}</dd>
        <dt>{t('borrowers.profile.hours')}</dt>
        <dd>
          {b.preferredWindow
            ? b.preferredWindow.days
              ? t('borrowers.profile.hoursDays', {
                  start: b.preferredWindow.start,
                  end: b.preferredWindow.end,
                  days: b.preferredWindow.days.join(', '),
                })
              : `${b.preferredWindow.start}–${b.preferredWindow.end}`
            : '—'}
        </dd>
      </dl>
      <table className="journey-table">
        <caption className="visually-hidden">{t('borrowers.channels')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('borrowers.column.channel')}</th>
            <th scope="col">{t('borrowers.column.address')}</th>
            <th scope="col">{t('borrowers.column.consent')}</th>
            <th scope="col">{t('borrowers.column.optedOut')}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c.channel}>
              <td>{c.channel}</td>
              <td>{c.address}</td>
              <td>{c.consent ? t('borrowers.yes') : t('borrowers.no')}</td>
              <td>{c.optedOut ? t('borrowers.yes') : t('borrowers.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!revealed && channels.length > 0 && (
        <button
          type="button"
          className="button button-small"
          disabled={reveal.isPending}
          onClick={() => reveal.mutate(undefined, { onSuccess: (r) => setRevealed(r.channels) })}
        >
          {t('borrowers.reveal')}
        </button>
      )}
    </section>
  );
}

/** For each channel: may we contact them now; if not, why and when next. */
function ContactNow(props: { page: BorrowerPage }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="contact-heading">
      <h2 id="contact-heading" className="panel-title">
        {t('borrowers.contactNow')}
      </h2>
      <table className="journey-table">
        <caption className="visually-hidden">{t('borrowers.contactNow.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('borrowers.column.channel')}</th>
            <th scope="col">{t('borrowers.column.now')}</th>
            <th scope="col">{t('borrowers.column.why')}</th>
            <th scope="col">{t('borrowers.column.nextAllowed')}</th>
          </tr>
        </thead>
        <tbody>
          {props.page.contactNow.map((a) => (
            <tr key={a.channel}>
              <td>{a.channel}</td>
              <td>
                <span className={`badge ${a.allowed ? 'badge-ok' : 'badge-error'}`}>
                  {a.allowed ? t('borrowers.allowed') : t('borrowers.notAllowed')}
                </span>
              </td>
              <td>{a.allowed ? '—' : (a.detail ?? a.reason ?? '—')}</td>
              <td>{a.next ? utcTime(a.next) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Accounts(props: { page: BorrowerPage }) {
  const { t, format } = useI18n();
  return (
    <section className="card" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading" className="panel-title">
        {t('borrowers.accounts')}
      </h2>
      <table className="journey-table">
        <caption className="visually-hidden">{t('borrowers.accounts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('borrowers.column.account')}</th>
            <th scope="col">{t('borrowers.column.product')}</th>
            <th scope="col">{t('borrowers.column.amountDue')}</th>
            <th scope="col">{t('borrowers.column.daysPastDue')}</th>
          </tr>
        </thead>
        <tbody>
          {props.page.accounts.map((a) => (
            <tr key={a.id}>
              <td>{a.externalId}</td>
              <td>{a.product ?? '—'}</td>
              <td>{format.money(a.amountDue, a.currency)}</td>
              <td>{format.number(a.daysPastDue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Enrollments(props: { page: BorrowerPage }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="enrollments-heading">
      <h2 id="enrollments-heading" className="panel-title">
        {t('borrowers.journeys')}
      </h2>
      {props.page.enrollments.length === 0 ? (
        <p className="field-help">{t('borrowers.notInJourney')}</p>
      ) : (
        <table className="journey-table">
          <caption className="visually-hidden">{t('borrowers.enrollments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('borrowers.column.journey')}</th>
              <th scope="col">{t('borrowers.column.version')}</th>
              <th scope="col">{t('borrowers.column.account')}</th>
              <th scope="col">{t('borrowers.column.status')}</th>
              <th scope="col">{t('borrowers.column.currentStep')}</th>
            </tr>
          </thead>
          <tbody>
            {props.page.enrollments.map((e) => (
              <tr key={e.id}>
                <td>{e.journeyName}</td>
                <td>{t('borrowers.version', { version: e.version })}</td>
                <td>{e.account}</td>
                <td>
                  {t('borrowers.enrollmentStatus', { status: e.status })}
                  {e.outcome ? ` (${outcomeNameOf(e.outcome, locale)})` : ''}
                </td>
                <td>{e.currentNode ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The borrower's page: profile with their clock, can we contact now, accounts, holds, journeys,
 * open tasks (resolve here), log a call, notes, and one timeline. Opened from a search or from a
 * task (`?task=<id>` puts that task first and ties calls and notes to it).
 */
export function BorrowerPageView(props: { externalId: string }) {
  const page = useBorrowerPage(props.externalId);
  const { t, intl } = useI18n();
  const taskId = new URLSearchParams(useSearch()).get('task') ?? undefined;
  if (page.isPending) return <p role="status">{t('borrowers.loading')}</p>;
  if (page.isError)
    return (
      <main className="settings-section borrowers-screen">
        <p role="alert" className="form-error">
          {t('borrowers.loadFailed', { error: page.error.message })}
        </p>
        <Link href="/borrowers">{t('borrowers.backToSearch')}</Link>
      </main>
    );
  const data = page.data;
  const b = data.borrower;
  const tasks = [...data.openTasks].sort((x, y) =>
    x.id === taskId ? -1 : y.id === taskId ? 1 : 0,
  );
  const activeTask = tasks.find((t) => t.id === taskId)?.id;
  return (
    <main className="settings-section borrowers-screen">
      <header className="borrower-header">
        <p>
          <Link href="/borrowers">{t('borrowers.title')}</Link> / {b.externalId}
        </p>
        <h1 className="section-title">
          {b.firstName} {b.lastName ?? ''}
        </h1>
        <p className="field-help">
          {intl.formatMessage(
            { id: 'borrowers.theirTimeNow' },
            { time: b.localTimeNow, zone: b.timezone, b: (chunks) => <strong>{chunks}</strong> },
          )}
        </p>
      </header>
      <div className="borrower-columns">
        <div className="borrower-column">
          <section className="card" aria-labelledby="tasks-heading">
            <h2 id="tasks-heading" className="panel-title">
              {t('borrowers.openTasks')}
            </h2>
            {tasks.length === 0 && <p className="field-help">{t('borrowers.noOpenTask')}</p>}
            {tasks.map((t) => (
              <ResolveTask key={t.id} externalId={b.externalId} task={t} />
            ))}
          </section>
          <RecordForBorrower externalId={b.externalId} page={data} />
          <section className="card" aria-labelledby="call-heading">
            <h2 id="call-heading" className="panel-title">
              {t('borrowers.logCall')}
            </h2>
            <LogCall
              externalId={b.externalId}
              page={data}
              {...(activeTask ? { taskId: activeTask } : {})}
            />
          </section>
          <section className="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="panel-title">
              {t('borrowers.notes')}
            </h2>
            <AddNote externalId={b.externalId} {...(activeTask ? { taskId: activeTask } : {})} />
          </section>
          <BorrowerTimeline externalId={b.externalId} />
        </div>
        <div className="borrower-column">
          <ContactNow page={data} />
          <Profile externalId={b.externalId} page={data} />
          <Accounts page={data} />
          <section className="card" aria-labelledby="holds-heading">
            <h2 id="holds-heading" className="panel-title">
              {t('borrowers.holds')}
            </h2>
            <Holds externalId={b.externalId} page={data} />
          </section>
          <Enrollments page={data} />
        </div>
      </div>
    </main>
  );
}
