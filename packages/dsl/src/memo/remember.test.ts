import { describe, expect, it } from 'vitest';
import { remember } from './remember';

describe('remember', () => {
  it('makes a value once per key, and starts afresh at its capacity', () => {
    const map = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    expect(remember(map, 'a', 2, make)).toBe(1);
    expect(remember(map, 'a', 2, make)).toBe(1);
    expect(remember(map, 'b', 2, make)).toBe(2);
    expect(remember(map, 'c', 2, make)).toBe(3);
    expect([...map.keys()]).toEqual(['c']);
    expect(remember(map, 'a', 2, make)).toBe(4);
  });
});
