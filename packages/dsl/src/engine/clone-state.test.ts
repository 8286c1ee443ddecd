import { describe, expect, it } from 'vitest';
import { cloneState } from './clone-state';

describe('cloneState', () => {
  it('deep-copies plain data exactly as structuredClone does', () => {
    const value = {
      a: 1,
      b: 'x',
      c: null,
      d: undefined,
      e: [1, { f: [true, -0, NaN] }],
      g: { h: { i: 'deep' } },
    };
    const copy = cloneState(value);
    expect(copy).toEqual(structuredClone(value));
    expect(Object.keys(copy)).toEqual(Object.keys(value));
    expect(Object.is((copy.e[1] as { f: unknown[] }).f[1], -0)).toBe(true);
    copy.g.h.i = 'changed';
    expect(value.g.h.i).toBe('deep');
  });

  it('leaves what is not plain data to structuredClone', () => {
    const at = new Date(0);
    const cyclic: Record<string, unknown> = { at };
    cyclic.self = cyclic;
    const copy = cloneState(cyclic);
    expect(copy.self).toBe(copy);
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(at);
    const sparse: number[] = [];
    sparse[0] = 1;
    sparse[2] = 3;
    expect(1 in cloneState(sparse)).toBe(false);
    const proto = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(Object.keys(cloneState(proto))).toEqual(['__proto__']);
  });

  it('throws what structuredClone throws', () => {
    expect(() => cloneState({ f: () => 1 })).toThrow(DOMException);
  });
});
