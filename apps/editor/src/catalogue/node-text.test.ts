import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue';
import { nodeText } from './node-text';

const wait = catalogue.get('wait')!;

describe('nodeText', () => {
  it('reads a node in the chosen language from its ui.translations', () => {
    const vi = nodeText(wait, 'vi');
    expect(vi.label).toBe('Chờ');
    expect(vi.port({ name: 'done', label: 'Done' })).toBe('Xong');
    expect(vi.field(['mode'])?.options?.untilDate).toBe('Đến một ngày');
    expect(vi.summary({ mode: 'duration', for: 'P2D' })).toMatch(/^chờ 2 ngày/);
    expect(nodeText(wait, 'zh').summary({ mode: 'duration', for: 'P2D' })).toContain('等待');
  });

  it('names a field’s choices from ui.choices in English, and where a language names none', () => {
    expect(nodeText(wait, 'en').field(['mode'])?.options).toEqual({
      duration: 'For a length of time',
      untilDate: 'Until a date',
    });
    const fields = { mode: { label: 'Modo', options: { duration: 'Un tiempo fijo' } } };
    const partial = { ...wait, ui: { ...wait.ui, translations: { es: { fields } } } };
    expect(nodeText(partial, 'es').field(['mode'])).toEqual({
      label: 'Modo',
      options: { duration: 'Un tiempo fijo', untilDate: 'Until a date' },
    });
  });

  it('keeps English for English, and for what a node does not translate', () => {
    expect(nodeText(wait, 'en').label).toBe('Wait');
    const custom = { ...wait, ui: { ...wait.ui, translations: { es: { label: 'Espera' } } } };
    expect(nodeText(custom, 'es').label).toBe('Espera');
    expect(nodeText(custom, 'es').help).toBe(wait.ui.help);
    expect(nodeText(custom, 'es').port({ name: 'done', label: 'Done' })).toBe('Done');
  });
});
