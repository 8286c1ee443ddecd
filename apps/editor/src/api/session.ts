import { create } from 'zustand';
import { journeysApi, type JourneysApi } from './api-client';

const storageKey = 'tandem.apiKey';

export interface Session {
  key: string | null;
  api: JourneysApi | null;
  signIn: (key: string) => void;
  signOut: () => void;
}

function storedKey(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/**
 * The API key the editor calls the journeys API with (a designer's key), remembered in this
 * browser. The API is on the editor's own origin (Vite proxies /v1), so no URL is needed.
 */
export const useSession = create<Session>()((set) => {
  const key = storedKey();
  return {
    key,
    api: key ? journeysApi({ key }) : null,
    signIn(next) {
      localStorage.setItem(storageKey, next);
      set({ key: next, api: journeysApi({ key: next }) });
    },
    signOut() {
      localStorage.removeItem(storageKey);
      set({ key: null, api: null });
    },
  };
});
