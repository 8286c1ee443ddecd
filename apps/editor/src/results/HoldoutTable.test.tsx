import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nContext, i18nFor } from '../i18n/use-i18n';
import { HoldoutTable } from './HoldoutTable';
import { holdoutFixture } from './results-fixtures';

describe('HoldoutTable in Spanish', () => {
  it('writes the signed differences with a decimal comma and a true minus sign', () => {
    render(
      <I18nContext.Provider value={i18nFor('es')}>
        <HoldoutTable holdout={holdoutFixture()} caption="Recorrido frente a grupo de control" />
      </I18nContext.Provider>,
    );
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    const text = rows.map((row) => row.textContent ?? '').join('\n');
    expect(text).toContain('+6,1 puntos (IC 95 % +2,0 a +10,2) frente a no hacer nada');
    expect(text).toContain('−3,8 días (sin intervalo)');
    expect(text).not.toMatch(/[+−]\d+\.\d/);
  });
});
