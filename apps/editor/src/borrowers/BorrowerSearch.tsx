import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/use-i18n';

/**
 * Find the borrower on the line by external id, name or phone digits as typed. The search is a
 * POST, so what the agent types never lands in a URL; phones come back masked.
 */
export function BorrowerSearch() {
  const { borrowers } = useApi();
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const search = useMutation({ mutationFn: (q: string) => borrowers.search(q) });
  const found = search.data?.borrowers;

  return (
    <main className="settings-section borrowers-screen">
      <header>
        <h1 className="section-title">{t('borrowers.title')}</h1>
      </header>
      <form
        className="card borrower-search"
        role="search"
        aria-label={t('borrowers.search.label')}
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim().length >= 2) search.mutate(query.trim());
        }}
      >
        <label className="field">
          <span className="field-label">{t('borrowers.search.field')}</span>
          <input
            type="search"
            value={query}
            minLength={2}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={search.isPending}>
          {t('borrowers.search.submit')}
        </button>
      </form>
      {search.isError && (
        <p role="alert" className="form-error">
          {t('borrowers.search.failed', { error: search.error.message })}
        </p>
      )}
      {found && (
        <section className="card" aria-labelledby="matches-heading">
          <h2 id="matches-heading" className="panel-title">
            {t('borrowers.search.found', { count: found.length })}
          </h2>
          {found.length > 0 && (
            <table className="journey-table">
              <caption className="visually-hidden">{t('borrowers.search.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('borrowers.column.name')}</th>
                  <th scope="col">{t('borrowers.column.externalId')}</th>
                  <th scope="col">{t('borrowers.column.country')}</th>
                  <th scope="col">{t('borrowers.column.phone')}</th>
                </tr>
              </thead>
              <tbody>
                {found.map((b) => (
                  <tr key={b.externalId}>
                    <td>
                      <Link
                        href={`/borrowers/${encodeURIComponent(b.externalId)}`}
                        className="journey-link"
                      >
                        {b.firstName} {b.lastName ?? ''}
                      </Link>
                    </td>
                    <td>{b.externalId}</td>
                    <td>{b.country}</td>
                    <td>{b.phone ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </main>
  );
}
