/**
 * The catalogue files, one per screen area and language (messages/<locale>/<namespace>.json), so
 * people localizing different screens never edit the same file. Every key in a file starts with
 * its namespace and a dot ("journeys.list.title"); the catalogue test holds every file to that.
 */
export const namespaces = [
  'common',
  'shell',
  'journeys',
  'editor',
  'canvas',
  'inspector',
  'simulate',
  'history',
  'code',
  'validation',
  'audience',
  'borrowers',
  'experiments',
  'results',
  'settings',
  'tasks',
] as const;
export type Namespace = (typeof namespaces)[number];
