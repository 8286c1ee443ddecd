import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useApi } from '../api/client';
import type { JourneyListItem } from '../api/journey-types';
import { useI18n } from '../i18n/use-i18n';
import { journeyListView, type JourneySort } from './journey-list-view';
import { NewJourney } from './NewJourney';

/**
 * Every journey with its draft's state and latest version; search, sort, archive; create,
 * import or open one. Archived journeys show only when asked for.
 */
export function JourneyList() {
  const { journeys: api } = useApi();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { t, format } = useI18n();
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : '—');
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
      setActionError(problem instanceof Error ? problem.message : t('journeys.list.changeFailed'));
    }
  };

  return (
    <div className="list-screen">
      <main className="list-main">
        <h1 className="screen-title">{t('journeys.title')}</h1>
        <NewJourney api={api} onCreated={(id) => navigate(`/journeys/${encodeURIComponent(id)}`)} />
        <section className="card" aria-labelledby="journeys-heading">
          <h2 id="journeys-heading" className="panel-title">
            {t('journeys.list.title')}
          </h2>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="list-controls">
            <label className="list-control">
              <span>{t('journeys.list.search')}</span>
              <input
                type="search"
                className="input"
                value={search}
                placeholder={t('journeys.list.searchHint')}
                onChange={(event) => setSearch(event.target.value)}
              />
            </label>
            {/* A label around a select would name it with its options too ("Sort by Name Last
                edited…"), so the label points at it instead. */}
            <div className="list-control">
              <label htmlFor={sortId}>{t('journeys.list.sort')}</label>
              <select
                id={sortId}
                className="input"
                value={sort}
                onChange={(event) => setSort(event.target.value as JourneySort)}
              >
                <option value="name">{t('journeys.list.sort.name')}</option>
                <option value="edited">{t('journeys.list.sort.edited')}</option>
                <option value="status">{t('journeys.list.sort.status')}</option>
              </select>
            </div>
            <label className="list-control list-control-check">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.target.checked)}
              />
              <span>{t('journeys.list.showArchived')}</span>
            </label>
          </div>
          {journeys === null && !error && <p role="status">{t('common.loading')}</p>}
          {all?.length === 0 && <p className="field-help">{t('journeys.list.empty')}</p>}
          {all && all.length > 0 && journeys?.length === 0 && (
            <p className="field-help" role="status">
              {t('journeys.list.noMatch', { search: search.trim() })}
            </p>
          )}
          {journeys && journeys.length > 0 && (
            <table className="journey-table">
              <thead>
                <tr>
                  <th scope="col">{t('journeys.list.col.journey')}</th>
                  <th scope="col">{t('journeys.list.col.saved')}</th>
                  <th scope="col">{t('journeys.list.col.live')}</th>
                  <th scope="col">{t('journeys.list.col.problems')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('journeys.list.col.actions')}</span>
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
                        ? t('journeys.list.version', {
                            version: j.latestVersion,
                            when: when(j.latestPublishedAt),
                          })
                        : t('journeys.list.notPublished')}
                    </td>
                    <td>
                      {j.archivedAt ? (
                        <span className="badge">{t('journeys.list.archived')}</span>
                      ) : j.errorCount > 0 ? (
                        <span className="badge badge-error">
                          {t('journeys.list.toFix', { count: j.errorCount })}
                        </span>
                      ) : (
                        <span className="badge badge-ok">{t('journeys.list.ready')}</span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t(
                          j.archivedAt
                            ? 'journeys.list.unarchiveNamed'
                            : 'journeys.list.archiveNamed',
                          {
                            name: j.name,
                          },
                        )}
                        onClick={() => void setArchived(j, !j.archivedAt)}
                      >
                        {j.archivedAt ? t('journeys.list.unarchive') : t('journeys.list.archive')}
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
