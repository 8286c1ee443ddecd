import { Link } from 'wouter';
import type { Caller } from '../api/access-types';
import { roleLabels } from './roles';
import type { Screen } from './screens';

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** A screen the caller's role does not open (a link shared by someone with another role). */
export function NotAllowed({ screen, caller }: { screen: Screen; caller: Caller }) {
  const needs = screen.roles.map((r) => roleLabels[r].toLowerCase()).join(' or ');
  const role = roleLabels[caller.role].toLowerCase();
  return (
    <main className="screen-message">
      <h1 className="panel-title">{screen.label} is not open to your role</h1>
      <p>
        It needs {article(needs)} {needs} key; you are signed in as {article(role)} {role}.
      </p>
      <Link href="/">Go to your start page</Link>
    </main>
  );
}

/** A role with no screen yet (agents, until Tasks and Borrowers exist). */
export function NoScreens({ caller }: { caller: Caller }) {
  return (
    <main className="screen-message">
      <h1 className="panel-title">Nothing to open here yet</h1>
      <p>
        The {roleLabels[caller.role].toLowerCase()} screens are not built yet. Ask an admin if you
        need another role.
      </p>
    </main>
  );
}

export function NotFound() {
  return (
    <main className="screen-message">
      <h1 className="panel-title">There is no page here</h1>
      <Link href="/">Go to your start page</Link>
    </main>
  );
}
