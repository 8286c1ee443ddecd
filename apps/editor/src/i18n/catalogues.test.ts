// The catalogues are complete: every language has every English key, no key English lacks, valid
// ICU in every message, and the same arguments as English (a translation that drops `{count}`
// would show the wrong thing without failing anywhere else).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogueFiles, type CatalogueFile } from './catalogues';
import { appLocales, defaultLocale } from './locales';
import { namespaces } from './namespaces';

const fileOf = (locale: string, namespace: string): CatalogueFile | undefined =>
  catalogueFiles.find((file) => file.locale === locale && file.namespace === namespace);

/** The argument names a message uses, with their kinds ("count:plural", "name:argument"). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
      continue;
    }
    into.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('the message catalogues', () => {
  it('has one file per language and namespace, and no other', () => {
    const expected = appLocales.flatMap((l) => namespaces.map((n) => `${l}/${n}`)).sort();
    expect(catalogueFiles.map((f) => `${f.locale}/${f.namespace}`).sort()).toEqual(expected);
  });

  it('prefixes every key with its file’s namespace', () => {
    const strays = catalogueFiles.flatMap((file) =>
      Object.keys(file.messages)
        .filter((key) => !key.startsWith(`${file.namespace}.`))
        .map((key) => `${file.locale}/${file.namespace}.json: ${key}`),
    );
    expect(strays).toEqual([]);
  });

  describe.each(appLocales.filter((l) => l !== defaultLocale))('%s', (locale) => {
    it.each(namespaces)('%s has exactly English’s keys', (namespace) => {
      const english = Object.keys(fileOf(defaultLocale, namespace)?.messages ?? {});
      const translated = Object.keys(fileOf(locale, namespace)?.messages ?? {});
      expect(
        english.filter((key) => !translated.includes(key)),
        `missing in ${locale}`,
      ).toEqual([]);
      expect(
        translated.filter((key) => !english.includes(key)),
        `in ${locale}, not in English`,
      ).toEqual([]);
    });

    it.each(namespaces)('%s uses English’s arguments in every message', (namespace) => {
      const english = fileOf(defaultLocale, namespace)?.messages ?? {};
      const translated = fileOf(locale, namespace)?.messages ?? {};
      for (const [key, message] of Object.entries(translated)) {
        const source = english[key];
        if (source === undefined) continue;
        const want = [...argumentsOf(parse(source))].sort();
        expect([...argumentsOf(parse(message))].sort(), `${locale} ${key}`).toEqual(want);
      }
    });
  });

  it('holds valid ICU syntax in every message of every language', () => {
    const broken: string[] = [];
    for (const file of catalogueFiles) {
      for (const [key, message] of Object.entries(file.messages)) {
        if (typeof message !== 'string') broken.push(`${file.locale} ${key}: not a string`);
        else {
          try {
            parse(message);
          } catch (error) {
            broken.push(`${file.locale} ${key}: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
