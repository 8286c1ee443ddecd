import { create } from 'zustand';
import { isAppLocale, negotiateLocale, type AppLocale } from './locales';

const STORAGE_KEY = 'tandem.locale';

interface LocaleStore {
  locale: AppLocale;
  /**
   * A language chosen (by the switch, or the signed-in person's from the server): remembered in
   * this browser; the switch also saves it on the server for the signed-in person.
   */
  choose: (locale: AppLocale) => void;
}

/**
 * The app's language. Before sign-in: the one chosen in this browser, else the browser's
 * preferred languages, else English. After sign-in the person's own, from the server.
 */
export const useLocale = create<LocaleStore>()((set) => ({
  locale: initialLocale(),
  choose: (locale) => {
    remember(locale);
    set({ locale });
  },
}));

function initialLocale(): AppLocale {
  const stored = read();
  if (isAppLocale(stored)) return stored;
  return negotiateLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

function read(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage may be unavailable (privacy modes): the browser's languages decide
  }
}

function remember(locale: AppLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Nothing kept: the choice lasts until the page is left (and on the server once signed in).
  }
}
