import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { useApi } from '../api/client';
import type { BorrowerPage, ChannelEntry } from '../api/borrowers-api';
import { AddNote, Holds, LogCall, RecordForBorrower, ResolveTask } from './BorrowerActions';
import { BorrowerTimeline } from './BorrowerTimeline';
import { utcTime } from './timeline-text';
import { useBorrowerMutation, useBorrowerPage } from './use-borrower';

/** Profile: who they are, their clock now, channels (masked until an audited Reveal). */
function Profile(props: { externalId: string; page: BorrowerPage }) {
  const { borrowers } = useApi();
  const [revealed, setRevealed] = useState<ChannelEntry[] | null>(null);
  const reveal = useBorrowerMutation(props.externalId, () => borrowers.reveal(props.externalId));
  const b = props.page.borrower;
  const channels = revealed ?? b.channels;
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="panel-title">
        Profile
      </h2>
      <dl className="borrower-facts">
        <dt>Local time now</dt>
        <dd>
          {b.localTimeNow} ({b.timezone})
        </dd>
        <dt>Language</dt>
        <dd>{b.locale}</dd>
        <dt>Country</dt>
        <dd>
          {b.country}
          {b.region ? `, ${b.region}` : ''}
        </dd>
        <dt>Rule packs</dt>
        <dd>{b.packs.join(', ') || '—'}</dd>
        <dt>Preferred hours</dt>
        <dd>
          {b.preferredWindow
            ? `${b.preferredWindow.start}–${b.preferredWindow.end}${b.preferredWindow.days ? ` (${b.preferredWindow.days.join(', ')})` : ''}`
            : '—'}
        </dd>
      </dl>
      <table className="journey-table">
        <caption className="visually-hidden">Channels</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Address</th>
            <th scope="col">Consent</th>
            <th scope="col">Opted out</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c.channel}>
              <td>{c.channel}</td>
              <td>{c.address}</td>
              <td>{c.consent ? 'yes' : 'no'}</td>
              <td>{c.optedOut ? 'yes' : 'no'}</td>
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
          Reveal addresses (recorded in the audit trail)
        </button>
      )}
    </section>
  );
}

/** For each channel: may we contact them now; if not, why and when next. */
function ContactNow(props: { page: BorrowerPage }) {
  return (
    <section className="card" aria-labelledby="contact-heading">
      <h2 id="contact-heading" className="panel-title">
        Can we contact now?
      </h2>
      <table className="journey-table">
        <caption className="visually-hidden">Can we contact now, per channel</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Now</th>
            <th scope="col">Why</th>
            <th scope="col">Next allowed</th>
          </tr>
        </thead>
        <tbody>
          {props.page.contactNow.map((a) => (
            <tr key={a.channel}>
              <td>{a.channel}</td>
              <td>
                <span className={`badge ${a.allowed ? 'badge-ok' : 'badge-error'}`}>
                  {a.allowed ? 'allowed' : 'not allowed'}
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
  const money = (amount: number, currency: string) =>
    new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  return (
    <section className="card" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading" className="panel-title">
        Accounts
      </h2>
      <table className="journey-table">
        <caption className="visually-hidden">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Product</th>
            <th scope="col">Amount due</th>
            <th scope="col">Days past due</th>
          </tr>
        </thead>
        <tbody>
          {props.page.accounts.map((a) => (
            <tr key={a.id}>
              <td>{a.externalId}</td>
              <td>{a.product ?? '—'}</td>
              <td>{money(a.amountDue, a.currency)}</td>
              <td>{a.daysPastDue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Enrollments(props: { page: BorrowerPage }) {
  return (
    <section className="card" aria-labelledby="enrollments-heading">
      <h2 id="enrollments-heading" className="panel-title">
        Journeys
      </h2>
      {props.page.enrollments.length === 0 ? (
        <p className="field-help">Not in any journey.</p>
      ) : (
        <table className="journey-table">
          <caption className="visually-hidden">Enrollments</caption>
          <thead>
            <tr>
              <th scope="col">Journey</th>
              <th scope="col">Version</th>
              <th scope="col">Account</th>
              <th scope="col">Status</th>
              <th scope="col">Current step</th>
            </tr>
          </thead>
          <tbody>
            {props.page.enrollments.map((e) => (
              <tr key={e.id}>
                <td>{e.journeyName}</td>
                <td>v{e.version}</td>
                <td>{e.account}</td>
                <td>
                  {e.status}
                  {e.outcome ? ` (${e.outcome})` : ''}
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
  const taskId = new URLSearchParams(useSearch()).get('task') ?? undefined;
  if (page.isPending) return <p role="status">Loading the borrower…</p>;
  if (page.isError)
    return (
      <main className="settings-section borrowers-screen">
        <p role="alert" className="form-error">
          The borrower could not be loaded: {page.error.message}
        </p>
        <Link href="/borrowers">Back to search</Link>
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
          <Link href="/borrowers">Borrowers</Link> / {b.externalId}
        </p>
        <h1 className="section-title">
          {b.firstName} {b.lastName ?? ''}
        </h1>
        <p className="field-help">
          Their time now: <strong>{b.localTimeNow}</strong> ({b.timezone})
        </p>
      </header>
      <div className="borrower-columns">
        <div className="borrower-column">
          <section className="card" aria-labelledby="tasks-heading">
            <h2 id="tasks-heading" className="panel-title">
              Open tasks
            </h2>
            {tasks.length === 0 && <p className="field-help">No open task.</p>}
            {tasks.map((t) => (
              <ResolveTask key={t.id} externalId={b.externalId} task={t} />
            ))}
          </section>
          <RecordForBorrower externalId={b.externalId} page={data} />
          <section className="card" aria-labelledby="call-heading">
            <h2 id="call-heading" className="panel-title">
              Log a call
            </h2>
            <LogCall
              externalId={b.externalId}
              page={data}
              {...(activeTask ? { taskId: activeTask } : {})}
            />
          </section>
          <section className="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="panel-title">
              Notes
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
              Holds
            </h2>
            <Holds externalId={b.externalId} page={data} />
          </section>
          <Enrollments page={data} />
        </div>
      </div>
    </main>
  );
}
