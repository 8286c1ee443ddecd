import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../api/client';

/**
 * Find the borrower on the line by external id, name or phone digits as typed. The search is a
 * POST, so what the agent types never lands in a URL; phones come back masked.
 */
export function BorrowerSearch() {
  const { borrowers } = useApi();
  const [query, setQuery] = useState('');
  const search = useMutation({ mutationFn: (q: string) => borrowers.search(q) });
  const found = search.data?.borrowers;

  return (
    <main className="settings-section borrowers-screen">
      <header>
        <h1 className="section-title">Borrowers</h1>
      </header>
      <form
        className="card borrower-search"
        role="search"
        aria-label="Find a borrower"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim().length >= 2) search.mutate(query.trim());
        }}
      >
        <label className="field">
          <span className="field-label">External id, name or phone</span>
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
          Search
        </button>
      </form>
      {search.isError && (
        <p role="alert" className="form-error">
          The search failed: {search.error.message}
        </p>
      )}
      {found && (
        <section className="card" aria-labelledby="matches-heading">
          <h2 id="matches-heading" className="panel-title">
            {found.length === 0 ? 'No borrower matches' : `${found.length} found`}
          </h2>
          {found.length > 0 && (
            <table className="journey-table">
              <caption className="visually-hidden">Borrowers found</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">External id</th>
                  <th scope="col">Country</th>
                  <th scope="col">Phone</th>
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
