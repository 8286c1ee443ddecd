import { describe, expect, it } from 'vitest';
import { copies } from './index';

describe('counted words', () => {
  it('say "1 minute" and "2 minutes", "1 día" and "3 días", by each language’s rules', () => {
    expect(copies.en.lesson.minutes(1)).toBe('About 1 minute');
    expect(copies.en.lesson.minutes(3)).toBe('About 3 minutes');
    expect(copies.es.lesson.minutes(1)).toBe('Alrededor de 1 minuto');
    expect(copies.es.lesson.minutes(2)).toBe('Unos 2 minutos');
    expect(copies.en.home.daysPastDue(1)).toBe('1 day overdue');
    expect(copies.es.home.daysPastDue(21)).toBe('21 días de atraso');
    expect(copies.en.rejected.tooFarDays(1)).toBe('Please pick a date within 1 day.');
    expect(copies.es.plan.option(1, 'monthly', '100 $')).toBe('1 pago mensual de 100 $');
    expect(copies.es.plan.option(3, 'monthly', '100 $')).toBe('3 pagos mensuales de 100 $');
  });

  it('format the number for the language (thousands)', () => {
    expect(copies.en.home.daysPastDue(1200)).toBe('1,200 days overdue');
    expect(copies.es.home.daysPastDue(1200)).toBe('1200 días de atraso');
  });
});
