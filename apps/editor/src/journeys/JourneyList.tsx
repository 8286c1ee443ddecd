import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useApi } from '../api/client';
import type { JourneyListItem } from '../api/journey-types';
import { journeyListView, type JourneySort } from './journey-list-view';
import { NewJourney } from './NewJourney';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/**
 * Every journey with its draft's state and latest version; search, sort, archive; create,
 * import or open one. Archived journeys show only when asked for.
 */
export function JourneyList() {
  const { journeys: api } = useApi();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<JourneySort>('name');
  const sortId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['journeys', showArchived ? 'include' : 'exclude'],
    queryFn: () => api.list(showArchived ? 'include' : 'exclude'),
  });
  const all = list.data?.journeys ?? null;
  const journeys = all && journeyListView(all, search, sort);
  const error = list.error ? list.error.message : actionError;

  const setArchived = async (j: JourneyListItem, archive: boolean) => {
    setActionError(null);
    try {
      await (archive ? api.archive(j.id) : api.unarchive(j.id));
      await queryClient.invalidateQueries({ queryKey: ['journeys'] });
    } catch (problem) {
      setActionError(problem instanceof Error ? problem.message : 'could not change it');
    }
  };

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
          <div className="list-controls">
            <label className="list-control">
              <span>Search</span>
              <input
                type="search"
                className="input"
                value={search}
                placeholder="Name or id"
                onChange={(event) => setSearch(event.target.value)}
              />
            </label>
            {/* A label around a select would name it with its options too ("Sort by Name Last
                edited…"), so the label points at it instead. */}
            <div className="list-control">
              <label htmlFor={sortId}>Sort by</label>
              <select
                id={sortId}
                className="input"
                value={sort}
                onChange={(event) => setSort(event.target.value as JourneySort)}
              >
                <option value="name">Name</option>
                <option value="edited">Last edited</option>
                <option value="status">Status (to fix first)</option>
              </select>
            </div>
            <label className="list-control list-control-check">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.target.checked)}
              />
              <span>Show archived</span>
            </label>
          </div>
          {journeys === null && !error && <p role="status">Loading…</p>}
          {all?.length === 0 && <p className="field-help">No journeys yet: start one above.</p>}
          {all && all.length > 0 && journeys?.length === 0 && (
            <p className="field-help" role="status">
              No journey matches “{search.trim()}”.
            </p>
          )}
          {journeys && journeys.length > 0 && (
            <table className="journey-table">
              <thead>
                <tr>
                  <th scope="col">Journey</th>
                  <th scope="col">Draft saved</th>
                  <th scope="col">Live version</th>
                  <th scope="col">Draft problems</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {journeys.map((j) => (
                  <tr key={j.id} className={j.archivedAt ? 'is-archived' : undefined}>
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
                      {j.archivedAt ? (
                        <span className="badge">archived</span>
                      ) : j.errorCount > 0 ? (
                        <span className="badge badge-error">{j.errorCount} to fix</span>
                      ) : (
                        <span className="badge badge-ok">ready</span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`${j.archivedAt ? 'Unarchive' : 'Archive'} ${j.name}`}
                        onClick={() => void setArchived(j, !j.archivedAt)}
                      >
                        {j.archivedAt ? 'Unarchive' : 'Archive'}
                      </button>
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
