import { weekdays } from '../../journey/primitives';
import type { WeeklyWindows } from '../types';

/** The same contact window on all seven days, as most rules state it. */
export function everyDay(start: string, end: string): WeeklyWindows {
  return Object.fromEntries(weekdays.map((day) => [day, [{ start, end }]])) as WeeklyWindows;
}
