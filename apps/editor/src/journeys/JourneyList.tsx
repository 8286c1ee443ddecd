import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { useApi } from '../api/client';
import { NewJourney } from './NewJourney';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** Every journey with its draft's state and latest version; create, import or open one. */
export function JourneyList() {
  const { journeys: api } = useApi();
  const [, navigate] = useLocation();
  const list = useQuery({ queryKey: ['journeys'], queryFn: () => api.list() });
  const journeys = list.data?.journeys ?? null;
  const error = list.error ? list.error.message : null;

  return (
    <div className="list-screen">
      <main className="list-main">
        <h1 className="screen-title">Journeys</h1>
        <NewJourney api={api} onCreated={(id) => navigate(`/journeys/${encodeURIComponent(id)}`)} />
        <section className="card" aria-labelledby="journeys-heading">
          <h2 id="journeys-heading" className="panel-title">
            Your journeys
          </h2>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {journeys === null && !error && <p role="status">Loading…</p>}
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
                      <Link href={`/journeys/${encodeURIComponent(j.id)}`} className="journey-link">
                        {j.name}
                      </Link>
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
