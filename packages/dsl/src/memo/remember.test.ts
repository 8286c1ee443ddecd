import { describe, expect, it } from 'vitest';
import { innerMap, mapOf, remember } from './remember';

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

describe('innerMap', () => {
  it('gives the same inner map for a key until the outer map starts afresh at its capacity', () => {
    const outer = new Map<string, Map<string, number>>();
    const a = innerMap(outer, 'a', 2);
    a.set('x', 1);
    expect(innerMap(outer, 'a', 2)).toBe(a);
    innerMap(outer, 'b', 2);
    innerMap(outer, 'c', 2);
    expect([...outer.keys()]).toEqual(['c']);
    expect(innerMap(outer, 'a', 2).size).toBe(0);
  });
});

describe('mapOf', () => {
  it('keeps one map per owner, made on first use', () => {
    const byOwner = new WeakMap<object, Map<string, number>>();
    const owner = {};
    const first = mapOf(byOwner, owner);
    first.set('x', 1);
    expect(mapOf(byOwner, owner)).toBe(first);
    expect(mapOf(byOwner, {})).not.toBe(first);
  });
});
