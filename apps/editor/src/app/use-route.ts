import { useSyncExternalStore } from 'react';

export type Route = { page: 'list' } | { page: 'journey'; id: string };

/** Reads the route from the location hash: `#/` is the list, `#/journeys/<id>` one journey. */
export function parseRoute(hash: string): Route {
  const match = /^#\/journeys\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { page: 'journey', id: decodeURIComponent(match[1]) } : { page: 'list' };
}

export function navigate(route: Route): void {
  window.location.hash =
    route.page === 'list' ? '#/' : `#/journeys/${encodeURIComponent(route.id)}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route; re-renders on hash changes (back and forward work). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
