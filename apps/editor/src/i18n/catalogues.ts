import { appLocales, type AppLocale } from './locales';

export interface CatalogueFile {
  locale: string;
  namespace: string;
  messages: Record<string, string>;
}

// Vite bundles every catalogue file it finds, so adding a screen's file needs no list edited here.
const modules = import.meta.glob<Record<string, string>>('./messages/*/*.json', {
  eager: true,
  import: 'default',
});

/** Every catalogue file, by language and namespace (the test checks them against English). */
export const catalogueFiles: readonly CatalogueFile[] = Object.entries(modules).map(
  ([path, messages]) => {
    const [, locale = '', file = ''] = /\.\/messages\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    return { locale, namespace: file, messages };
  },
);

/** One flat message table per language: the union of its namespace files. */
export const catalogues: Record<AppLocale, Record<string, string>> = Object.fromEntries(
  appLocales.map((locale) => [
    locale,
    Object.assign(
      {},
      ...catalogueFiles.filter((file) => file.locale === locale).map((file) => file.messages),
    ) as Record<string, string>,
  ]),
) as Record<AppLocale, Record<string, string>>;
