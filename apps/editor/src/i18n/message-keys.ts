// Every message id the app may ask for: the English catalogue's keys. English is the source
// language, so a typo in an id is a type error; the catalogue test makes the other languages match.
import type audience from './messages/en/audience.json';
import type borrowers from './messages/en/borrowers.json';
import type canvas from './messages/en/canvas.json';
import type code from './messages/en/code.json';
import type common from './messages/en/common.json';
import type editor from './messages/en/editor.json';
import type experiments from './messages/en/experiments.json';
import type history from './messages/en/history.json';
import type inspector from './messages/en/inspector.json';
import type journeys from './messages/en/journeys.json';
import type results from './messages/en/results.json';
import type settings from './messages/en/settings.json';
import type shell from './messages/en/shell.json';
import type simulate from './messages/en/simulate.json';
import type tasks from './messages/en/tasks.json';
import type validation from './messages/en/validation.json';

export type MessageKey =
  | keyof typeof audience
  | keyof typeof borrowers
  | keyof typeof canvas
  | keyof typeof code
  | keyof typeof common
  | keyof typeof editor
  | keyof typeof experiments
  | keyof typeof history
  | keyof typeof inspector
  | keyof typeof journeys
  | keyof typeof results
  | keyof typeof settings
  | keyof typeof shell
  | keyof typeof simulate
  | keyof typeof tasks
  | keyof typeof validation;
