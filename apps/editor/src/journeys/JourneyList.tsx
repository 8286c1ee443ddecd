import { useEffect, useState } from 'react';
import type { JourneysApi } from '../api/api-client';
import type { JourneyListItem } from '../api/api-schemas';
import { useSession } from '../api/session';
import { navigate } from '../app/use-route';
import { NewJourney } from './NewJourney';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** Every journey with its draft's state and latest version; create, import or open one. */
export function JourneyList({ api }: { api: JourneysApi }) {
  const [journeys, setJourneys] = useState<JourneyListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const signOut = useSession((s) => s.signOut);

  useEffect(() => {
    let live = true;
    api
      .list()
      .then((list) => live && setJourneys(list.journeys))
      .catch(
        (problem: unknown) =>
          live && setError(problem instanceof Error ? problem.message : 'failed'),
      );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <div className="list-screen">
      <header className="topbar">
        <span className="brand">Tandem</span>
        <span className="topbar-title">Journeys</span>
        <span className="spacer" />
        <button type="button" className="button button-quiet" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main className="list-main">
        <NewJourney api={api} onCreated={(id) => navigate({ page: 'journey', id })} />
        <section className="card" aria-labelledby="journeys-heading">
          <h2 id="journeys-heading" className="panel-title">
            Your journeys
          </h2>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {journeys === null && !error && <p>Loading…</p>}
          {journeys?.length === 0 && (
            <p className="field-help">No journeys yet: start one above.</p>
          )}
          {journeys && journeys.length > 0 && (
            <table className="journey-table">
              <thead>
                <tr>
                  <th scope="col">Journey</th>
                  <th scope="col">Draft saved</th>
                  <th scope="col">Live version</th>
                  <th scope="col">Draft problems</th>
                </tr>
              </thead>
              <tbody>
                {journeys.map((j) => (
                  <tr key={j.id}>
                    <td>
                      <a href={`#/journeys/${encodeURIComponent(j.id)}`} className="journey-link">
                        {j.name}
                      </a>
                      <span className="journey-id">{j.id}</span>
                    </td>
                    <td>{when(j.draftUpdatedAt)}</td>
                    <td>
                      {j.latestVersion
                        ? `v${j.latestVersion} · ${when(j.latestPublishedAt)}`
                        : 'not published'}
                    </td>
                    <td>
                      {j.errorCount > 0 ? (
                        <span className="badge badge-error">{j.errorCount} to fix</span>
                      ) : (
                        <span className="badge badge-ok">ready</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </div>
  );
}
