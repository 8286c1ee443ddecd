import { createContext, useContext } from 'react';
import type { Caller } from '../api/access-types';

/**
 * Who the screens are shown to. Provided by the shell from the session, and kept while a
 * sign-in covers an ended session, so a screen under it keeps its state.
 */
export const CallerContext = createContext<Caller | null>(null);

export function useCaller(): Caller {
  const caller = useContext(CallerContext);
  if (!caller) throw new Error('useCaller needs the shell (ShellLayout provides it)');
  return caller;
}
